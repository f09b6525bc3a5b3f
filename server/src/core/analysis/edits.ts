// The edits the host applies to a document, remembered in offsets: where the text changed since the last analysis,
// and whether an edit may have changed the document's structure beyond a paragraph (then it is analysed whole).
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditableDocument, textOf } from '../document/editableDocument';

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
