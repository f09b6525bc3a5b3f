// The analysis's lists kept in place across edits: a window's items swapped for fresh ones, the items after it moved
// (mentions only when next read: DeferredSpans), findings' and hints' fixes and ranges moved with them. A keystroke in
// a large document must not copy or allocate per item.
import type { Range } from 'vscode-languageserver-types';
import { partitionPoint } from '../text/search';
import type { Fix, Mention } from '../types';

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
function lowerBound(items: readonly { start: number }[], offset: number): number {
  return partitionPoint(0, items.length, (i) => (items[i]?.start ?? 0) >= offset);
}

/**
 * Replaces, in a list sorted by start, the items that start in [a, oldB) with the fresh ones, and returns the index
 * of the first item after them (the tail, still in the old offsets). The list is changed in place: a keystroke in a
 * large document must not copy or allocate per mention.
 */
export function spliceInPlace<T extends { start: number }>(items: T[], a: number, oldB: number, fresh: readonly T[]): number {
  const head = lowerBound(items, a);
  let tail = head;
  while (tail < items.length && (items[tail]?.start ?? 0) < oldB) tail++;
  replaceRange(items, head, tail, fresh);
  return head + fresh.length;
}

/** Replaces items[head, tail) with `fresh`, in place (not spreading many items as arguments: a list has a limit). */
function replaceRange<T>(items: T[], head: number, tail: number, fresh: readonly T[]): void {
  if (fresh.length <= 10_000) {
    items.splice(head, tail - head, ...fresh);
    return;
  }
  const rest = items.splice(head);
  for (const item of fresh) items.push(item);
  for (let k = tail - head; k < rest.length; k++) items.push(rest[k] as T);
}

/** Moves spans (mentions, regions) from index `from` (up to `to`) by `by` code units, in place. */
export function moveSpans(items: readonly { start: number; end: number }[], from: number, by: number, to = items.length): void {
  if (by === 0) return;
  for (let i = from; i < to; i++) {
    const item = items[i];
    if (!item) continue;
    item.start += by;
    item.end += by;
  }
}

/** Moves findings or hints from index `from` on by `by` code units and `lines` lines, in place. */
export function moveNotes(items: readonly { start: number; end: number; fixes: Fix[]; range?: Range }[], from: number, by: number, lines: number): void {
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (item) moveNote(item, by, lines);
  }
}

/** Moves a finding or hint by `by` code units and `lines` lines (its range, when it has one), in place. */
export function moveNote(note: { start: number; end: number; fixes: Fix[]; range?: Range }, by: number, lines: number): void {
  if (by !== 0) {
    note.start += by;
    note.end += by;
    for (const fix of note.fixes) {
      for (const e of fix.edits) {
        e.start += by;
        e.end += by;
      }
    }
  }
  if (lines !== 0 && note.range) {
    note.range.start.line += lines;
    note.range.end.line += lines;
  }
}

/** A copy of a mention moved by `by`. */
export function shiftMention(m: Mention, by: number): Mention {
  return { ...m, start: m.start + by, end: m.end + by };
}

/**
 * A list of spans sorted by start (a document's mentions) whose tail is moved only when read: a keystroke moves every
 * span after it, and moving tens of thousands per keystroke costs more than the rest of the edit. Items from index
 * `from` on are still to be moved by `by`; typing on in the same paragraph only adds to `by`.
 */
export class DeferredSpans<T extends { start: number; end: number }> {
  private from = Infinity;
  private by = 0;

  constructor(private readonly items: T[]) {}

  /** The list, every span in place. */
  settled(): T[] {
    if (this.by !== 0) moveSpans(this.items, this.from, this.by);
    this.from = Infinity;
    this.by = 0;
    return this.items;
  }

  /** Empties the list (its analysis is gone), after handing its items, wherever they are, to `keep`. */
  release(keep: (items: readonly T[]) => void): void {
    keep(this.items);
    this.items.length = 0;
    this.from = Infinity;
    this.by = 0;
  }

  /**
   * Replaces the spans that start in [a, oldB) of the text before an edit with `fresh` (in the text after it), and
   * leaves the spans after them to be moved by `delta`.
   */
  splice(a: number, oldB: number, fresh: readonly T[], delta: number): void {
    const { items, from, by } = this;
    const head = partitionPoint(0, items.length, (i) => (items[i]?.start ?? 0) + (i >= from ? by : 0) >= a);
    let tail = head;
    while (tail < items.length && (items[tail]?.start ?? 0) + (tail >= from ? by : 0) < oldB) tail++;
    // What lies before the window and is still to move, moves now (once: a later edit elsewhere).
    if (this.from < head) {
      moveSpans(items, this.from, this.by, head);
      this.from = head;
    }
    // Where the spans still to move by `by` will be once the window's spans are swapped.
    const pending = this.by === 0 ? Infinity : Math.max(this.from, tail) - (tail - head) + fresh.length;
    replaceRange(items, head, tail, fresh);
    const after = head + fresh.length;
    if (pending === Infinity) {
      this.from = after;
      this.by = delta;
    } else {
      if (pending > after) moveSpans(items, after, delta, pending);
      this.from = pending;
      this.by += delta;
    }
  }
}
