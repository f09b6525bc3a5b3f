// Every term of a lexicon sorted by its folded text, for completion and workspace symbols: a prefix query is a binary
// search plus a walk over the matches, so it stays fast with the full gene table (~137,000 terms). Built on first use,
// once per lexicon (a new lexicon after a profile reload gets a new index).
import { foldedTerm } from '../matcher/chars';
import type { Entity, Lexicon, Term, TermList } from '../types';
import { runToEnd } from '../steps';
import { partitionPoint } from '../text/search';

export interface TermHit {
  term: Term;
  entity: Entity;
  /** The term's folded text (lower case, typographic variants made plain). */
  key: string;
}

const cache = new WeakMap<Lexicon, TermIndex>();
/** Builds under way (`prepare`), so a request that needs the index meanwhile finishes the same build. */
const building = new WeakMap<Lexicon, Generator<void, TermIndex>>();

/** Terms folded, sorted or merged between two steps of `prepare`: a step takes a few milliseconds. */
const STEP = 4096;

export class TermIndex {
  /** The index of a lexicon: built now if no build has finished (or finishing the one under way). */
  static of(lexicon: Lexicon): TermIndex {
    const index = cache.get(lexicon);
    if (index) return index;
    return runToEnd(building.get(lexicon) ?? build(lexicon));
  }

  /** Builds the index in steps (a host runs one per turn of its event loop, so requests are answered between). */
  static *prepare(lexicon: Lexicon): Generator<void, void> {
    if (cache.has(lexicon)) return;
    const steps = building.get(lexicon) ?? build(lexicon);
    building.set(lexicon, steps);
    while (!steps.next().done) yield;
  }

  constructor(
    private readonly lexicon: Lexicon,
    /** The lexicon's terms by position (Lexicon.termListInSteps): the terms are made only for the hits. */
    private readonly list: TermList,
    /** Folded text of each term, parallel to the list. */
    private readonly keys: string[],
    /** Term indices sorted by key. */
    private readonly order: Int32Array,
  ) {}

  get size(): number {
    return this.order.length;
  }

  /** Terms whose folded text starts with the folded `prefix`, in key order, at most `limit` of them. */
  withPrefix(prefix: string, limit: number): TermHit[] {
    const wanted = foldedTerm(prefix);
    const out: TermHit[] = [];
    if (!wanted) return out;
    for (let i = this.lowerBound(wanted); i < this.order.length && out.length < limit; i++) {
      const hit = this.hit(i);
      if (!hit) continue;
      if (!hit.key.startsWith(wanted)) break;
      out.push(hit);
    }
    return out;
  }

  /** Terms whose folded text contains the folded `part` (not only at the start), at most `limit`: a linear scan. */
  containing(part: string, limit: number): TermHit[] {
    const wanted = foldedTerm(part);
    const out: TermHit[] = [];
    if (!wanted) return out;
    for (let i = 0; i < this.keys.length && out.length < limit; i++) {
      const key = this.keys[i] ?? '';
      if (key.length <= wanted.length || !key.includes(wanted, 1)) continue;
      const term = this.list.at(i);
      const entity = term && this.lexicon.get(term.entityId);
      if (term && entity) out.push({ term, entity, key });
    }
    return out;
  }

  private hit(i: number): TermHit | undefined {
    const t = this.order[i] ?? -1;
    const term = this.list.at(t);
    const entity = term && this.lexicon.get(term.entityId);
    return term && entity ? { term, entity, key: this.keys[t] ?? '' } : undefined;
  }

  private lowerBound(key: string): number {
    return partitionPoint(0, this.order.length, (i) => (this.keys[this.order[i] ?? 0] ?? '') >= key);
  }
}

/** The steps of building a lexicon's index: fold the terms, sort runs of them, merge the runs. Stores the result. */
function* build(lexicon: Lexicon): Generator<void, TermIndex> {
  const list = yield* lexicon.termListInSteps();
  yield;
  const keys: string[] = new Array<string>(list.length);
  let i = 0;
  let text: string | undefined;
  for (const next of list.texts()) {
    // A text with several terms (an alias of several genes) comes once per term: folded once.
    keys[i] = next === text ? (keys[i - 1] ?? '') : foldedTerm(next);
    text = next;
    if (i % STEP === STEP - 1) yield;
    i++;
  }
  // Ties broken by term index: a total order, so sorting runs and merging them equals sorting all at once.
  const before = (a: number, b: number): boolean => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb || (ka === kb && a < b);
  };
  // A plain array sorts faster than a typed one with a comparator (V8); stored typed, it takes a quarter of the memory.
  let runs: number[][] = [];
  for (let from = 0; from < list.length; from += STEP) {
    const run = Array.from({ length: Math.min(STEP, list.length - from) }, (_, k) => from + k);
    run.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    runs.push(run);
    yield;
  }
  while (runs.length > 1) {
    const merged: number[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const x = runs[r] ?? [];
      const y = runs[r + 1];
      merged.push(y ? yield* merge(x, y, before) : x);
      yield;
    }
    runs = merged;
  }
  const index = new TermIndex(lexicon, list, keys, Int32Array.from(runs[0] ?? []));
  cache.set(lexicon, index);
  building.delete(lexicon);
  return index;
}

/** Merges two sorted runs, yielding after each STEP taken (the last merges hold every term). */
function* merge(x: readonly number[], y: readonly number[], before: (a: number, b: number) => boolean): Generator<void, number[]> {
  const out = new Array<number>(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] ?? 0;
    const b = y[j] ?? 0;
    if (before(b, a)) {
      out[k++] = b;
      j++;
    } else {
      out[k++] = a;
      i++;
    }
    if (k % STEP === 0) yield;
  }
  while (i < x.length) out[k++] = x[i++] ?? 0;
  while (j < y.length) out[k++] = y[j++] ?? 0;
  return out;
}
