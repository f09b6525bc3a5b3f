// A text's UTF-16 code units in a Uint16Array, for the scan: reading a typed array costs a fraction of
// String#charCodeAt on the strings documents are made of (slices and concatenations of other strings, which
// charCodeAt unwraps on every call). Under Node the copy is one native write (Buffer#write, a tenth of a millisecond
// per megabyte), into memory kept from scan to scan (allocating it each time would cost more than the copy, and
// make the garbage collector run for the external memory); elsewhere it is a loop.
// The view has exactly the text's length: past its end it reads undefined, as charCodeAt reads NaN (neither is a
// letter, a digit or any unit a table maps).

interface BufferLike {
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
  readonly length: number;
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
interface BufferClass {
  allocUnsafeSlow(size: number): BufferLike;
}
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferClass }).Buffer;

/** Kept memory larger than this (in bytes) is given back after a scan of a text of less than an eighth of it. */
const LARGE = 1 << 23;

export class Units {
  private kept: BufferLike | undefined;

  /** The code units of `text`: a view, valid until the next call. */
  of(text: string): Uint16Array {
    const n = text.length;
    if (NodeBuffer) {
      let store = this.kept;
      if (!store || store.length < 2 * n || (store.length > LARGE && 16 * n < store.length)) {
        store = NodeBuffer.allocUnsafeSlow(2 * Math.max(n, 1024));
        this.kept = store;
      }
      if (store.byteOffset % 2 === 0 && store.write(text, 0, 2 * n, 'utf16le') === 2 * n) {
        return new Uint16Array(store.buffer, store.byteOffset, n);
      }
    }
    const units = new Uint16Array(n);
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    return units;
  }
}

/** Whether u[at, at + text.length) is `text` as written (code unit for code unit). */
export function unitsAre(u: Uint16Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (u[at + k] !== text.charCodeAt(k)) return false;
  return true;
}
