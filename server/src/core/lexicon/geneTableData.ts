// The gene table as the language service uses it: the table's text with its row index and the recognizer's trie.
// Depends only on the table, so a host loads it once and passes the same object to every service it builds (a profile
// reload then costs nothing here). Built from a prebuilt binary index when one matching the text is given
// (geneIndexBinary.ts: one read, no construction), else from the text (a few hundred milliseconds).
import { indexGeneTable, latin1Slice, type GeneIndex, type TableText } from './geneIndex';
import { decodeGeneIndex } from './geneIndexBinary';
import type { GeneTableSource } from './geneTable';
import { buildGeneTerms, type GeneTerms } from './geneTerms';
import { buildGeneVariants, type GeneVariants } from './geneVariants';
import { rodentFingerprint, rodentSpellings } from './rodentSpellings';
import { charTables } from '../matcher/chars';
import { parseFamilyTable, type FamilyTable, type FamilyTableInput } from './familyTable';

/** What a host passes in: the table file's URI and text (or its bytes), and optionally the bytes of a prebuilt index. */
export interface GeneTableInput {
  /** URI of data/lexicon/genes.tsv: definitions of table genes point into it. */
  uri: string;
  /** The table's text; when absent, `bytes` is. */
  text?: string;
  /**
   * The table file's bytes, read one byte a character (latin1: an ASCII file as is), instead of `text`: a host that read
   * an ASCII table passes them, and no 6 MB string is made unless the index has to be built from the text.
   */
  bytes?: Uint8Array;
  /** Makes the whole text from `bytes` when something needs it (a host passes a native decoder: faster). */
  decodeBytes?: (bytes: Uint8Array) => string;
  /** A prebuilt index (dist/genes.idx); ignored, with a note in `problems`, when it does not match the text. */
  prebuiltIndex?: Uint8Array;
  /**
   * The text of data/lexicon/rodent-genes.tsv (mouse and rat spellings), then of gene-names.tsv (other names of human
   * genes), those the host has (rodentSpellings.ts: extraSpellings).
   */
  rodent?: string;
  /** data/lexicon/families.tsv beside the table (FamPlex families and complexes, their members as table symbols). */
  familyFile?: FamilyTableInput;
}

export interface GeneTableData {
  readonly uri: string;
  readonly index: GeneIndex;
  readonly terms: GeneTerms;
  /** The table's texts as writers vary them (case, Greek letters, hyphens) and its full names. */
  readonly variants: GeneVariants;
  readonly source: GeneTableSource;
  /** Lines that could not be read, and why a prebuilt index was not used. */
  readonly problems: readonly string[];
  /** True when the prebuilt index was used. */
  readonly prebuilt: boolean;
  /** Fingerprint of the rodent spellings the variants hold ('' for none): a saved index records it. */
  readonly rodent: string;
  /** The families and complexes read with the table, when the host passed them. */
  readonly families?: FamilyTable;
}

export function isGeneTableData(value: unknown): value is GeneTableData {
  return typeof value === 'object' && value !== null && 'terms' in value && 'index' in value;
}

/** Loads the gene table. Never throws: a broken table yields fewer genes and its problems. */
export function loadGeneTable(input: GeneTableInput): GeneTableData {
  const table = loadGenes(input);
  if (!input.familyFile) return table;
  const families = parseFamilyTable(input.familyFile);
  const problems = [...table.problems, ...families.problems.map((p) => `${families.uri}: ${p}`)];
  return { ...table, problems, families };
}

function loadGenes(input: GeneTableInput): GeneTableData {
  const source: TableText = typeof input.text === 'string' ? input.text : input.bytes instanceof Uint8Array ? input.bytes : '';
  const notes: string[] = [];
  if (input.prebuiltIndex) {
    try {
      const decoded = decodeGeneIndex(input.prebuiltIndex, source, input.decodeBytes, rodentFingerprint(input.rodent));
      if (typeof decoded !== 'string') return { uri: input.uri, ...decoded, prebuilt: true, rodent: rodentFingerprint(input.rodent) };
      notes.push(`prebuilt gene index not used: ${decoded}`);
    } catch (e) {
      notes.push(`prebuilt gene index not used: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const text = typeof source === 'string' ? source : (input.decodeBytes ?? ((b: Uint8Array) => latin1Slice(b, 0, b.length)))(source);
  const indexed = indexGeneTable(text);
  const { index, problems } = indexed;
  const rodent = typeof input.rodent === 'string' ? rodentSpellings(input.rodent, index) : undefined;
  return {
    uri: input.uri, index, terms: buildGeneTerms(index), variants: buildGeneVariants(index, rodent), source: indexed.source,
    problems: [...notes, ...problems], prebuilt: false, rodent: rodentFingerprint(input.rodent),
  };
}

/**
 * Builds the character tables that the gene table's index and the recognizer share (a few tens of milliseconds, once
 * per process); a host calls it while it waits for the table's files, so the lexicon is ready sooner.
 */
export function prepareGeneTables(): void {
  charTables();
}
