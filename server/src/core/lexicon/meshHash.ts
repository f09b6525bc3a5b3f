// How the chemical and disease tables key their terms without making strings: a walk over a text's key units (a run
// of letters and digits folded to lower case, a Greek letter spelled out, one punctuation character; white space and
// hyphens between units read as one space: meshKey.ts) that keeps two 32-bit hashes of the key read so far, and a
// third of the key with the case of the words whose case carries meaning ("NAD", "vitamin D": shapedKey). The table
// (meshTable.ts) walks its terms, the scan (matcher/meshScan.ts) the document, the same way; `HashSlots` holds the keys
// as hash pairs in typed arrays (open addressing). Two independent 32-bit hashes make a false match of a key
// practically impossible (one in about 10^19 per look-up at the tables' size).
import { KEY_GREEK, KEY_SEPARATOR, KEY_UNITS, KEY_WORD, keyPiece } from './meshKey';

const H1_START = 0x811c9dc5 | 0;
/** The second hash's start, and one step of it (murmur-like): KeyWalk's h2, and meshWordMemo's hash of a word as written. */
export const H2_START = 0x3c6ef372 | 0;
export function mix(g: number, unit: number): number {
  const h = Math.imul(g ^ unit, 0x5bd1e995);
  return h ^ (h >>> 13);
}

/** Folds an ASCII or Latin-1 capital to lower case (other scripts as they are): the same for terms and text. */
export function foldUnit(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** Bits of a continuation set (CONTINUATION_BITS: 2^20 bits, 128 KB). */
export const CONTINUATION_BITS = 20;

/**
 * The bit of a unit that follows a key's first unit, in a continuation set: by the walk's h1 before the unit (a space
 * between them already read) and the unit's first two key characters (the second 0 when the unit has one). A set
 * holding the bits of every unit after the first of every key tells a walk when no key can go on with the next unit,
 * before it reads that unit.
 */
export function continuationBit(h1: number, first: number, second: number): number {
  let x = h1 ^ Math.imul(first | (second << 16), 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 13)) & ((1 << CONTINUATION_BITS) - 1);
}

/**
 * Whether a walk that has read a word ending at `end` (KeyWalk's h1 then `h1`, no line break read yet) may go on, told
 * without the walk in the common case, one separator then a letter or digit: false when the continuation set has no
 * bit for that unit (KeyWalk.next would stop there); true when it has, or in any other case (the walk then decides).
 */
