// A prebuilt index of the chemical and disease tables (meshTable.ts): their keys, prefixes, first words, continuation set and entry
// lines as typed arrays in one binary blob, so a host loads them with one read instead of reading every term at
// start-up. `npm run build` writes it (dist/mesh.idx); the server saves one in the temporary folder when it had to
// build the arrays (the .vsix does not ship it). It is checked against the texts it was made from (each one's length
// and sampled fingerprint, the stop list too) and ignored when stale: a stale or missing file only costs start-up time.
//
// Layout: binaryBlob.ts, magic "GLMI".
import { tableFingerprint } from './geneIndexBinary';
import { decodeBlob, encodeBlob, LITTLE_ENDIAN, sectionsOf, viewOf, type BlobArray, type Section } from './binaryBlob';
import { CONTINUATION_BITS, HashSlots, type SlotArrays } from './meshHash';

/** A table file as the host read it (meshTable.ts loads these). */
export interface MeshTableInput {
  /** URI of the file: definitions point into it. */
  uri: string;
  text: string;
}

/** What the recognizer reads of the tables, as arrays (built from the text, or decoded from a prebuilt index). */
export interface MeshArrays {
  keys: HashSlots;
  prefixes: HashSlots;
  firstWords: Int32Array;
  /** The keys' continuation set (meshHash.ts continuationBit). */
  continuations: Int32Array;
  /** Per entry: its file, where its line starts and which line it is. */
  entryFile: Uint8Array;
  entryStart: Int32Array;
  entryLine: Int32Array;
  entryCount: number;
  termCount: number;
  problems: string[];
}

export const MESH_INDEX_FORMAT = 'genelens-mesh-index 2';
const MAGIC = [0x47, 0x4c, 0x4d, 0x49]; // "GLMI"

interface Header {
  format: string;
  littleEndian: boolean;
  fingerprint: string;
  entryCount: number;
  termCount: number;
  keyCount: number;
  prefixCount: number;
  problems: string[];
  sections: Section[];
}

/** What an index was made from: every input's length and sampled fingerprint, in order. */
export function meshFingerprint(inputs: readonly MeshTableInput[]): string {
  return inputs.map((input) => (typeof input?.text === 'string' ? `${input.text.length}:${tableFingerprint(input.text)}` : '-')).join(',');
}

export function encodeMeshIndex(arrays: MeshArrays, fingerprint: string): Uint8Array {
  const k = arrays.keys.arrays();
  const p = arrays.prefixes.arrays();
  const list: [string, BlobArray][] = [
    ['k1', k.k1], ['k2', k.k2], ['used', k.used], ['value', k.value], ['flags', k.flags], ['shape', k.shape],
    ['p1', p.k1], ['p2', p.k2], ['pUsed', p.used], ['firstWords', arrays.firstWords], ['continuations', arrays.continuations],
    ['entryFile', arrays.entryFile], ['entryStart', arrays.entryStart], ['entryLine', arrays.entryLine],
  ];
  const header: Header = {
    format: MESH_INDEX_FORMAT, littleEndian: LITTLE_ENDIAN, fingerprint, entryCount: arrays.entryCount, termCount: arrays.termCount,
    keyCount: k.count, prefixCount: p.count, problems: arrays.problems, sections: sectionsOf(list),
  };
  return encodeBlob(MAGIC, header, list);
}

/** The arrays in `bytes` when made from texts with this fingerprint, or why not. Views on `bytes`, not copies. */
export function decodeMeshIndex(bytes: Uint8Array, fingerprint: string): MeshArrays | string {
  const blob = decodeBlob<Header>(bytes, MAGIC, 'chemical and disease index');
  if (typeof blob === 'string') return blob;
  const { header, views } = blob;
  if (header.format !== MESH_INDEX_FORMAT) return `format "${String(header.format)}" is not "${MESH_INDEX_FORMAT}"`;
  if (header.littleEndian !== LITTLE_ENDIAN) return 'made on a machine with another byte order';
  if (header.fingerprint !== fingerprint) return 'made from other versions of the tables';
  const i32 = (name: string): Int32Array => viewOf(views, name, Int32Array);
  const u8 = (name: string): Uint8Array => viewOf(views, name, Uint8Array);
  const keyArrays: SlotArrays = { k1: i32('k1'), k2: i32('k2'), used: u8('used'), value: i32('value'), flags: u8('flags'), shape: i32('shape'), count: header.keyCount };
  const p1 = i32('p1');
  const prefixArrays: SlotArrays = {
    k1: p1, k2: i32('p2'), used: u8('pUsed'), value: new Int32Array(p1.length), flags: new Uint8Array(p1.length), shape: new Int32Array(p1.length), count: header.prefixCount,
  };
  const keys = HashSlots.fromArrays(keyArrays);
  const prefixes = HashSlots.fromArrays(prefixArrays);
  const n = header.entryCount;
  if (!keys || !prefixes || i32('continuations').length !== (1 << CONTINUATION_BITS) >>> 5 || i32('entryStart').length !== n || i32('entryLine').length !== n || u8('entryFile').length !== n) return 'broken arrays';
  return {
    keys, prefixes, firstWords: i32('firstWords'), continuations: i32('continuations'), entryFile: u8('entryFile'), entryStart: i32('entryStart'), entryLine: i32('entryLine'),
    entryCount: n, termCount: header.termCount, problems: [...(header.problems ?? [])],
  };
}
