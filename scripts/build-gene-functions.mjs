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
//
// Format 2 adds what claims about a gene are checked with (issue #15: "X is found mainly in the nucleus", "X is a
// kinase", "X regulates apoptosis"): a small vocabulary of GO terms a sentence can name (CLAIM_TERMS below: cell
// compartments, enzyme classes and other molecular functions, processes; `V<TAB>GO id<TAB>name<TAB>the vocabulary
// numbers above it`, numbered from 0) and,
// per gene, a fifth column: where ALL the gene's annotations (not only the few shown) lie against each vocabulary term
// in the GO hierarchy of r-bioc-go.db (is_a and part_of; for processes also regulates, so "regulation of apoptotic
// process" counts for apoptosis): "<v>" an annotation at or below term v (non-experimental evidence), "<v>=<t>:<codes>"
// the same with experimental evidence (term number t, the best such annotation, low-throughput assays before
// high-throughput ones), "^<v>" an annotation above term v (more general: it neither confirms nor rules out v). For
// the terms named by "=" entries, `A<TAB>term number<TAB>vocabulary numbers` gives the vocabulary terms each lies at
// or below: the part of the hierarchy the judge needs, and no more.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'genelens-gene-functions 2';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVIDENCE_CLASS = new Map([
  ...['EXP', 'IDA', 'IPI', 'IMP', 'IGI', 'IEP', 'HTP', 'HDA', 'HMP', 'HGI', 'HEP'].map((c) => [c, 0]),
  ...['TAS', 'NAS', 'IC'].map((c) => [c, 1]),
  ...['IBA', 'IBD', 'IKR', 'IRD', 'ISS', 'ISO', 'ISA', 'ISM', 'IGC', 'RCA'].map((c) => [c, 2]),
  ['IEA', 3],
]);
const LEFT_OUT_TERMS = new Set(['GO:0005515']);
/** Experimental evidence from a single study (not high-throughput): ranks first among a claim's supports. */
const LOW_THROUGHPUT = new Set(['EXP', 'IDA', 'IPI', 'IMP', 'IGI', 'IEP']);
/**
 * The GO terms a claim can name (the words that name them are in server/src/core/claims/goTerms.ts; a unit test
 * checks both lists agree). The roots tell whether a gene has data of that kind at all. Each id is checked against
 * GO.sqlite with its name: the build fails on an id that is not there.
 */
