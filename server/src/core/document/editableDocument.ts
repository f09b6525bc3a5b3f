// The TextDocument the server keeps for each open document: the same interface and the same answers as
// vscode-languageserver-textdocument's, with the text held as a PieceText. An editor's keystroke then costs a few
// kilobytes of copying instead of the whole document (the library's TextDocument rebuilds one flat string per
// edit: about 7 ms for 1 MB here), and the analysis reads the changed paragraphs without joining the text at all.
// test/unit/editableDocument.test.ts checks it against the library's TextDocument over random edits.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { PieceText, PieceTextBuilder, type TextSource } from './pieceText';
import { lowerBound, upperBound } from '../text/search';

const CR = 13;
const LF = 10;

export class EditableDocument implements TextDocument {
  private content: PieceText;
  /** Offsets at which lines start: lineStarts[0] is 0. Kept current by each edit, never recomputed whole. */
  private lineStarts: number[];

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: PieceText,
    lineStarts: number[],
  ) {
    this.content = content;
    this.lineStarts = lineStarts;
  }

  static create(uri: string, languageId: string, version: number, text: string): EditableDocument {
    return new EditableDocument(uri, languageId, version, PieceText.of(text), lineStartsOf(text));
  }

  /** A document whose text came in pieces (a large didOpen read off the main thread): never joined here. */
  static assembled(uri: string, languageId: string, version: number, text: TextAssembly): EditableDocument {
    const { content, lineStarts } = text.finish();
    return new EditableDocument(uri, languageId, version, content, lineStarts);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** This version's text, immutable: reading it never joins the whole text unless asked to (toString). */
  get text(): PieceText {
    return this.content;
  }

  getText(range?: Range): string {
    if (!range) return this.content.toString();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? this.content.slice(a, b) : this.content.slice(b, a); // as String.prototype.substring
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const starts = this.lineStarts;
    const line = upperBound(starts, offset) - 1;
    const lineStart = starts[line] ?? 0;
    return { line, character: this.beforeEol(offset, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line >= starts.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line] ?? 0;
    if (position.character <= 0) return lineStart;
    const next = starts[position.line + 1] ?? this.content.length;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  /** The range of a line, without its end-of-line characters. */
  getLineRange(line: number): Range {
    const starts = this.lineStarts;
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - (starts[last] ?? 0) } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const lineStart = starts[line] ?? 0;
    const end = this.beforeEol(starts[line + 1] ?? this.content.length, lineStart);
    return { start: { line, character: 0 }, end: { line, character: end - lineStart } };
  }

  /** The end-of-line characters of a line ('' for the last line, or one out of range). */
  getEOLCharacters(line: number): string {
    const starts = this.lineStarts;
    if (line < 0 || line >= starts.length) return '';
    const next = starts[line + 1] ?? this.content.length;
    return this.content.slice(this.beforeEol(next, starts[line] ?? 0), next);
  }

  /** Applies changes in order, as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        let { start, end } = change.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
        this.replace(this.offsetAt(start), this.offsetAt(end), change.text);
      } else {
        this.content = PieceText.of(change.text);
        this.lineStarts = lineStartsOf(change.text);
      }
    }
    this.currentVersion = version;
  }

  private replace(start: number, end: number, inserted: string): void {
    const delta = inserted.length - (end - start);
    this.content = this.content.edit(start, end, inserted);
    // Line starts that can change lie in [start, end + 1] before the edit (a CR and LF may join or part at either
    // edge); those after it move by delta. The new ones are read from the edited text.
    const starts = this.lineStarts;
    const first = lowerBound(starts, Math.max(start, 1));
    const after = lowerBound(starts, end + 2);
    const fresh = lineStartsIn(this.content, Math.max(start, 1), Math.min(start + inserted.length + 1, this.content.length), []);
    if (delta !== 0) for (let i = after; i < starts.length; i++) starts[i] = (starts[i] ?? 0) + delta;
    if (fresh.length <= 10_000) starts.splice(first, after - first, ...fresh);
    else this.lineStarts = starts.slice(0, first).concat(fresh, starts.slice(after));
  }

  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The text of a document as the analysis reads it: its PieceText when it has one, else its string. */
export function textOf(document: TextDocument): TextSource {
  return document instanceof EditableDocument ? document.text : document.getText();
}

function isEol(c: number): boolean {
  return c === CR || c === LF;
}

/**
 * The offsets at which the lines of a whole text start, as lineStartsIn(text, 1, length, [0]) finds them, by indexOf
 * (a 10 MB document opens without a call per character: its line starts were the longest step of its didOpen).
 */
function lineStartsOf(text: string): number[] {
  return appendLineStarts(text, 0, [0]);
}

/**
 * Appends to `out` the line starts in `text`, shifted by `base`. A CR at the text's end counts as a line end: a caller
 * reading pieces checks that the next piece does not start with its LF.
 */
function appendLineStarts(text: string, base: number, out: number[]): number[] {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (text.charCodeAt(cr + 1) !== LF) out.push(base + cr + 1); // a CR LF pair: its LF starts the line
      cr = text.indexOf('\r', cr + 1);
    } else {
      out.push(base + lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return out;
}

/**
 * A document's text taken in pieces, each read as it comes (its chunks and line starts), so that no step reads the
 * whole text and the text is never joined into one string: the host feeds it a large didOpen's text over several turns
 * of its event loop (server/src/workerReader.ts). The document it makes equals EditableDocument.create's on the joined
 * text (test/unit/editableDocument.test.ts).
 */
export class TextAssembly {
  private readonly pieces = new PieceTextBuilder();
  private readonly lineStarts = [0];
  private length = 0;

  /** Adds the next piece of the text. */
  add(piece: string): void {
    if (piece.length === 0) return;
    const starts = this.lineStarts;
    // A CR that ended the last piece began no line if this piece starts with its LF.
    if (this.length > 0 && starts[starts.length - 1] === this.length && piece.charCodeAt(0) === LF && this.pieces.lastCode() === CR) starts.pop();
    appendLineStarts(piece, this.length, starts);
    this.pieces.add(piece);
    this.length += piece.length;
  }

  finish(): { content: PieceText; lineStarts: number[] } {
    return { content: this.pieces.finish(), lineStarts: this.lineStarts };
  }
}

/**
 * Appends to `out` the offsets p in [from, to] at which a line starts: after an LF, or after a CR that no LF follows
 * (a CR LF pair ends one line).
 */
function lineStartsIn(text: TextSource, from: number, to: number, out: number[]): number[] {
  for (let p = from; p <= to; p++) {
    const c = text.charCodeAt(p - 1);
    if (c === LF || (c === CR && text.charCodeAt(p) !== LF)) out.push(p);
  }
  return out;
}
