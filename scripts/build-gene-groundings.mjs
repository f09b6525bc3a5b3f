#!/usr/bin/env node
// Writes server/src/core/lexicon/geneGroundings.ts (generated; committed): the gene a curated reading system takes an
// ambiguous text for. Source: FamPlex's grounding map, texts grounded to one human gene (data/lexicon/famplex-gene-
// texts.tsv, resolved to the gene table by scripts/build-families.mjs). Kept: the texts that the gene table
// (data/lexicon/genes.tsv) also gives another gene, as its symbol or an alias in any letter case ("p27": PSMD9,
// IFI27... in the table, CDKN1B in papers; "CBP": CREBBP, EIF4E...). The recognizer takes such a grounding only for a
// text that names several genes, none of which dominates by PubMed articles (lexicon/geneLexicon.ts): an approved
// symbol still names its own gene ("PDK1" stays PDK1), and a count that decides still decides.
// Also kept: a text FamPlex grounds to a family of which exactly one of the genes the table gives it is a member
// ("p38": the family p38 MAPK, MAPK11-14 in data/lexicon/families.tsv; the table gives p38 to CRK, MAPK1, MAPK14,
// AHSA1 and POLDIP2: MAPK14).
//
//   node scripts/build-gene-groundings.mjs [--texts FILE] [--genes FILE] [--famplex DIR] [--families FILE] [--out FILE]
// The output depends only on the inputs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './lib/lexiconScript.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const textsFile = option('--texts', path.join(root, 'data', 'lexicon', 'famplex-gene-texts.tsv'));
const genesFile = option('--genes', path.join(root, 'data', 'lexicon', 'genes.tsv'));
const outFile = option('--out', path.join(root, 'server', 'src', 'core', 'lexicon', 'geneGroundings.ts'));
const famplexDir = option('--famplex', path.resolve(root, '..', 'shared', 'data-sources', 'famplex'));
const familiesFile = option('--families', path.join(root, 'data', 'lexicon', 'families.tsv'));

// The table: upper-cased symbol or alias -> the symbols of the genes that have it.
const owners = new Map();
const own = (text, symbol) => {
  const key = text.toUpperCase();
  let set = owners.get(key);
  if (!set) owners.set(key, (set = new Set()));
  set.add(symbol);
};
const tableText = fs.readFileSync(genesFile, 'latin1');
const header = (name) => (tableText.match(new RegExp(`^#${name}\\t(.*)$`, 'm')) ?? [])[1] ?? '';
for (const line of tableText.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cells = line.split('\t');
  const symbol = cells[1];
  if (!symbol) continue;
  own(symbol, symbol);
  for (const alias of (cells[6] ?? '').split('|')) if (alias) own(alias.split('~')[0], symbol);
}

// FamPlex's texts grounded to one gene; a text grounded to two is left out.
const grounded = new Map();
const textsHeader = [];
for (const line of fs.readFileSync(textsFile, 'utf8').split('\n')) {
  if (line.startsWith('#')) {
    if (line.startsWith('#source') || line.startsWith('#genes')) textsHeader.push(line.slice(1).replace('\t', ': '));
    continue;
  }
  const [text, symbol] = line.split('\t');
  if (!text || !symbol) continue;
  grounded.set(text, grounded.has(text) && grounded.get(text) !== symbol ? '' : symbol);
}

const rows = [];
for (const [text, symbol] of grounded) {
  if (!symbol) continue;
  const others = [...(owners.get(text.toUpperCase()) ?? [])].filter((s) => s !== symbol);
  if (others.length > 0) rows.push([text, symbol]);
}

// FamPlex's texts grounded to a family (its grounding map, FPLX rows), and the families' member genes.
const members = new Map();
const familiesText = fs.readFileSync(familiesFile, 'utf8');
for (const line of familiesText.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cells = line.split('\t');
  members.set(cells[0], new Set((cells[4] ?? '').split('|').filter(Boolean)));
}
/** The first three fields of a CSV line (quoted fields with doubled quotes; no line breaks in these files). */
function csvFields(line) {
  const fields = [];
  let i = 0;
  while (i <= line.length && fields.length < 3) {
    let value = '';
    if (line[i] === '"') {
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') value += line[i++];
        else if (line[i] === '"') break;
        else value += line[i];
      }
      i++;
    } else {
      const comma = line.indexOf(',', i);
      value = line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length : comma;
    }
    fields.push(value);
    i++;
  }
  return fields;
}
const familyRows = new Map();
for (const line of fs.readFileSync(path.join(famplexDir, 'grounding_map.csv'), 'utf8').split(/\r?\n/)) {
  const [text, ns, id] = csvFields(line);
  if (ns !== 'FPLX' || !text || grounded.has(text)) continue;
  const family = members.get(id);
  const named = [...(owners.get(text.toUpperCase()) ?? [])];
  const inFamily = named.filter((s) => family?.has(s));
  if (named.length < 2 || inFamily.length !== 1) continue;
  familyRows.set(text, familyRows.has(text) && familyRows.get(text) !== inFamily[0] ? '' : inFamily[0]);
}
for (const [text, symbol] of familyRows) if (symbol) rows.push([text, symbol]);
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const out = [
  '// Generated by scripts/build-gene-groundings.mjs: do not edit. The gene a curated reading system takes a text for, where',
  '// the gene table gives that text (any letter case) to another gene too: [text, approved symbol]. Used only for a text',
  '// that names several genes and none dominates by articles (geneLexicon.ts).',
  ...textsHeader.map((h) => `// ${h}`),
  `// Also: FamPlex grounding map (${path.basename(famplexDir)}/grounding_map.csv, CC0 1.0) texts grounded to a family with one member among the table's genes for the text; members: ${(familiesText.match(/^#source\t(.*)$/m) ?? [])[1] ?? 'data/lexicon/families.tsv'}`,
  `// Gene table: ${header('source') || 'data/lexicon/genes.tsv'}`,
  'export const GENE_GROUNDINGS: readonly (readonly [text: string, symbol: string])[] = [',
  ...rows.map(([t, s]) => `  [${JSON.stringify(t)}, ${JSON.stringify(s)}],`),
  '];',
  '',
];
fs.writeFileSync(outFile, out.join('\n'));
process.stdout.write(`${outFile}: ${rows.length} groundings (${[...familyRows.values()].filter(Boolean).length} through a family)\n`);
