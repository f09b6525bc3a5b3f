#!/usr/bin/env node
// Regenerates data/lexicon/gene-functions.tsv.gz: for every human gene, a few Gene Ontology annotations with their
// evidence codes (what it does: molecular function; where it is: cellular component; processes it takes part in), from
// NCBI's gene2go as Debian packages it in r-bioc-org.hs.eg.db, with the term names of r-bioc-go.db. Run on a Debian
// machine with both packages and sqlite3 installed:
//
//   apt-get update && apt-get install -y sqlite3 r-bioc-org.hs.eg.db r-bioc-go.db
//   node scripts/build-gene-functions.mjs
//
// Options: --org FILE (org.Hs.eg.sqlite), --go FILE (GO.sqlite), --out FILE (default data/lexicon/gene-functions.tsv.gz;
// gzip-compressed, no name or time in the gzip header, so the same packages give the same bytes but for the date line;
// the npm package must stay under 10 MB unpacked, and the text is 2.1 MB; `zcat` shows it),
// --max-mf N, --max-cc N, --max-bp N (annotations kept per gene and ontology; defaults 3, 4, 4).
// The generation date is today's (UTC) or SOURCE_DATE_EPOCH's, so a rebuild from the same packages differs only there.
// Format (data/lexicon/README.md): header lines "#key<TAB>value"; then "T<TAB>GO id<TAB>name" per term, numbered from
// 0 in order; then "<NCBI Gene id><TAB>MF<TAB>CC<TAB>BP", each a ";"-separated list of "<term number>:<codes>" with
// up to two evidence codes joined by ",". Which annotations are kept: experimental evidence first (EXP IDA IPI IMP IGI
// IEP and the high-throughput HTP HDA HMP HGI HEP), then traceable author and curator statements (TAS NAS IC), then
// phylogenetic and sequence-based inference (IBA IBD IKR IRD ISS ISO ISA ISM IGC RCA), then electronic (IEA); within
// a class, terms with more evidence codes, then terms annotated to more genes (the familiar "nucleus" before a rare
// sub-compartment). "protein binding" (GO:0005515) and ND ("no data") annotations are left out.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'genelens-gene-functions 1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVIDENCE_CLASS = new Map([
  ...['EXP', 'IDA', 'IPI', 'IMP', 'IGI', 'IEP', 'HTP', 'HDA', 'HMP', 'HGI', 'HEP'].map((c) => [c, 0]),
  ...['TAS', 'NAS', 'IC'].map((c) => [c, 1]),
  ...['IBA', 'IBD', 'IKR', 'IRD', 'ISS', 'ISO', 'ISA', 'ISM', 'IGC', 'RCA'].map((c) => [c, 2]),
  ['IEA', 3],
]);
const LEFT_OUT_TERMS = new Set(['GO:0005515']);

function parseArgs(argv) {
  const opts = {
    org: '/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite',
    go: '/usr/lib/R/site-library/GO.db/extdata/GO.sqlite',
    out: join(root, 'data/lexicon/gene-functions.tsv.gz'),
    max: { MF: 3, CC: 4, BP: 4 },
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === '--org') opts.org = resolve(value());
    else if (a === '--go') opts.go = resolve(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--max-mf') opts.max.MF = Number(value());
    else if (a === '--max-cc') opts.max.CC = Number(value());
    else if (a === '--max-bp') opts.max.BP = Number(value());
    else throw new Error(`unknown option ${a} (see the comment at the top of this script)`);
  }
  return opts;
}

/** Rows of an SQL query, as arrays of strings (sqlite3's tab-separated output). */
function query(db, sql) {
  const out = execFileSync('sqlite3', ['-readonly', '-separator', '\t', db, sql], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function packageVersion(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function generatedDate() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const meta = new Map(query(opts.org, 'select name, value from metadata').map(([k, v]) => [k, v]));
  const goMeta = new Map(query(opts.go, 'select name, value from metadata').map(([k, v]) => [k, v]));
  const names = new Map(query(opts.go, 'select go_id, term from go_term').map(([id, term]) => [id, term]));
  const annotations = query(opts.org, 'select g.gene_id, a.go_id, a.evidence, a.ontology from go a join genes g on g._id = a._id');
  // gene -> ontology -> term -> evidence codes
  const genes = new Map();
  const termGenes = new Map();
  for (const [gene, term, code, ontology] of annotations) {
    if (LEFT_OUT_TERMS.has(term) || !EVIDENCE_CLASS.has(code) || !names.has(term)) continue;
    let byOntology = genes.get(gene);
    if (!byOntology) genes.set(gene, (byOntology = { MF: new Map(), CC: new Map(), BP: new Map() }));
    const terms = byOntology[ontology];
    if (!terms) continue;
    let codes = terms.get(term);
    if (!codes) {
      terms.set(term, (codes = new Set()));
      termGenes.set(term, (termGenes.get(term) ?? 0) + 1);
    }
    codes.add(code);
  }
  const rank = (codes) => Math.min(...[...codes].map((c) => EVIDENCE_CLASS.get(c)));
  const sortedCodes = (codes) => [...codes].sort((a, b) => EVIDENCE_CLASS.get(a) - EVIDENCE_CLASS.get(b) || (a < b ? -1 : a > b ? 1 : 0));
  const termNumber = new Map();
  const termLines = [];
  const number = (term) => {
    let n = termNumber.get(term);
    if (n === undefined) {
      n = termLines.length;
      termNumber.set(term, n);
      termLines.push(`T\t${term}\t${names.get(term)}`);
    }
    return n;
  };
  const geneLines = [];
  const ids = [...genes.keys()].sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    const byOntology = genes.get(id);
    const fields = ['MF', 'CC', 'BP'].map((ontology) => {
      const entries = [...byOntology[ontology].entries()]
        .sort(([ta, a], [tb, b]) => rank(a) - rank(b) || b.size - a.size || termGenes.get(tb) - termGenes.get(ta) || (ta < tb ? -1 : 1))
        .slice(0, opts.max[ontology]);
      return entries.map(([term, codes]) => `${number(term)}:${sortedCodes(codes).slice(0, 2).join(',')}`).join(';');
    });
    if (fields.every((f) => f === '')) continue;
    geneLines.push(`${id}\t${fields.join('\t')}`);
  }
  const header = [
    `#format\t${FORMAT}`,
    `#source\tGene Ontology annotations of human genes (NCBI gene2go, ${meta.get('GOEGSOURCEURL') ?? ''}) with GO term names (${goMeta.get('GOSOURCEURL') ?? ''})`,
    `#package\tr-bioc-org.hs.eg.db ${packageVersion('r-bioc-org.hs.eg.db')} (org.Hs.eg.sqlite sha256 ${sha256(opts.org)}); r-bioc-go.db ${packageVersion('r-bioc-go.db')} (GO.sqlite sha256 ${sha256(opts.go)})`,
    `#release\tgene2go ${meta.get('GOEGSOURCEDATE') ?? '?'}; Gene Ontology ${goMeta.get('GOSOURCEDATE') ?? '?'}`,
    `#generated\t${generatedDate()} by scripts/build-gene-functions.mjs (at most ${opts.max.MF} MF, ${opts.max.CC} CC, ${opts.max.BP} BP per gene; ${termLines.length} terms, ${geneLines.length} genes)`,
  ];
  const text = [...header, ...termLines, ...geneLines].join('\n') + '\n';
  writeFileSync(opts.out, opts.out.endsWith('.gz') ? gzipSync(text, { level: 9 }) : text);
  console.log(`${opts.out}: ${geneLines.length} genes, ${termLines.length} terms`);
}

main();
