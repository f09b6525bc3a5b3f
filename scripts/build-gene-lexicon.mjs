#!/usr/bin/env node
// Regenerates data/lexicon/genes.tsv, the table of every human gene, from NCBI Gene as packaged by Debian in
// r-bioc-org.hs.eg.db (an SQLite database inside the .deb). Run as root on a Debian machine:
//
//   apt-get update && apt-get install -y sqlite3 wamerican
//   node scripts/build-gene-lexicon.mjs            # downloads the .deb with `apt-get download`, never installs R
//   node scripts/build-gene-lexicon.mjs --deb r-bioc-org.hs.eg.db_3.16.0-1_all.deb   # or use a .deb you have
//
// Options: --deb FILE, --out FILE (default data/lexicon/genes.tsv), --words FILE (default /usr/share/dict/words),
// --exclude-types a,b (NCBI gene types left out; default biological-region), --keep (keep the temp dir).
// The generation date is today's (UTC) or SOURCE_DATE_EPOCH's, so a rebuild from the same .deb differs only there.
// Format 2 adds the `articles` column: how many PubMed articles NCBI links to each gene (the database's `pubmed` table,
// map PMID), so the recognizer can rank the genes an ambiguous alias names by how often each is studied.
// The format and the flags are described in data/lexicon/README.md; server/src/core/lexicon/geneTable.ts reads it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'r-bioc-org.hs.eg.db';
const FORMAT = 'genelens-gene-table 2';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

function parseArgs(argv) {
  const opts = { deb: undefined, out: join(root, 'data/lexicon/genes.tsv'), words: '/usr/share/dict/words',
    excludeTypes: ['biological-region'], keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) fail(`${a} needs a value`); return v; };
    if (a === '--deb') opts.deb = resolve(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--words') opts.words = resolve(value());
    else if (a === '--exclude-types') opts.excludeTypes = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--keep') opts.keep = true;
    else fail(`unknown option ${a} (see the comment at the top of this script)`);
  }
  return opts;
}

function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (e) {
    if (e.code === 'ENOENT') fail(`${cmd} not found: apt-get install -y ${cmd === 'sqlite3' ? 'sqlite3' : 'dpkg apt'}`);
    fail(`${cmd} ${args.join(' ')} failed: ${String(e.stderr || e.message).trim()}`);
  }
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) { const hit = findFile(p, name); if (hit) return hit; }
    else if (entry === name) return p;
  }
  return undefined;
}

// --- SQLite: the sqlite3 command-line tool, unit/record separators so no field text can split a row.
const US = '\x1f';
const RS = '\x1e';
function query(db, sql) {
  const out = run('sqlite3', ['-batch', '-noheader', '-separator', US, '-newline', RS, db, sql]);
  return out.split(RS).filter((row) => row.length > 0).map((row) => row.split(US));
}

/** Values of a one-to-many table, grouped by the genes' internal _id, in the database's row order. */
function grouped(db, table, column) {
  const map = new Map();
  for (const [id, value] of query(db, `SELECT _id, ${column} FROM ${table} ORDER BY _id, rowid`)) {
    const list = map.get(id);
    if (list) { if (!list.includes(value)) list.push(value); } else map.set(id, [value]);
  }
  return map;
}

// --- English words (Debian's wamerican), read at generation time only; the flags go into the table.
function loadWords(file) {
  if (!existsSync(file)) fail(`${file} missing: apt-get install -y wamerican`);
  const lower = new Set(); // a lower-case entry exists: an ordinary English word ("set", "cat", "max")
  const proper = new Set(); // only a capitalised entry: a name ("Jun", "Adam")
  const acronym = new Set(); // an all-caps entry: a common acronym ("ATM", "AIDS", "CPU")
  for (const w of readFileSync(file, 'utf8').split('\n')) {
    if (!w || w.includes("'")) continue;
    const key = w.toLowerCase();
    if (w === key) lower.add(key);
    else if (w.length > 1 && w === w.toUpperCase()) acronym.add(key);
    else proper.add(key);
  }
  for (const k of lower) proper.delete(k);
  return { lower, proper, acronym };
}

