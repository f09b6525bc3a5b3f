// Findings of a sentence depend only on its text (as written and as masked) and its mentions (relative to its start):
// typing in one sentence re-reads that one only, and a document that repeats itself is judged once per distinct
// sentence. A sentence is looked up by a hash of a few of its characters, then compared whole; its mentions are
// compared one by one (no key string is built per sentence).
import type { Finding, Fix, Mention } from '../../types';
import type { Sentence } from './splitter';

const CACHE_LIMIT = 4000;
/** Sentences with the same hash are kept in a list up to this many, then by their text. */
const BUCKET_LIST = 8;

interface Entry {
  /** The sentence as written (a copy, not a slice of the document). */
  text: string;
  /** Per mention: start and end relative to the sentence. */
  offsets: number[];
  /** Per mention: entity id and kind. */
  names: string[];
  /** Findings relative to the sentence's start. */
  findings: Finding[];
}

type Bucket = Entry[] | Map<string, Entry[]>;

/** A hash of the text in [start, end): its length, 16 characters spread over it and the last 4. */
function hashSpan(text: string, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(length, 0x9e3779b1);
  const step = length > 16 ? length >> 4 : 1;
  for (let i = start; i < end; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(start, end - 4); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff; // a small integer: a cheaper key
}

/** A copy of a string that shares no memory with the text it was cut from. */
function detached(s: string): string {
  return `${s} `.slice(0, -1);
}

export class SentenceCache {
  /** Sentences whose masked text equals their text. */
  private readonly plain = new Map<number, Bucket>();
  /** Sentences that lose something to masking, by text, NUL, masked text. */
  private readonly masked = new Map<string, Entry[]>();
  private size = 0;
  /** Set by a `get` that found nothing: where `set` stores the findings (`pendingKey` for a masked sentence). */
  private pending = false;
  private pendingHash = 0;
  private pendingKey: string | undefined;

  /**
   * The cached findings (relative to the sentence's start) of a sentence, or undefined (then `set` them). `blanked` is
   * the sentence's masked text when a blanked region may overlap it, else undefined (the sentence reads as written).
   * The sentence's mentions are `sorted[from, to)`.
   */
  get(text: string, blanked: string | undefined, start: number, end: number, sorted: readonly Mention[], from: number, to: number): Finding[] | undefined {
    let list: Entry[] | undefined;
    if (blanked !== undefined && !text.startsWith(blanked, start)) {
      const key = `${text.slice(start, end)}\u0000${blanked}`;
      list = this.masked.get(key);
      this.pendingKey = key;
    } else {
      const hash = hashSpan(text, start, end);
      const bucket = this.plain.get(hash);
      list = bucket === undefined || Array.isArray(bucket) ? bucket : bucket.get(text.slice(start, end));
      this.pendingHash = hash;
      this.pendingKey = undefined;
    }
    this.pending = true;
    if (list) {
      for (const entry of list) {
        if (entry.text.length === end - start && entry.text === text.slice(start, end) && sameMentions(entry, sorted, from, to, start)) {
          this.pending = false;
          return entry.findings;
        }
      }
    }
    return undefined;
  }

  /** Stores the findings of the sentence `get` last missed, moved to be relative to its start; returns them. */
  set(text: string, sentence: Sentence, inside: readonly Mention[], found: readonly Finding[]): Finding[] {
    const { start, end } = sentence;
    const findings = found.map((f) => shift(f, 0 - start)); // 0 - 0 is 0, not -0
    if (!this.pending) return findings;
    this.pending = false;
    const hash = this.pendingHash;
    const key = this.pendingKey;
    if (this.size >= CACHE_LIMIT) {
      this.plain.clear();
      this.masked.clear();
      this.size = 0;
    }
    const offsets: number[] = [];
    const names: string[] = [];
    for (const m of inside) {
      offsets.push(m.start - start, m.end - start);
      names.push(m.entityId, m.kind);
    }
    const entry: Entry = { text: detached(text.slice(start, end)), offsets, names, findings };
    this.size++;
    if (key !== undefined) {
      const list = this.masked.get(key);
      if (list) list.push(entry);
      else this.masked.set(key, [entry]);
      return findings;
    }
    const bucket = this.plain.get(hash);
    if (bucket === undefined) this.plain.set(hash, [entry]);
    else if (!Array.isArray(bucket)) add(bucket, entry);
    else if (bucket.length < BUCKET_LIST) bucket.push(entry);
    else {
      // Many sentences share the hash (they differ only where it does not look): keep them by their text instead.
      const byText = new Map<string, Entry[]>();
      for (const e of bucket) add(byText, e);
      add(byText, entry);
      this.plain.set(hash, byText);
    }
    return findings;
  }
}

function add(byText: Map<string, Entry[]>, entry: Entry): void {
  const list = byText.get(entry.text);
  if (list) list.push(entry);
  else byText.set(entry.text, [entry]);
}

/** Whether the entry's mentions are `sorted[from, to)`, placed alike relative to the sentence's start. */
function sameMentions(entry: Entry, sorted: readonly Mention[], from: number, to: number, start: number): boolean {
  if (entry.offsets.length !== 2 * (to - from)) return false;
  for (let i = 0; i < to - from; i++) {
    const m = sorted[from + i]!;
    if (entry.offsets[2 * i] !== m.start - start || entry.offsets[2 * i + 1] !== m.end - start) return false;
    if (entry.names[2 * i] !== m.entityId || entry.names[2 * i + 1] !== m.kind) return false;
  }
  return true;
}

/**
 * A finding (and its fixes) moved by `by`: a new object with the same fields in the same order (not its `range`, which
 * the analyzer sets). Built field by field rather than spread, so every copy has one of two shapes and the code that
 * makes them stays optimised. A field added to Finding, Fix or OffsetEdit must be added here.
 */
export function shift(f: Finding, by: number): Finding {
  const fixes = f.fixes.map((fix) => shiftFix(fix, by));
  const start = f.start + by;
  const end = f.end + by;
  return 'evidence' in f
    ? { code: f.code, start, end, message: f.message, evidence: f.evidence, fixes }
    : { code: f.code, start, end, message: f.message, fixes };
}

function shiftFix(fix: Fix, by: number): Fix {
  const edits = fix.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText }));
  return 'preferred' in fix ? { title: fix.title, edits, preferred: fix.preferred } : { title: fix.title, edits };
}
