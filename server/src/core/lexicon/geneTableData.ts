// The gene table as the language service uses it: the table's text with its row index and the recognizer's trie.
// Depends only on the table, so a host loads it once and passes the same object to every service it builds (a profile
// reload then costs nothing here). Built from a prebuilt binary index when one matching the text is given
// (geneIndexBinary.ts: one read, no construction), else from the text (a few hundred milliseconds).
import { indexGeneTable, type GeneIndex } from './geneIndex';
import { decodeGeneIndex } from './geneIndexBinary';
import type { GeneTableSource } from './geneTable';
import { buildGeneTerms, type GeneTerms } from './geneTerms';

/** What a host passes in: the table file's URI and text, and optionally the bytes of a prebuilt index. */
export interface GeneTableInput {
  /** URI of data/lexicon/genes.tsv: definitions of table genes point into it. */
  uri: string;
  text: string;
  /** A prebuilt index (dist/genes.idx); ignored, with a note in `problems`, when it does not match the text. */
  prebuiltIndex?: Uint8Array;
}

export interface GeneTableData {
  readonly uri: string;
  readonly index: GeneIndex;
  readonly terms: GeneTerms;
  readonly source: GeneTableSource;
  /** Lines that could not be read, and why a prebuilt index was not used. */
  readonly problems: readonly string[];
  /** True when the prebuilt index was used. */
  readonly prebuilt: boolean;
}

export function isGeneTableData(value: unknown): value is GeneTableData {
  return typeof value === 'object' && value !== null && 'terms' in value && 'index' in value;
}

/** Loads the gene table. Never throws: a broken table yields fewer genes and its problems. */
export function loadGeneTable(input: GeneTableInput): GeneTableData {
  const text = typeof input.text === 'string' ? input.text : '';
  const notes: string[] = [];
  if (input.prebuiltIndex) {
    try {
      const decoded = decodeGeneIndex(input.prebuiltIndex, text);
      if (typeof decoded !== 'string') return { uri: input.uri, ...decoded, prebuilt: true };
      notes.push(`prebuilt gene index not used: ${decoded}`);
    } catch (e) {
      notes.push(`prebuilt gene index not used: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const { index, source, problems } = indexGeneTable(text);
  return { uri: input.uri, index, terms: buildGeneTerms(index), source, problems: [...notes, ...problems], prebuilt: false };
}
