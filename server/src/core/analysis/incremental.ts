// Incremental analysis: after an edit, only the paragraphs around the change are analysed again and spliced into the
// previous analysis, everything after them shifted. Sound because nothing the analysis finds crosses a paragraph
// boundary chosen here: a position after a blank line, at a line neither empty nor indented, outside every region of
// the previous analysis (so no code block, comment or front matter spans it). Where that cannot be guaranteed (a fence
// opened and not closed inside the window, the LaTeX document environment edited), the caller analyses it all.
// test/unit/incremental.test.ts checks the result against a full analysis over random edit sequences.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditableDocument, textOf } from '../document/editableDocument';
import type { TextSource } from '../document/pieceText';
import { regionIndexAt, type TextRegion } from '../markup/regions';
import type { Range } from 'vscode-languageserver-types';
import type { Fix, Mention } from '../types';
import { partitionPoint } from '../text/search';

/** text[start, end) of the text before this edit became `length` code units. */
export interface Edit {
  start: number;
  end: number;
  length: number;
}

/** Edits that could change the document's structure beyond any paragraph: analyse it all. */
const GLOBAL_STRUCTURE = /\\(?:begin|end)\s*\{document\}|\\documentclass/;
/**
 * Applies the changes one by one (as TextDocument.update does at once) and returns the edits in order, each in the
 * coordinates of the text before it; undefined when one replaced the whole text or touched global structure.
 */
export function applyChanges(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): Edit[] | undefined {
  let edits: Edit[] | undefined = [];
  for (const change of changes) {
    if ('range' in change && change.range) {
      const start = doc.offsetAt(change.range.start);
      const end = Math.max(start, doc.offsetAt(change.range.end));
      // A position the document cannot place (a client's NaN): what the edit did is unknown, analyse it all.
      if (!Number.isInteger(start) || !Number.isInteger(end)) edits = undefined;
      const removed = textOf(doc).slice(start, end);
      if (GLOBAL_STRUCTURE.test(removed) || GLOBAL_STRUCTURE.test(change.text)) edits = undefined;
      edits?.push({ start, end, length: change.text.length });
    } else {
      edits = undefined;
    }
    if (doc instanceof EditableDocument) doc.update([change], version);
    else TextDocument.update(doc, [change], version);
  }
  return edits;
}

/** The changed window [start, end) in the new text, and the change in length, of a sequence of edits. */
export function changedWindow(edits: readonly Edit[]): { start: number; end: number; delta: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  let delta = 0;
  for (const e of edits) {
    const d = e.length - (e.end - e.start);
    if (start <= end) {
      const s = start < e.start ? start : start >= e.end ? start + d : e.start;
      const t = end <= e.start ? end : end >= e.end ? end + d : e.start + e.length;
      start = s;
      end = t;
    }
    start = Math.min(start, e.start);
    end = Math.max(end, e.start + e.length);
    delta += d;
  }
  return start <= end ? { start, end, delta } : undefined;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** Whether a paragraph may start at p in `text`: after a blank line, at a line neither empty nor indented. */
function paragraphStart(text: TextSource, p: number): boolean {
  if (p === 0) return true;
  if (p > text.length || text.charCodeAt(p - 1) !== 10) return false;
  // Not at an indented line, nor at an empty one: what follows an empty line may be indented, and an indented line
  // reads differently after a list item (its continuation) than at the start of a text (code).
  const c = text.charCodeAt(p);
  if (p < text.length && (isBlank(c) || c === 10)) return false;
  // Front matter and thematic breaks are read differently at the start of a text.
  if (text.startsWith('---', p) || text.startsWith('+++', p)) return false;
  let j = p - 2;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  return j < 0 || text.charCodeAt(j) === 10;
}

/**
 * The paragraph-aligned window [a, b) of the new text to analyse again, given the changed window, the old text and the
 * previous analysis's regions (in the old text's coordinates).
 */
export function paragraphWindow(
  text: TextSource,
  changed: { start: number; end: number; delta: number },
  oldText: TextSource,
  oldRegions: readonly TextRegion[],
): { a: number; b: number } {
  const outside = (old: number): boolean => regionIndexAt(oldRegions, old) < 0 && (old === 0 || regionIndexAt(oldRegions, old - 1) < 0);
  // After the change, the boundary must have been one in the old text too: what follows keeps its lines' starts.
  const after = (b: number): boolean => paragraphStart(text, b) && paragraphStart(oldText, b - changed.delta) && outside(b - changed.delta);
  // Before the change, old and new offsets agree.
  let a = text.lastIndexOf('\n', Math.min(changed.start, text.length) - 1) + 1;
  while (a > 0 && !(paragraphStart(text, a) && outside(a))) a = a >= 2 ? text.lastIndexOf('\n', a - 2) + 1 : 0;
  let b = Math.max(changed.end, a);
  if (b > 0 && b < text.length && text.charCodeAt(b - 1) !== 10) b = text.indexOf('\n', b) + 1 || text.length;
  while (b < text.length && !after(b)) b = text.indexOf('\n', b) + 1 || text.length;
  return { a, b: Math.min(b, text.length) };
}

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
