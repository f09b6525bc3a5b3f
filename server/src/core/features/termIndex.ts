// Every term of a lexicon sorted by its folded text, for completion and workspace symbols: a prefix query is a binary
// search plus a walk over the matches, so it stays fast with the full gene table (~137,000 terms). Built on first use,
// once per lexicon (a new lexicon after a profile reload gets a new index).
import { foldedTerm } from '../matcher/chars';
import type { Entity, Lexicon, Term } from '../types';

export interface TermHit {
  term: Term;
  entity: Entity;
  /** The term's folded text (lower case, typographic variants made plain). */
  key: string;
}

const cache = new WeakMap<Lexicon, TermIndex>();

export class TermIndex {
  /** Folded text of each term, parallel to lexicon.terms. */
  private readonly keys: string[];
  /** Term indices sorted by key. */
  private readonly order: Int32Array;

  static of(lexicon: Lexicon): TermIndex {
    let index = cache.get(lexicon);
    if (!index) cache.set(lexicon, (index = new TermIndex(lexicon)));
    return index;
  }

  private constructor(private readonly lexicon: Lexicon) {
    const terms = lexicon.terms;
    this.keys = terms.map((t) => foldedTerm(t.text));
    const keys = this.keys;
    // A plain array sorts faster than a typed one with a comparator (V8); stored typed, it takes a quarter of the memory.
    const order = Array.from(terms.keys());
    order.sort((a, b) => {
      const ka = keys[a] ?? '';
      const kb = keys[b] ?? '';
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
    this.order = Int32Array.from(order);
  }

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
      const term = this.lexicon.terms[i];
      const entity = term && this.lexicon.get(term.entityId);
      if (term && entity) out.push({ term, entity, key });
    }
    return out;
  }

  private hit(i: number): TermHit | undefined {
    const t = this.order[i] ?? -1;
    const term = this.lexicon.terms[t];
    const entity = term && this.lexicon.get(term.entityId);
    return term && entity ? { term, entity, key: this.keys[t] ?? '' } : undefined;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keys[this.order[mid] ?? 0] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
