// An immutable text held in chunks of a few kilobytes. An edit makes a new PieceText that shares every chunk it did
// not touch, so a keystroke in a 1 MB document copies a few kilobytes and an array of chunk references, not the
// megabyte a flat string costs (V8 copies the whole string the first time it is read after such an edit). The
// whole string is joined only when asked for (`toString`), once per version.
//
// The read methods behave as String.prototype's do for non-negative arguments, so code written against a string
// (TextSource) reads either.
import { upperBound } from '../text/search';

/** What the incremental analysis reads of a text: a string, or a PieceText. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  startsWith(search: string, position?: number): boolean;
  includes(search: string, position?: number): boolean;
  toString(): string;
}

/** Chunks are cut to this size and split when an edit makes one larger than twice this. */
const CHUNK = 8 * 1024;

export class PieceText implements TextSource {
  private joined: string | undefined;
  /** The chunk of the last lookup: reads near each other (the usual pattern) skip the binary search. */
  private last = 0;

  private constructor(
    private readonly chunks: readonly string[],
    /** starts[i]: the offset of chunks[i]. */
    private readonly starts: readonly number[],
    readonly length: number,
  ) {}

  static of(text: string): PieceText {
    const chunks: string[] = [];
    const starts: number[] = [];
    for (let at = 0; at < text.length; at += CHUNK) {
      starts.push(at);
      chunks.push(text.slice(at, at + CHUNK));
    }
    const piece = new PieceText(chunks, starts, text.length);
    piece.joined = text;
    return piece;
  }

  /** A text from its chunks (PieceTextBuilder): not joined until asked to. */
  static ofChunks(chunks: readonly string[], starts: readonly number[], length: number): PieceText {
    return new PieceText(chunks, starts, length);
  }

  /** This text with [start, end) replaced by `inserted` (offsets clamped to the text). */
  edit(start: number, end: number, inserted: string): PieceText {
    start = clamp(start, this.length);
    end = Math.max(start, clamp(end, this.length));
    if (this.chunks.length === 0) return PieceText.of(inserted);
    const first = this.chunkAt(start === this.length ? start - 1 : start);
    const lastChunk = this.chunkAt(end === this.length ? end - 1 : end);
    const head = (this.chunks[first] ?? '').slice(0, start - (this.starts[first] ?? 0));
    const tail = (this.chunks[lastChunk] ?? '').slice(end - (this.starts[lastChunk] ?? 0));
    const middle = head + inserted + tail;
    const chunks = this.chunks.slice(0, first);
    const starts = this.starts.slice(0, first);
    let at = this.starts[first] ?? 0;
    if (middle.length <= 2 * CHUNK) {
      if (middle.length > 0) {
        chunks.push(middle);
        starts.push(at);
        at += middle.length;
      }
    } else {
      for (let i = 0; i < middle.length; i += CHUNK) {
        chunks.push(middle.slice(i, i + CHUNK));
        starts.push(at);
        at += Math.min(CHUNK, middle.length - i);
      }
    }
    for (let i = lastChunk + 1; i < this.chunks.length; i++) {
      const chunk = this.chunks[i] ?? '';
      chunks.push(chunk);
      starts.push(at);
      at += chunk.length;
    }
    return new PieceText(chunks, starts, at);
  }

  toString(): string {
    if (this.joined === undefined) this.joined = this.chunks.join('');
    return this.joined;
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(index);
    const i = this.chunkAt(index);
    return (this.chunks[i] ?? '').charCodeAt(index - (this.starts[i] ?? 0));
  }

  slice(start = 0, end = this.length): string {
    start = clamp(start, this.length);
    end = clamp(end, this.length);
    if (end <= start) return '';
    if (this.joined !== undefined) return this.joined.slice(start, end);
    const i = this.chunkAt(start);
    const from = start - (this.starts[i] ?? 0);
    const chunk = this.chunks[i] ?? '';
    if (from + (end - start) <= chunk.length) return chunk.slice(from, from + (end - start));
    const parts = [chunk.slice(from)];
    for (let j = i + 1, at = this.starts[j] ?? this.length; at < end; j++, at = this.starts[j] ?? this.length) {
      const c = this.chunks[j] ?? '';
      parts.push(at + c.length <= end ? c : c.slice(0, end - at));
    }
    return parts.join('');
  }

  indexOf(search: string, position = 0): number {
    if (this.joined !== undefined) return this.joined.indexOf(search, position);
    position = clamp(position, this.length);
    if (search.length === 0) return position;
    for (let i = this.chunkAt(position); i < this.chunks.length; i++) {
      const at = this.starts[i] ?? 0;
      const r = this.window(i, search.length).indexOf(search, Math.max(0, position - at));
      if (r >= 0) return at + r;
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    if (this.joined !== undefined) return this.joined.lastIndexOf(search, position);
    const last = this.length - search.length;
    if (last < 0) return -1;
    position = Math.min(Number.isNaN(position) ? Infinity : Math.max(0, position), last);
    for (let i = this.chunkAt(position); i >= 0; i--) {
      const at = this.starts[i] ?? 0;
      const r = this.window(i, search.length).lastIndexOf(search, position - at);
      if (r >= 0 && at + r <= position) return at + r;
    }
    return -1;
  }

  startsWith(search: string, position = 0): boolean {
    position = clamp(position, this.length);
    return this.slice(position, position + search.length) === search;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) >= 0;
  }

  /** Chunk i and the first `searchLength - 1` characters after it: a match that starts in chunk i lies within. */
  private window(i: number, searchLength: number): string {
    const chunk = this.chunks[i] ?? '';
    if (searchLength <= 1 || i + 1 >= this.chunks.length) return chunk;
    const end = (this.starts[i] ?? 0) + chunk.length;
    return chunk + this.slice(end, end + searchLength - 1);
  }

  /** Index of the chunk holding `offset` (0 <= offset < length; the last chunk for larger offsets). */
  private chunkAt(offset: number): number {
    const { starts, chunks } = this;
    const guess = this.last;
    if ((starts[guess] ?? Infinity) <= offset && offset < (starts[guess + 1] ?? Infinity)) return guess;
    const found = upperBound(starts, offset, 1, chunks.length) - 1;
    this.last = found;
    return found;
  }
}

/** A PieceText made from pieces of a text as they come, cut into chunks as PieceText.of cuts a string; never joined. */
export class PieceTextBuilder {
  private readonly chunks: string[] = [];
  private readonly starts: number[] = [];
  private length = 0;

  add(piece: string): void {
    for (let at = 0; at < piece.length; at += CHUNK) {
      this.starts.push(this.length + at);
      this.chunks.push(piece.slice(at, at + CHUNK));
    }
    this.length += piece.length;
  }

  /** The last code unit added (NaN before any). */
  lastCode(): number {
    const last = this.chunks[this.chunks.length - 1];
    return last === undefined ? NaN : last.charCodeAt(last.length - 1);
  }

  finish(): PieceText {
    return PieceText.ofChunks(this.chunks, this.starts, this.length);
  }
}

function clamp(offset: number, length: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.max(0, Math.min(offset, length));
}