export function mayContinue(h1: number, units: Uint16Array, end: number, limit: number, continuations: Int32Array): boolean {
  if (end + 1 >= limit || KEY_UNITS[units[end] ?? 0] !== KEY_SEPARATOR) return true;
  const c = units[end + 1] ?? 0;
  if (KEY_UNITS[c] !== KEY_WORD) return true;
  const d = end + 2 < limit ? (units[end + 2] ?? 0) : 0;
  const second = end + 2 < limit && KEY_UNITS[d] === KEY_WORD ? foldUnit(d) : 0;
  // The separator reads as one space (KeyWalk.feed of 32).
  const bit = continuationBit(Math.imul(h1 ^ 32, 0x01000193), foldUnit(c), second);
  return ((continuations[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A walk over a text's key units from a word start; reused (no allocation per walk). */
export class KeyWalk {
  h1 = H1_START;
  h2 = H2_START;
  /** Hash of the shaped key (case kept in words whose case matters). */
  hs = H1_START;
  /** Length of the key so far, in code units. */
  length = 0;
  /** Where the last unit read ends in the text. */
  end = 0;
  /** The continuation bit (continuationBit) of the last unit read. */
  unitBit = 0;
  private units: Uint16Array = new Uint16Array(0);
  private limit = 0;
  private newlines = 0;

  /** Copies of the texts walked by resetText (reused). */
  private scratch = new Uint16Array(256);

  /**
   * Starts a walk over text[from, to), copied: `end` then counts from `from` (0 at the start). For the tables' terms;
   * a scan walks the document's code units themselves (reset: reading a typed array costs less than charCodeAt).
   */
  resetText(text: string, from: number, to: number): this {
    const n = Math.max(0, to - from);
    if (this.scratch.length < n) this.scratch = new Uint16Array(2 * n);
    const u = this.scratch;
    for (let k = 0; k < n; k++) u[k] = text.charCodeAt(from + k);
    return this.reset(u, 0, n);
  }

  /** Starts a walk at `start` over the code units `units`, up to `limit` (at most their length). */
  reset(units: Uint16Array, start: number, limit: number): this {
    this.units = units;
    this.end = start;
    this.limit = limit;
    this.h1 = H1_START;
    this.h2 = H2_START;
    this.hs = H1_START;
    this.length = 0;
    this.newlines = 0;
    return this;
  }

  /**
   * Goes on with a walk over `units` from `end`, up to `limit`, as if it had read a word ending there (no line break
   * yet) and had the hashes and length given: what `reset` then `next` at that word would leave.
   */
  resume(units: Uint16Array, end: number, limit: number, h1: number, h2: number, hs: number, length: number): this {
    this.units = units;
    this.end = end;
    this.limit = limit;
    this.h1 = h1;
    this.h2 = h2;
    this.hs = hs;
    this.length = length;
    this.newlines = 0;
    return this;
  }

  private feed(u: number, shaped: number): void {
    this.h1 = Math.imul(this.h1 ^ u, 0x01000193);
    this.h2 = mix(this.h2, u);
    this.hs = Math.imul(this.hs ^ shaped, 0x01000193);
    this.length++;
  }

  /**
   * Reads the next unit; false at the limit, at a second line break, or when no unit follows. With `continuations`
   * (a continuation set), also false, before reading it, for a unit after the first whose bit is not in the set: no key
   * goes on with it.
   */
  next(continuations?: Int32Array): boolean {
    const { units, limit } = this;
    let j = this.end;
    let space = false;
    while (j < limit) {
      const c = units[j] ?? 0;
      if (KEY_UNITS[c] !== KEY_SEPARATOR) break;
      if (c === 10 && ++this.newlines > 1) return false;
      space = true;
      j++;
    }
    if (j >= limit) return false;
    const later = this.length > 0;
    if (space && later) this.feed(32, 32);
    const c = units[j] ?? 0;
    const kind = KEY_UNITS[c] ?? 0;
    const piece = kind === KEY_GREEK ? (keyPiece(c) ?? '') : '';
    const second = kind === KEY_WORD && j + 1 < limit && KEY_UNITS[units[j + 1] ?? 0] === KEY_WORD ? foldUnit(units[j + 1] ?? 0) : kind === KEY_GREEK ? piece.charCodeAt(1) : 0;
    const bit = continuationBit(this.h1, kind === KEY_WORD ? foldUnit(c) : kind === KEY_GREEK ? piece.charCodeAt(0) : c === 0x2212 ? 45 : c, second);
    this.unitBit = bit;
    if (later && continuations !== undefined && ((continuations[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
    if (kind === KEY_GREEK) {
      for (let k = 0; k < piece.length; k++) this.feed(piece.charCodeAt(k), piece.charCodeAt(k));
      this.end = j + 1;
      return true;
    }
    if (kind !== KEY_WORD) {
      const u = c === 0x2212 ? 45 : c;
      this.feed(u, u);
      this.end = j + 1;
      return true;
    }
    // A word: its case is kept in the shaped hash unless it is all lower case, or Capitalized and three letters or
    // more (meshKey.ts foldable), so the shaped hash is carried both ways and one kept at the word's end.
    let k = j;
    let keep = false;
    const first = c;
    let folded = this.hs;
    let raw = this.hs;
    while (k < limit) {
      const u = units[k] ?? 0;
      if (KEY_UNITS[u] !== KEY_WORD) break;
      if (k > j && (isUpper(u) || (u >= 48 && u <= 57))) keep = true;
      const f = foldUnit(u);
      this.h1 = Math.imul(this.h1 ^ f, 0x01000193);
      this.h2 = mix(this.h2, f);
      folded = Math.imul(folded ^ f, 0x01000193);
      raw = Math.imul(raw ^ u, 0x01000193);
      this.length++;
      k++;
    }
    if (isUpper(first) && k - j < 3) keep = true;
    if (!(isUpper(first) || (first >= 97 && first <= 122) || first >= 0xc0)) keep = true;
    this.hs = keep ? raw : folded;
    this.end = k;
    return true;
  }
}

export interface SlotArrays {
  k1: Int32Array;
  k2: Int32Array;
  used: Uint8Array;
  value: Int32Array;
  flags: Uint8Array;
  shape: Int32Array;
  count: number;
}

/** Answers of HashSlots.findRecent kept (a power of two). */
const RECENT_BITS = 12;
/** An empty place among them (find answers -1 or a slot). */
const NO_ANSWER = -2;

/** Keys as hash pairs, each with an entry, flags and a shaped hash. */
export class HashSlots {
  private k1: Int32Array;
  private k2: Int32Array;
  private used: Uint8Array;
  readonly value: Int32Array;
  readonly flags: Uint8Array;
  readonly shape: Int32Array;
  private mask: number;
  count = 0;

  constructor(expected: number, arrays?: SlotArrays) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    if (arrays) capacity = arrays.k1.length;
    this.mask = capacity - 1;
    this.k1 = arrays?.k1 ?? new Int32Array(capacity);
    this.k2 = arrays?.k2 ?? new Int32Array(capacity);
    this.used = arrays?.used ?? new Uint8Array(capacity);
    this.value = arrays?.value ?? new Int32Array(capacity);
    this.flags = arrays?.flags ?? new Uint8Array(capacity);
    this.shape = arrays?.shape ?? new Int32Array(capacity);
    this.count = arrays?.count ?? 0;
  }

  /** Slots over arrays of a prebuilt index; undefined when they do not fit together. */
  static fromArrays(arrays: SlotArrays): HashSlots | undefined {
    const n = arrays.k1.length;
    if (n < 16 || (n & (n - 1)) !== 0) return undefined;
    if ([arrays.k2, arrays.used, arrays.value, arrays.flags, arrays.shape].some((a) => a.length !== n)) return undefined;
    return new HashSlots(0, arrays);
  }

  /** The arrays, for a prebuilt index. */
  arrays(): SlotArrays {
    return { k1: this.k1, k2: this.k2, used: this.used, value: this.value, flags: this.flags, shape: this.shape, count: this.count };
  }

  /**
   * Recent answers of findRecent, three numbers each (h1, h2, answer), placed by a hash of h1 and h2; made on first use,
   * dropped when a key is added.
   */
  private recent: Int32Array | undefined;

  /**
   * find, through the answers it gave last: a scan asks for the same few keys again and again ("in", "NAD", "in the"),
   * and each probe of the table, megabytes large, is a cache miss. The same (h1, h2) has the same answer while no key
   * is added, so this answers as find does.
   */
  findRecent(h1: number, h2: number): number {
    let recent = this.recent;
    if (!recent) this.recent = recent = new Int32Array(3 << RECENT_BITS).fill(NO_ANSWER);
    const at = 3 * (Math.imul(h1 ^ Math.imul(h2, 0x85ebca6b), 0x9e3779b1) >>> (32 - RECENT_BITS));
    const known = recent[at + 2] ?? NO_ANSWER;
    if (known !== NO_ANSWER && recent[at] === h1 && recent[at + 1] === h2) return known;
    const slot = this.find(h1, h2);
    recent[at] = h1;
    recent[at + 1] = h2;
    recent[at + 2] = slot;
    return slot;
  }

  /** The slot of a key, or -1. */
  find(h1: number, h2: number): number {
    let s = (h1 ^ (h2 >>> 7)) & this.mask;
    while (this.used[s] === 1) {
      if (this.k1[s] === h1 && this.k2[s] === h2) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** Adds a key; returns its slot, or -1 when it is there already (the first one keeps it). */
  add(h1: number, h2: number): number {
    this.recent = undefined;
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let s = (h1 ^ (h2 >>> 7)) & this.mask;
    while (this.used[s] === 1) {
      if (this.k1[s] === h1 && this.k2[s] === h2) return -1;
      s = (s + 1) & this.mask;
    }
    this.used[s] = 1;
    this.k1[s] = h1;
    this.k2[s] = h2;
    this.count++;
    return s;
  }

  private grow(): void {
    const old = { k1: this.k1, k2: this.k2, used: this.used, value: this.value, flags: this.flags, shape: this.shape };
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.k1 = new Int32Array(capacity);
    this.k2 = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    (this as { value: Int32Array }).value = new Int32Array(capacity);
    (this as { flags: Uint8Array }).flags = new Uint8Array(capacity);
    (this as { shape: Int32Array }).shape = new Int32Array(capacity);
    this.count = 0;
    for (let s = 0; s < old.used.length; s++) {
      if (old.used[s] !== 1) continue;
      const t = this.add(old.k1[s] ?? 0, old.k2[s] ?? 0);
      this.value[t] = old.value[s] ?? 0;
      this.flags[t] = old.flags[s] ?? 0;
      this.shape[t] = old.shape[s] ?? 0;
    }
  }
}
