// The container of the prebuilt indexes (geneIndexBinary.ts, meshIndexBinary.ts): four magic bytes, a u32 header
// length, the header (JSON), padding to 8 bytes, then typed arrays, each 8-byte aligned, in the order the header's
// `sections` lists them, in the host's byte order (the header records it). Decoding makes views on the bytes, not
// copies (one copy when the bytes are not 8-byte aligned).

export type ArrayKind = 'i32' | 'f64' | 'u8' | 'u16';
export type Section = [name: string, kind: ArrayKind, offset: number, length: number];
export type BlobArray = Int32Array | Float64Array | Uint8Array | Uint16Array;

export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const align = (n: number): number => (n + 7) & ~7;
const SIZE: Readonly<Record<ArrayKind, number>> = { f64: 8, i32: 4, u16: 2, u8: 1 };

/** The sections of these arrays, as the header lists them. */
export function sectionsOf(arrays: readonly [string, BlobArray][]): Section[] {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    const kind: ArrayKind = array instanceof Int32Array ? 'i32' : array instanceof Float64Array ? 'f64' : array instanceof Uint16Array ? 'u16' : 'u8';
    sections.push([name, kind, offset, array.length]);
    offset += align(array.byteLength);
  }
  return sections;
}

/** The blob of a header (with `sections` from sectionsOf) and its arrays. */
export function encodeBlob(magic: readonly number[], header: { sections: Section[] }, arrays: readonly [string, BlobArray][]): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const base = align(8 + headerBytes.length);
  const last = header.sections[header.sections.length - 1];
  const out = new Uint8Array(base + (last ? last[2] + align(last[3] * SIZE[last[1]]) : 0));
  out.set(magic, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  arrays.forEach(([, array], i) => out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), base + (header.sections[i]?.[2] ?? 0)));
  return out;
}

/** The header and the arrays by name, or why the bytes are no such blob. */
export function decodeBlob<H extends { sections: Section[] }>(bytes: Uint8Array, magic: readonly number[], what: string): { header: H; views: Map<string, BlobArray> } | string {
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) return `not a GeneLens ${what}`;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) return 'truncated header';
  let header: H;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as H;
  } catch {
    return 'unreadable header';
  }
  const base = align(8 + headerLength);
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const views = new Map<string, BlobArray>();
  for (const [name, kind, offset, length] of Array.isArray(header.sections) ? header.sections : []) {
    const at = data.byteOffset + base + offset;
    if (base + offset + length * (SIZE[kind] ?? 1) > data.length) return `section ${name} is truncated`;
    views.set(name, kind === 'f64' ? new Float64Array(data.buffer, at, length) : kind === 'i32' ? new Int32Array(data.buffer, at, length) : kind === 'u16' ? new Uint16Array(data.buffer, at, length) : new Uint8Array(data.buffer, at, length));
  }
  return { header, views };
}

/** A typed view by name, or an empty array of its type. */
export function viewOf<T extends BlobArray>(views: ReadonlyMap<string, BlobArray>, name: string, type: { new (n: number): T }): T {
  const v = views.get(name);
  return v instanceof type ? v : new type(0);
}