const CLAIM_TERMS = [
  // roots and catalytic activity
  ['GO:0005575', 'cellular_component'], ['GO:0003674', 'molecular_function'], ['GO:0008150', 'biological_process'],
  ['GO:0003824', 'catalytic activity'],
  // compartments
  ['GO:0005634', 'nucleus'], ['GO:0005730', 'nucleolus'], ['GO:0005694', 'chromosome'], ['GO:0005737', 'cytoplasm'],
  ['GO:0005829', 'cytosol'], ['GO:0005739', 'mitochondrion'], ['GO:0005886', 'plasma membrane'],
  ['GO:0009986', 'cell surface'], ['GO:0071944', 'cell periphery'], ['GO:0005783', 'endoplasmic reticulum'],
  ['GO:0005794', 'Golgi apparatus'], ['GO:0005764', 'lysosome'], ['GO:0005777', 'peroxisome'],
  ['GO:0005576', 'extracellular region'], ['GO:0005768', 'endosome'], ['GO:0005856', 'cytoskeleton'],
  ['GO:0005813', 'centrosome'], ['GO:0016020', 'membrane'],
  // enzyme classes
  ['GO:0016301', 'kinase activity'], ['GO:0004672', 'protein kinase activity'], ['GO:0016791', 'phosphatase activity'],
  ['GO:0019213', 'deacetylase activity'], ['GO:0008168', 'methyltransferase activity'],
  ['GO:0016407', 'acetyltransferase activity'], ['GO:0016757', 'glycosyltransferase activity'],
  ['GO:0016740', 'transferase activity'], ['GO:0016787', 'hydrolase activity'], ['GO:0016874', 'ligase activity'],
  ['GO:0061630', 'ubiquitin protein ligase activity'], ['GO:0008233', 'peptidase activity'],
  ['GO:0004386', 'helicase activity'], ['GO:0004518', 'nuclease activity'], ['GO:0016491', 'oxidoreductase activity'],
  ['GO:0016853', 'isomerase activity'], ['GO:0016829', 'lyase activity'], ['GO:0032451', 'demethylase activity'],
  ['GO:0016298', 'lipase activity'], ['GO:0009975', 'cyclase activity'], ['GO:0019239', 'deaminase activity'],
  ['GO:0003924', 'GTPase activity'], ['GO:0016779', 'nucleotidyltransferase activity'],
  ['GO:0016788', 'hydrolase activity, acting on ester bonds'], ['GO:0016831', 'carboxy-lyase activity'],
  ['GO:0101005', 'deubiquitinase activity'], ['GO:0003950', 'NAD+ ADP-ribosyltransferase activity'],
  ['GO:0016763', 'pentosyltransferase activity'],
  // other molecular functions
  ['GO:0003700', 'DNA-binding transcription factor activity'], ['GO:0005215', 'transporter activity'],
  ['GO:0015267', 'channel activity'], ['GO:0038023', 'signaling receptor activity'], ['GO:0005125', 'cytokine activity'],
  ['GO:0005179', 'hormone activity'],
  // processes
  ['GO:0006915', 'apoptotic process'], ['GO:0008219', 'cell death'], ['GO:0006914', 'autophagy'],
  ['GO:0000423', 'mitophagy'], ['GO:0007049', 'cell cycle'], ['GO:0008283', 'cell population proliferation'],
  ['GO:0051301', 'cell division'], ['GO:0006281', 'DNA repair'], ['GO:0006260', 'DNA replication'],
  ['GO:0006974', 'cellular response to DNA damage stimulus'], ['GO:0006954', 'inflammatory response'],
  ['GO:0006955', 'immune response'], ['GO:0001525', 'angiogenesis'], ['GO:0006096', 'glycolytic process'],
  ['GO:0006094', 'gluconeogenesis'], ['GO:0006629', 'lipid metabolic process'], ['GO:0006631', 'fatty acid metabolic process'],
  ['GO:0006635', 'fatty acid beta-oxidation'], ['GO:0030073', 'insulin secretion'], ['GO:0016477', 'cell migration'],
  ['GO:0030154', 'cell differentiation'], ['GO:0090398', 'cellular senescence'], ['GO:0007623', 'circadian rhythm'],
  ['GO:0008380', 'RNA splicing'], ['GO:0016567', 'protein ubiquitination'], ['GO:0007155', 'cell adhesion'],
  ['GO:0006897', 'endocytosis'], ['GO:0006887', 'exocytosis'], ['GO:0006979', 'response to oxidative stress'],
  ['GO:0019674', 'NAD metabolic process'], ['GO:0009435', 'NAD biosynthetic process'], ['GO:0042060', 'wound healing'],
  ['GO:0006338', 'chromatin remodeling'], ['GO:0016575', 'histone deacetylation'], ['GO:0006476', 'protein deacetylation'],
  ['GO:0016055', 'Wnt signaling pathway'], ['GO:0097707', 'ferroptosis'], ['GO:0070266', 'necroptotic process'],
  ['GO:0070269', 'pyroptosis'], ['GO:0006909', 'phagocytosis'], ['GO:0008286', 'insulin receptor signaling pathway'],
  ['GO:0006351', 'DNA-templated transcription'], ['GO:0006412', 'translation'], ['GO:0042593', 'glucose homeostasis'],
  ['GO:0007568', 'aging'], ['GO:0022008', 'neurogenesis'], ['GO:0006119', 'oxidative phosphorylation'],
  ['GO:0006099', 'tricarboxylic acid cycle'], ['GO:0007005', 'mitochondrion organization'],
  ['GO:0006508', 'proteolysis'], ['GO:0006457', 'protein folding'], ['GO:0006306', 'DNA methylation'],
  ['GO:0016573', 'histone acetylation'], ['GO:0001666', 'response to hypoxia'], ['GO:0007596', 'blood coagulation'],
  ['GO:0006936', 'muscle contraction'], ['GO:0045444', 'fat cell differentiation'], ['GO:0000723', 'telomere maintenance'],
  ['GO:0034976', 'response to endoplasmic reticulum stress'], ['GO:0001837', 'epithelial to mesenchymal transition'],
];
/**
 * Terms too general to place a protein anywhere a sentence would name ("organelle", "intracellular anatomical
 * structure", "endomembrane system"): an annotation to one of them is not counted as lying above a compartment.
 */
