// A prebuilt index of the gene table: the row index (where each row's line starts: geneIndex) and the recognizer's
// trie (geneTerms) as typed arrays in one binary blob, so the server loads them with one read instead of building them
// at start-up.
// `npm run build` writes it (dist/genes.idx); it is checked against the table text it was made from (length and a
// sampled fingerprint) and ignored when stale, so a stale or missing file only costs start-up time.
//
// Layout: binaryBlob.ts (the container both prebuilt indexes share), magic "GLGI".
import { decodeBlob, encodeBlob, LITTLE_ENDIAN, sectionsOf, viewOf, type BlobArray, type Section } from './binaryBlob';
import { GeneIndex, indexGeneTable, type TableText } from './geneIndex';
import type { GeneTableSource } from './geneTable';
import { GeneTerms, buildGeneTerms } from './geneTerms';
import { GeneVariants, buildGeneVariants } from './geneVariants';
import { rodentFingerprint, rodentSpellings } from './rodentSpellings';
import type { ColumnName } from './geneTableScan';
import { Trie } from '../matcher/trie';

export const GENE_INDEX_FORMAT = 'genelens-gene-index 4';
const MAGIC = [0x47, 0x4c, 0x47, 0x49]; // "GLGI"

interface Header {
  format: string;
  littleEndian: boolean;
  table: { length: number; fingerprint: number };
  count: number;
  columns: number;
  at: Record<ColumnName, number>;
  sorted: boolean;
  fields: Record<string, string>;
  problems: string[];
  keyCount: number;
  termCount: number;
  variantKeyCount: number;
  /** Fingerprint of the rodent spellings in the variants (rodentSpellings.ts), '' for none. */
  rodent: string;
  sections: Section[];
}

/** A cheap fingerprint of the table text: its length and every 61st code unit, FNV-1a. Bytes read as latin1 (an ASCII
 * table's bytes) have the fingerprint of their text. */
export function tableFingerprint(text: TableText): number {
  let h = 0x811c9dc5 ^ text.length;
  if (typeof text === 'string') {
    for (let i = 0; i < text.length; i += 61) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < text.length; i += 61) h = Math.imul(h ^ (text[i] ?? 0), 0x01000193);
  }
  return h >>> 0;
}

/** Builds the index of a table text (and of its rodent spellings, when given) and encodes it. */
export function encodeGeneIndex(text: string, rodent?: string): Uint8Array {
  const { index, problems, source } = indexGeneTable(text);
  const variants = buildGeneVariants(index, rodent === undefined ? undefined : rodentSpellings(rodent, index));
  return encodeGeneTableIndex(index, buildGeneTerms(index), variants, problems, source.fields, rodentFingerprint(rodent));
}

/** Encodes an index already built (a host that built it at start-up saves it for the next start). */
export function encodeGeneTableIndex(
  index: GeneIndex,
  terms: GeneTerms,
  variants: GeneVariants,
  problems: readonly string[],
  fields: Readonly<Record<string, string>>,
  rodent = '',
): Uint8Array {
  const text = index.source;
  const scan = index.arrays();
  const { root, links, edges, keyAt } = terms.trie;
  const v = variants.trie;
  const arrays: [string, BlobArray][] = [
    ['starts', scan.starts], ['ids', scan.ids], ['symbolFlags', scan.symbolFlags], ['articles', scan.articles], ['lines', scan.lines],
    ['root', root], ['links', links], ['edges', edges], ['keyAt', keyAt], ['firstWords', terms.firstWords],
    ['groupStart', terms.groupStart], ['order', terms.order], ['rowOf', terms.rowOf], ['infoOf', terms.infoOf],
    ['startOf', terms.startOf], ['endOf', terms.endOf],
    ['vRoot', v.root], ['vLinks', v.links], ['vEdges', v.edges], ['vKeyAt', v.keyAt], ['vFirstWords', variants.firstWords],
    ['vPrefixes', variants.prefixes], ['vGroupStart', variants.groupStart], ['vRows', variants.rows], ['vInfos', variants.infos],
  ];
  const header: Header = {
    format: GENE_INDEX_FORMAT, littleEndian: LITTLE_ENDIAN, table: { length: text.length, fingerprint: tableFingerprint(text) },
    count: index.count, columns: scan.columns, at: { ...scan.at }, sorted: scan.sorted, fields: { ...fields }, problems: [...problems],
    keyCount: terms.keyCount, termCount: terms.termCount, variantKeyCount: variants.keyCount, rodent, sections: sectionsOf(arrays),
  };
  return encodeBlob(MAGIC, header, arrays);
}

export interface DecodedGeneIndex {
  index: GeneIndex;
  terms: GeneTerms;
  variants: GeneVariants;
  source: GeneTableSource;
  problems: string[];
}

/**
 * The index in `bytes` for this table text, or a reason it cannot be used (another format, another table, another
 * byte order). Zero-copy: the arrays are views on `bytes` (copied once if `bytes` is not 8-byte aligned).
 */
export function decodeGeneIndex(bytes: Uint8Array, text: TableText, decodeText?: (bytes: Uint8Array) => string, rodent = ''): DecodedGeneIndex | string {
  const blob = decodeBlob<Header>(bytes, MAGIC, 'gene index');
  if (typeof blob === 'string') return blob;
  const { header, views } = blob;
  if (header.format !== GENE_INDEX_FORMAT) return `format "${String(header.format)}" is not "${GENE_INDEX_FORMAT}"`;
  if (header.littleEndian !== LITTLE_ENDIAN) return 'made on a machine with another byte order';
  if (header.table?.length !== text.length || header.table.fingerprint !== tableFingerprint(text)) {
    return 'made from another version of the gene table';
  }
  if ((header.rodent ?? '') !== rodent) return 'made from other rodent spellings';
  const i32 = (name: string): Int32Array => viewOf(views, name, Int32Array);
  const u8 = (name: string): Uint8Array => viewOf(views, name, Uint8Array);
  const ids = views.get('ids');
  if (!Number.isInteger(header.columns) || header.columns < 2 || i32('starts').length < header.count || !(ids instanceof Float64Array) || ids.length < header.count) {
    return 'broken row index';
  }
  const index = new GeneIndex(text, header.count, i32('starts'), header.columns, header.at, ids, u8('symbolFlags'), i32('articles'), i32('lines'), header.sorted, decodeText);
  const trie = Trie.fromArrays(i32('root'), i32('links'), i32('edges'), i32('keyAt'));
  const terms = new GeneTerms(index, trie, i32('firstWords'), i32('groupStart'), i32('order'), i32('rowOf'), u8('infoOf'), i32('startOf'), i32('endOf'), header.keyCount, header.termCount);
  const vInfos = views.get('vInfos');
  const variants = new GeneVariants(
    Trie.fromArrays(i32('vRoot'), i32('vLinks'), i32('vEdges'), i32('vKeyAt')), i32('vFirstWords'), i32('vPrefixes'), i32('vGroupStart'),
    i32('vRows'), vInfos instanceof Uint16Array ? vInfos : new Uint16Array(0), header.variantKeyCount ?? 0,
  );
  const fields = header.fields ?? {};
  const source: GeneTableSource = {
    format: fields['format'] ?? '', source: fields['source'] ?? '', package: fields['package'] ?? '',
    release: fields['release'] ?? '', generated: fields['generated'] ?? '', fields,
  };
  return { index, terms, variants, source, problems: [...(header.problems ?? [])] };
}