/** The Debian package (and version) that owns the word list, for the header. */
function wordsPackage(file) {
  try {
    const owner = execFileSync('dpkg', ['-S', realpathSync(file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(':')[0].trim();
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', owner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${owner} ${version}`;
  } catch {
    return 'word list of unknown origin';
  }
}

function textFlags(text, words) {
  const key = text.toLowerCase();
  let f = '';
  if (words.lower.has(key)) f += 'e';
  else if (words.proper.has(key)) f += 'n';
  if (words.acronym.has(key)) f += 'c';
  if (text.length <= 3) f += 't';
  return f;
}

// Characters that structure the file: no field may hold them.
const FORBIDDEN = /[\t\n\r|~]/;

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const words = loadWords(opts.words);
  opts.wordsPackage = wordsPackage(opts.words);
  const tmp = mkdtempSync(join(tmpdir(), 'genelens-genes-'));
  try {
    let deb = opts.deb;
    if (!deb) {
      console.error(`apt-get download ${PACKAGE} ...`);
      run('apt-get', ['download', PACKAGE], { cwd: tmp });
      deb = readdirSync(tmp).map((f) => join(tmp, f)).find((f) => f.endsWith('.deb'));
      if (!deb) fail(`apt-get download ${PACKAGE} produced no .deb (run apt-get update first?)`);
    }
    if (!existsSync(deb)) fail(`${deb} not found`);
    const version = run('dpkg-deb', ['-f', deb, 'Version']).trim();
    const pkgName = run('dpkg-deb', ['-f', deb, 'Package']).trim();
    if (pkgName !== PACKAGE) fail(`${deb} is ${pkgName}, not ${PACKAGE}`);
    const debSha256 = createHash('sha256').update(readFileSync(deb)).digest('hex');
    const tree = join(tmp, 'x');
    run('dpkg-deb', ['-x', deb, tree]);
    const db = findFile(tree, 'org.Hs.eg.sqlite');
    if (!db) fail(`no org.Hs.eg.sqlite inside ${deb}`);
    const table = build(db, words, opts, { version, debSha256 });
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, table.text);
    console.error(`${opts.out}: ${table.stats.genes} genes, ${table.stats.aliases} aliases, ${table.text.length} bytes`);
    console.error(JSON.stringify(table.stats, null, 1));
  } finally {
    if (opts.keep) console.error(`kept ${tmp}`); else rmSync(tmp, { recursive: true, force: true });
  }
}

// The maps (org.Hs.eg.db's names) behind the columns, and the source release each one was built from.
const MAPS_USED = ['ENTREZID', 'SYMBOL', 'GENENAME', 'GENETYPE', 'CHR', 'MAP', 'ALIAS2EG', 'ENSEMBL', 'UNIPROT', 'PMID'];

function releaseOf(db) {
  const bySource = new Map();
  for (const [map, name, date] of query(db, 'SELECT map_name, source_name, source_date FROM map_metadata')) {
    if (!MAPS_USED.includes(map)) continue;
    const key = `${name} ${date}`;
    bySource.set(key, [...(bySource.get(key) ?? []), map]);
  }
  if (bySource.size === 0) fail('the database has no map_metadata for the maps used');
  return [...bySource].map(([source, maps]) => `${source} (${maps.join(', ')})`).join('; ');
}

function build(db, words, opts, deb) {
  const meta = new Map(query(db, 'SELECT name, value FROM metadata').map(([k, v]) => [k, v]));
  if (meta.get('TAXID') !== '9606') fail(`unexpected TAXID ${meta.get('TAXID')}`);
  const genes = query(db, 'SELECT g._id, g.gene_id, i.symbol, i.gene_name FROM genes g JOIN gene_info i USING (_id) ORDER BY CAST(g.gene_id AS INTEGER)');
  const types = new Map(query(db, 'SELECT _id, gene_type FROM genetype ORDER BY _id, rowid').map(([id, t]) => [id, t]));
  const chromosomes = grouped(db, 'chromosomes', 'chromosome');
  const locations = grouped(db, 'cytogenetic_locations', 'cytogenetic_location');
  const aliases = grouped(db, 'alias', 'alias_symbol');
  const ensembl = grouped(db, 'ensembl', 'ensembl_id');
  const uniprot = grouped(db, 'uniprot', 'uniprot_id');
  // Gene-to-PubMed links (NCBI's gene2pubmed): distinct articles per gene.
  const articles = new Map(query(db, 'SELECT _id, COUNT(DISTINCT pubmed_id) FROM pubmed GROUP BY _id').map(([id, n]) => [id, n]));
  // NCBI maps Swiss-Prot and TrEMBL accessions alike and the database does not say which is which; put the 6-character
  // accessions before the 10-character ones (A0A..., mostly unreviewed TrEMBL entries); otherwise keep its order.
  // This is an ordering heuristic, not a claim that the first accession is the reviewed one.
  for (const list of uniprot.values()) list.sort((a, b) => a.length - b.length);

  const stats = { genes: 0, excludedByType: 0, aliases: 0, aliasesEqualToSymbol: 0, droppedValues: 0,
    types: {}, flags: { symbol: {}, alias: {} }, ambiguousAliasTexts: 0, ambiguousAliases: 0, genesWithArticles: 0, articleLinks: 0 };
  const kept = [];
  for (const [id, ncbi, symbol, name] of genes) {
    const type = types.get(id) ?? '';
    if (opts.excludeTypes.includes(type)) { stats.excludedByType++; continue; }
    kept.push({ id, ncbi, symbol, name, type });
  }
  // Which genes each text names, as symbol and as alias (exact, case-sensitive, as the recognizer matches them).
  const symbolGenes = new Map();
  const aliasGenes = new Map();
  const add = (map, key, ncbi) => { const s = map.get(key); if (s) s.add(ncbi); else map.set(key, new Set([ncbi])); };
  for (const g of kept) {
    add(symbolGenes, g.symbol, g.ncbi);
    g.aliases = [];
    for (const a of aliases.get(g.id) ?? []) {
      if (a === g.symbol) { stats.aliasesEqualToSymbol++; continue; }
      g.aliases.push(a);
      add(aliasGenes, a, g.ncbi);
    }
  }
  const count = (bucket, flags) => { for (const f of flags) bucket[f] = (bucket[f] ?? 0) + 1; };
  const clean = (values) => values.filter((v) => { const bad = !v || FORBIDDEN.test(v); if (bad) stats.droppedValues++; return !bad; });

  const lines = [];
  for (const g of kept) {
    if (FORBIDDEN.test(g.symbol) || FORBIDDEN.test(g.name) || !/^\d+$/.test(g.ncbi)) {
      stats.droppedValues++; console.error(`skipped gene ${g.ncbi} ${g.symbol}: unusable characters`); continue;
    }
    let sf = '';
    if ((symbolGenes.get(g.symbol)?.size ?? 0) > 1) sf += 'd';
    if ([...(aliasGenes.get(g.symbol) ?? [])].some((n) => n !== g.ncbi)) sf += 'm';
    sf += textFlags(g.symbol, words);
    count(stats.flags.symbol, sf);
    const items = clean(g.aliases).map((a) => {
      let f = '';
      if ([...(symbolGenes.get(a) ?? [])].some((n) => n !== g.ncbi)) f += 's';
      if ((aliasGenes.get(a)?.size ?? 0) > 1) f += 'm';
      if (f) stats.ambiguousAliases++;
      f += textFlags(a, words);
      count(stats.flags.alias, f);
      return f ? `${a}~${f}` : a;
    });
    stats.aliases += items.length;
    stats.genes++;
    const nArticles = articles.get(g.id) ?? '0';
    if (!/^\d+$/.test(nArticles)) fail(`gene ${g.ncbi}: article count "${nArticles}" is not a number`);
    if (nArticles !== '0') stats.genesWithArticles++;
    stats.articleLinks += Number(nArticles);
    stats.types[g.type] = (stats.types[g.type] ?? 0) + 1;
    lines.push([g.ncbi, g.symbol, g.name, g.type, clean(chromosomes.get(g.id) ?? []).join('|'),
      clean(locations.get(g.id) ?? []).join('|'), items.join('|'), clean(ensembl.get(g.id) ?? []).join('|'),
      clean(uniprot.get(g.id) ?? []).join('|'), sf, nArticles].join('\t'));
  }
  for (const [a, set] of aliasGenes) if (set.size > 1 || symbolGenes.has(a)) stats.ambiguousAliasTexts++;

  const epoch = process.env.SOURCE_DATE_EPOCH;
  const generated = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
  const m = (k) => meta.get(k) ?? 'unknown';
  const header = [
    ['format', FORMAT],
    ['source', `NCBI Gene (${m('EGSOURCENAME')}, ${m('EGSOURCEURL')}) for ${m('ORGANISM')} (taxon ${m('TAXID')}), as packaged by Bioconductor org.Hs.eg.db and Debian`],
    ['package', `${PACKAGE} ${deb.version} (sha256 ${deb.debSha256})`],
    ['release', `${releaseOf(db)}; db schema ${m('DBSCHEMA')} ${m('DBSCHEMAVERSION')}`],
    ['generated', `${generated} by scripts/build-gene-lexicon.mjs`],
    ['words', `${opts.wordsPackage} (${opts.words}), for the e, n and c flags`],
    ['excludedTypes', opts.excludeTypes.join(',') || '(none)'],
    ['genes', String(stats.genes)],
    ['aliases', String(stats.aliases)],
    ['flags', 's=another gene\'s symbol, m=names several genes, d=symbol shared by several genes, e=English word, n=English name, c=common acronym, t=3 chars or fewer'],
    ['articles', `PubMed articles linked to the gene (org.Hs.eg.db table pubmed, map PMID: NCBI gene2pubmed), ${stats.articleLinks} links, ${stats.genesWithArticles} genes with at least one`],
    ['columns', 'ncbiGene\tsymbol\tname\ttype\tchromosome\tlocation\taliases\tensembl\tuniprot\tflags\tarticles'],
  ];
  const text = header.map(([k, v]) => `#${k}\t${v}`).join('\n') + '\n' + lines.join('\n') + '\n';
  return { text, stats };
}

try {
  main();
} catch (e) {
  console.error(`build-gene-lexicon: ${e instanceof BuildError ? e.message : e.stack}`);
  process.exitCode = 1;
}
