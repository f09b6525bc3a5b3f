// The shipped gene table (data/lexicon/genes.tsv, with families.tsv beside it), loaded once per test process (the index
// is built from the text, as without a prebuilt dist/genes.idx), and a language service over it and the shipped profiles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, extraSpellings, loadGeneTable, type GeneTableData, type LanguageService } from '../../server/src/core';
import { loadShippedProfileDocuments, repoRoot } from './profiles';

export const GENE_TABLE_FILE = path.join(repoRoot, 'data', 'lexicon', 'genes.tsv');
export const GENE_TABLE_URI = pathToFileURL(GENE_TABLE_FILE).href;
export const FAMILY_TABLE_FILE = path.join(repoRoot, 'data', 'lexicon', 'families.tsv');

let table: GeneTableData | undefined;
let service: LanguageService | undefined;

/** The table's text, as the host reads it. */
export function geneTableText(): string {
  return fs.readFileSync(GENE_TABLE_FILE, 'latin1');
}

export function shippedGeneTable(): GeneTableData {
  // With the families, the rodent spellings and the other names beside it, as the hosts read them (geneTableFile.ts).
  const familyFile = { uri: pathToFileURL(FAMILY_TABLE_FILE).href, text: fs.readFileSync(FAMILY_TABLE_FILE, 'utf8') };
  const lexicon = (file: string): string => fs.readFileSync(path.join(repoRoot, 'data', 'lexicon', file), 'utf8');
  const rodent = extraSpellings(lexicon('rodent-genes.tsv'), lexicon('gene-names.tsv'));
  table ??= loadGeneTable({ uri: GENE_TABLE_URI, text: geneTableText(), familyFile, rodent });
  return table;
}

/** A service over the shipped profiles and the gene table, shared by the tests of one file. */
export function geneService(): LanguageService {
  service ??= createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable() });
  return service;
}

/** Zero-based line of a gene in genes.tsv, found by its NCBI Gene id and symbol. */
export function tableLineOf(ncbiGene: string, symbol: string): number {
  const text = geneTableText();
  const at = text.indexOf(`\n${ncbiGene}\t${symbol}\t`);
  if (at < 0) throw new Error(`${ncbiGene} ${symbol} is not in genes.tsv`);
  return text.slice(0, at + 1).split('\n').length - 1;
}
