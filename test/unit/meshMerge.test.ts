// mergeMesh (core/matcher/meshScan.ts) merges the table's matches into the main scan's mentions in place: the same
// list, in the same order, as a plain merge into a new array, whatever the spare room of the list and however many
// mentions a match replaces.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMesh, type MeshMatch } from '../../server/src/core/matcher/meshScan';

interface Span {
  start: number;
  end: number;
  kind: string;
  known: boolean;
}

/** The merge as a new array (the rule, written plainly). */
function reference(existing: readonly Span[], matches: readonly MeshMatch[], make: (m: MeshMatch) => Span): Span[] {
  const out: Span[] = [];
  let e = 0;
  for (const m of matches) {
    while (e < existing.length && (existing[e]?.end ?? 0) <= m.start) out.push(existing[e++] as Span);
    let k = e;
    let replace = true;
    while (k < existing.length && (existing[k]?.start ?? 0) < m.end) {
      const x = existing[k] as Span;
      const replaceable = x.kind === 'gene' ? !x.known : m.disease === true && (x.kind === 'chemical' || x.kind === 'hormone');
      if (x.start < m.start || x.end > m.end || (x.end - x.start === m.end - m.start && !m.defined) || !replaceable) replace = false;
      k++;
    }
    if (k === e || replace) {
      e = k;
      out.push(make(m));
    }
  }
  while (e < existing.length) out.push(existing[e++] as Span);
  return out;
}

/** A seeded generator: the same cases on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Sorted, non-overlapping spans of one to four units with gaps of zero to three. */
function spans<T>(next: () => number, n: number, of: (start: number, end: number) => T): T[] {
  const out: T[] = [];
  let at = 0;
  for (let k = 0; k < n; k++) {
    const start = at + Math.floor(next() * 4);
    const end = start + 1 + Math.floor(next() * 4);
    out.push(of(start, end));
    at = end;
  }
  return out;
}

const KINDS = ['gene', 'gene', 'chemical', 'hormone', 'disease'];

describe('mergeMesh', () => {
  it('gives the plain merge, in order, with and without spare room', () => {
    const next = rng(7);
    for (let round = 0; round < 400; round++) {
      const existing = spans(next, Math.floor(next() * 30), (start, end): Span => ({ start, end, kind: KINDS[Math.floor(next() * KINDS.length)] ?? 'gene', known: next() < 0.5 }));
      // Matches: sorted, non-overlapping, some long enough to cover several mentions.
      const matches: MeshMatch[] = [];
      let at = 0;
      const n = Math.floor(next() * 12);
      for (let k = 0; k < n; k++) {
        const start = at + Math.floor(next() * 6);
        const end = start + 1 + Math.floor(next() * 12);
        matches.push({ start, end, entry: k, defined: next() < 0.2 || undefined, disease: next() < 0.4 });
        at = end;
      }
      const make = (m: MeshMatch): Span => ({ start: m.start, end: m.end, kind: 'chemical', known: false });
      const expected = reference(existing, matches, make);
      const roomy = new Array<Span>(existing.length + matches.length);
      existing.forEach((x, k) => (roomy[k] = x));
      roomy.length = existing.length;
      for (const list of [[...existing], roomy]) {
        const calls: number[] = [];
        const merged = mergeMesh(list, matches, (m) => {
          calls.push(m.entry);
          return make(m);
        });
        assert.equal(merged, list, 'merged in place');
        assert.deepEqual(merged, expected, `round ${round}`);
        assert.deepEqual(calls, [...calls].sort((a, b) => a - b), 'make is called in order');
      }
    }
  });

  it('lets a disease name replace several table genes inside it', () => {
    const existing: Span[] = [
      { start: 0, end: 3, kind: 'gene', known: true },
      { start: 10, end: 13, kind: 'gene', known: false },
      { start: 14, end: 24, kind: 'gene', known: false },
      { start: 30, end: 33, kind: 'chemical', known: true },
    ];
    const merged = mergeMesh(existing, [{ start: 10, end: 32, entry: 1 }, { start: 40, end: 45, entry: 2 }], (m) => ({ start: m.start, end: m.end, kind: 'disease', known: false }));
    assert.deepEqual(merged.map((m) => [m.start, m.kind]), [[0, 'gene'], [10, 'gene'], [14, 'gene'], [30, 'chemical'], [40, 'disease']]);
    const replaced = mergeMesh([...existing.slice(0, 3)], [{ start: 10, end: 24, entry: 1 }], (m) => ({ start: m.start, end: m.end, kind: 'disease', known: false }));
    assert.deepEqual(replaced.map((m) => [m.start, m.end, m.kind]), [[0, 3, 'gene'], [10, 24, 'disease']]);
  });
});
