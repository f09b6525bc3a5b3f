// Diagnostics are made once per finding or hint and reused while its range and severity stay the same: after an
// edit the analyzer keeps the objects of the untouched paragraphs (shifting their offsets and, when lines were added
// or removed, their ranges in place), so a keystroke in a large document re-makes only the diagnostics it changed.
// The Diagnostic objects themselves are never changed once returned (a host may still be sending them).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';

const CACHED = Symbol('genelens.diagnostic');

interface Cached {
  diagnostic: Diagnostic;
  severity: DiagnosticSeverity;
  sl: number;
  sc: number;
  el: number;
  ec: number;
}

interface Item {
  start: number;
  end: number;
  range?: Range;
}

/** The item's range: the one the analyzer keeps current, or computed now and kept on the item from then on. */
export function rangeOf(item: Item, doc: TextDocument): Range {
  item.range ??= { start: doc.positionAt(item.start), end: doc.positionAt(item.end) };
  return item.range;
}

/** Makes the diagnostic of an item (one object per call of a provider, not a closure per item). */
export interface DiagnosticMaker<T extends Item> {
  make(item: T, range: Range, severity: DiagnosticSeverity): Diagnostic;
}

/** The diagnostic of `item` at `severity`: the cached one while nothing it shows changed, else `maker.make(...)`. */
export function cachedDiagnostic<T extends Item>(item: T, doc: TextDocument, severity: DiagnosticSeverity, maker: DiagnosticMaker<T>): Diagnostic {
  const range = rangeOf(item, doc);
  const holder = item as Item & { [CACHED]?: Cached };
  const cached = holder[CACHED];
  const { start, end } = range;
  if (
    cached &&
    cached.severity === severity &&
    cached.sl === start.line &&
    cached.sc === start.character &&
    cached.el === end.line &&
    cached.ec === end.character
  ) {
    return cached.diagnostic;
  }
  const fresh: Cached = {
    diagnostic: maker.make(item, { start: { ...start }, end: { ...end } }, severity),
    severity,
    sl: start.line,
    sc: start.character,
    el: end.line,
    ec: end.character,
  };
  if (cached) holder[CACHED] = fresh;
  else Object.defineProperty(holder, CACHED, { value: fresh, writable: true, enumerable: false });
  return fresh.diagnostic;
}