const GENERIC_TERMS = new Set(['GO:0005622', 'GO:0043226', 'GO:0043227', 'GO:0043229', 'GO:0043231', 'GO:0110165', 'GO:0012505']);
/** The relations the claim hierarchy follows, per ontology (GO.sqlite's relationship_type). */
const CLAIM_RELATIONS = {
  CC: new Set(['isa', 'part of']),
  MF: new Set(['isa', 'part of']),
  BP: new Set(['isa', 'part of', 'regulates', 'positively regulates', 'negatively regulates']),
};

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

/**
 * The GO hierarchy as the claims need it: for each annotated term, the vocabulary terms (CLAIM_TERMS) it lies at or
 * below, and those it lies above, following CLAIM_RELATIONS.
 */
function claimHierarchy(goDb, names) {
  const vocab = new Map(CLAIM_TERMS.map(([go, name], i) => {
    if (names.get(go) !== name) throw new Error(`${go} is "${names.get(go)}" in GO.sqlite, not "${name}"`);
    return [go, i];
  }));
  const parents = new Map();
  for (const ontology of ['cc', 'mf', 'bp']) {
    const allowed = CLAIM_RELATIONS[ontology.toUpperCase()];
    const rows = query(goDb, `select c.go_id, p.go_id, r.relationship_type from go_${ontology}_parents r join go_term c on c._id = r._id join go_term p on p._id = r._parent_id`);
    for (const [child, parent, type] of rows) {
      if (!allowed.has(type)) continue;
      let list = parents.get(child);
      if (!list) parents.set(child, (list = []));
      list.push(parent);
    }
  }
  const ancestors = new Map();
  const ancestorsOf = (term) => {
    let set = ancestors.get(term);
    if (set) return set;
    set = new Set();
    ancestors.set(term, set);
    for (const p of parents.get(term) ?? []) {
      set.add(p);
      for (const a of ancestorsOf(p)) set.add(a);
    }
    return set;
  };
  const roots = new Set(['GO:0005575', 'GO:0003674', 'GO:0008150']);
  const above = new Map(); // a term -> the vocabulary terms it is a strict ancestor of
  for (const [go, v] of vocab) {
    for (const a of ancestorsOf(go)) {
      if (roots.has(a) || GENERIC_TERMS.has(a)) continue;
      let list = above.get(a);
      if (!list) above.set(a, (list = []));
      list.push(v);
    }
  }
  const under = (term) => {
    const out = [];
    if (vocab.has(term)) out.push(vocab.get(term));
    for (const a of ancestorsOf(term)) if (vocab.has(a)) out.push(vocab.get(a));
    return out.sort((x, y) => x - y);
  };
  return { under, above: (term) => above.get(term) ?? [], vocab };
}

