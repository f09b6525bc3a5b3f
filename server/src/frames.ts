// The JSON-RPC framing of the stdio transport (`Content-Length: n\r\n\r\n` + n bytes of JSON), read from chunks of
// bytes as they come: what server/src/stdinWorker.ts does off the main thread (issue #16). Header errors are told as
// vscode-jsonrpc's StreamMessageReader tells them (a missing or non-numeric Content-Length, a header line without ':'),
// and reading goes on after the bad header. A body of LARGE bytes or more is read into a buffer of its own, to be
// parsed by another thread while the messages after it are read; `skimMessage` says what such a body is about
// without parsing it. Pure: bytes in, frames out.

/** A body this long (bytes) is parsed apart from the messages after it. */
export const LARGE_BODY = 1 << 20;
/** A larger Content-Length is refused (it could not be held anyway). */
const MAX_BODY = 1 << 30;

const CR = 13;
const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;

export type Frame = { body: Uint8Array; large: boolean } | { error: string };

export class FrameReader {
  /** Bytes not read yet: pending[start, end). */
  private pending = new Uint8Array(64 * 1024);
  private start = 0;
  private end = 0;
  /** The body being read (its Content-Length), or -1 between messages. */
  private length = -1;
  /** A large body, filled as its bytes come. */
  private large: Uint8Array | undefined;
  private filled = 0;

  /** Reads `chunk` (copied: the caller may reuse it) and returns the frames it completes, in order. */
  push(chunk: Uint8Array): Frame[] {
    const frames: Frame[] = [];
    let from = 0;
    if (this.large) from = this.fillLarge(chunk, 0, frames);
    if (from < chunk.length) this.append(chunk.subarray(from));
    while (!this.large) {
      if (this.length < 0 && !this.readHeaders(frames)) break;
      if (this.length < 0) continue;
      const available = this.end - this.start;
      if (this.length >= LARGE_BODY) {
        this.large = new Uint8Array(this.length);
        this.filled = 0;
        const rest = this.pending.slice(this.start, this.end);
        this.start = this.end = 0;
        const used = this.fillLarge(rest, 0, frames);
        if (used < rest.length) this.append(rest.subarray(used));
        continue;
      }
      if (available < this.length) break;
      frames.push({ body: this.pending.slice(this.start, this.start + this.length), large: false });
      this.start += this.length;
      this.length = -1;
    }
    return frames;
  }

  /** Copies bytes of `chunk` from `from` into the large body; returns where its bytes end in `chunk`. */
  private fillLarge(chunk: Uint8Array, from: number, frames: Frame[]): number {
    const large = this.large!;
    const n = Math.min(large.length - this.filled, chunk.length - from);
    large.set(chunk.subarray(from, from + n), this.filled);
    this.filled += n;
    if (this.filled === large.length) {
      frames.push({ body: large, large: true });
      this.large = undefined;
      this.length = -1;
    }
    return from + n;
  }

  private append(bytes: Uint8Array): void {
    if (this.end + bytes.length > this.pending.length) {
      const kept = this.end - this.start;
      if (kept + bytes.length <= this.pending.length) {
        this.pending.copyWithin(0, this.start, this.end);
      } else {
        const next = new Uint8Array(2 * (kept + bytes.length));
        next.set(this.pending.subarray(this.start, this.end));
        this.pending = next;
      }
      this.start = 0;
      this.end = kept;
    }
    this.pending.set(bytes, this.end);
    this.end += bytes.length;
  }

  /** Reads the headers if they have all come: true when it read some (`length` is set unless they were wrong). */
  private readHeaders(frames: Frame[]): boolean {
    const p = this.pending;
    let at = -1;
    for (let i = this.start; i + 3 < this.end; i++) {
      if (p[i] === CR && p[i + 1] === LF && p[i + 2] === CR && p[i + 3] === LF) {
        at = i;
        break;
      }
    }
    if (at < 0) return false;
    const head = latin1(p, this.start, at);
    this.start = at + 4;
    let contentLength: string | undefined;
    for (const line of head.split('\r\n')) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon < 0) {
        frames.push({ error: `Message header must separate key and value using ':'\n${line}` });
        return true;
      }
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') contentLength = line.slice(colon + 1).trim();
    }
    if (contentLength === undefined) {
      frames.push({ error: `Header must provide a Content-Length property.\n${JSON.stringify(head)}` });
      return true;
    }
    const length = parseInt(contentLength, 10);
    if (isNaN(length) || length < 0 || length > MAX_BODY) {
      frames.push({ error: `Content-Length value must be a number from 0 to ${MAX_BODY}. Got ${contentLength}` });
      return true;
    }
    this.length = length;
    return true;
  }
}

function latin1(bytes: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** What a message is about, read without parsing it: its method and its textDocument's uri, when it has them. */
export interface MessageHead {
  method?: string;
  uri?: string;
}

/**
 * The method (a member of the top object) and params.textDocument.uri of a JSON body, read by skipping over strings
 * (a jump to the next quote each) and reading only keys and short values: linear, and fast on a body that is mostly one
 * long string (a document's text). Undefined fields when absent or not strings; never throws on bad JSON.
 */
export function skimMessage(body: Uint8Array): MessageHead {
  const out: MessageHead = {};
  /** The open containers: the key each is the value of ('' for the top, or in an array), and whether it is an array. */
  const keys: string[] = [];
  const arrays: boolean[] = [];
  let key = '';
  let expectKey = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === QUOTE) {
      const end = stringEnd(body, i + 1);
      if (end < 0) return out;
      if (expectKey) {
        key = end - i - 1 <= 64 ? stringAt(body, i, end) ?? '' : '';
        expectKey = false;
      } else if (end - i - 1 <= 8192) {
        const where = keys.join('.');
        if (where === '' && key === 'method') out.method = stringAt(body, i, end);
        else if (where === '.params.textDocument' && key === 'uri') out.uri = stringAt(body, i, end);
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      keys.push(arrays[arrays.length - 1] === true ? '' : key);
      arrays.push(c === 91);
      key = '';
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      keys.pop();
      arrays.pop();
      key = '';
    } else if (c === 44 /* , */) {
      key = '';
      expectKey = arrays[arrays.length - 1] === false;
    }
    if (out.method !== undefined && out.uri !== undefined) break;
  }
  return out;
}

/** The JSON string between the quotes at `a` and `b`, or undefined when it is not valid. */
function stringAt(body: Uint8Array, a: number, b: number): string | undefined {
  try {
    return JSON.parse(new TextDecoder().decode(body.subarray(a, b + 1))) as string;
  } catch {
    return undefined;
  }
}

/** The index of the closing quote of a string whose text starts at `from`, or -1. */
function stringEnd(body: Uint8Array, from: number): number {
  for (let i = body.indexOf(QUOTE, from); i >= 0; i = body.indexOf(QUOTE, i + 1)) {
    let slashes = 0;
    while (body[i - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}