/** A gene's fifth column: how its annotations lie against each vocabulary term (see the format note at the top). */
function claimEntries(byOntology, claims, number, anchored) {
  const best = new Map(); // vocabulary number -> { rank, term, codes }
  const over = new Set();
  const rankOf = (codes) => ([...codes].some((c) => LOW_THROUGHPUT.has(c)) ? 0 : [...codes].some((c) => EVIDENCE_CLASS.get(c) === 0) ? 1 : 2);
  for (const ontology of ['MF', 'CC', 'BP']) {
    for (const [term, codes] of byOntology[ontology]) {
      const rank = rankOf(codes);
      for (const v of claims.under(term)) {
        const old = best.get(v);
        if (!old || rank < old.rank || (rank === old.rank && codes.size > old.codes.size)) best.set(v, { rank, term, codes });
      }
      for (const v of claims.above(term)) over.add(v);
    }
  }
  const experimental = (codes) => [...codes].filter((c) => EVIDENCE_CLASS.get(c) === 0)
    .sort((a, b) => Number(!LOW_THROUGHPUT.has(a)) - Number(!LOW_THROUGHPUT.has(b)) || (a < b ? -1 : 1)).slice(0, 2);
  const entries = [];
  for (const v of [...new Set([...best.keys(), ...over])].sort((a, b) => a - b)) {
    const b = best.get(v);
    if (!b) entries.push(`^${v}`);
    else if (b.rank === 2) entries.push(String(v));
    else {
      const t = number(b.term);
      if (!anchored.has(t)) anchored.set(t, claims.under(b.term));
      entries.push(`${v}=${t}:${experimental(b.codes).join(',')}`);
    }
  }
  return entries.join(';');
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
  const claims = claimHierarchy(opts.go, names);
  const anchored = new Map(); // term number -> vocabulary numbers it lies at or below (for "=" entries)
  const geneLines = [];
  const ids = [...genes.keys()].sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    const byOntology = genes.get(id);
    const claimField = claimEntries(byOntology, claims, number, anchored);
    const fields = ['MF', 'CC', 'BP'].map((ontology) => {
      const entries = [...byOntology[ontology].entries()]
        .sort(([ta, a], [tb, b]) => rank(a) - rank(b) || b.size - a.size || termGenes.get(tb) - termGenes.get(ta) || (ta < tb ? -1 : 1))
        .slice(0, opts.max[ontology]);
      return entries.map(([term, codes]) => `${number(term)}:${sortedCodes(codes).slice(0, 2).join(',')}`).join(';');
    });
    if (fields.every((f) => f === '')) continue;
    geneLines.push(`${id}\t${fields.join('\t')}\t${claimField}`);
  }
  const header = [
    `#format\t${FORMAT}`,
    `#source\tGene Ontology annotations of human genes (NCBI gene2go, ${meta.get('GOEGSOURCEURL') ?? ''}) with GO term names (${goMeta.get('GOSOURCEURL') ?? ''})`,
    `#package\tr-bioc-org.hs.eg.db ${packageVersion('r-bioc-org.hs.eg.db')} (org.Hs.eg.sqlite sha256 ${sha256(opts.org)}); r-bioc-go.db ${packageVersion('r-bioc-go.db')} (GO.sqlite sha256 ${sha256(opts.go)})`,
    `#release\tgene2go ${meta.get('GOEGSOURCEDATE') ?? '?'}; Gene Ontology ${goMeta.get('GOSOURCEDATE') ?? '?'}`,
    `#generated\t${generatedDate()} by scripts/build-gene-functions.mjs (at most ${opts.max.MF} MF, ${opts.max.CC} CC, ${opts.max.BP} BP per gene; ${termLines.length} terms, ${geneLines.length} genes)`,
  ];
  // Each vocabulary term with the vocabulary terms above it.
  const vocabLines = CLAIM_TERMS.map(([go, name], i) => `V\t${go}\t${name}\t${claims.under(go).filter((v) => v !== i).join(',')}`);
  const anchorLines = [...anchored.entries()].sort((a, b) => a[0] - b[0]).map(([t, vs]) => `A\t${t}\t${vs.join(',')}`);
  const text = [...header, ...termLines, ...vocabLines, ...anchorLines, ...geneLines].join('\n') + '\n';
  writeFileSync(opts.out, opts.out.endsWith('.gz') ? gzipSync(text, { level: 9 }) : text);
  console.log(`${opts.out}: ${geneLines.length} genes, ${termLines.length} terms`);
}

main();
