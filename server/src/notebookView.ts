// One notebook as GeneLens reads it: its Markdown cells, in order, joined by a blank line into one Markdown document
// (under the notebook's URI), so a sentence never runs from one cell into the next while an abbreviation defined in
// one cell holds in the next. Code cells are left out: they are not prose. Each cell starts at a line of its own in
// the combined document, so a position maps between a cell and the whole by a line offset alone.
import { NotebookCellKind, type NotebookDocument, type Position, type Range } from 'vscode-languageserver';
import { EditableDocument } from './core';

/** Where a Markdown cell lies in the combined document: its first line and its number of lines. */
export interface CellSpan {
  uri: string;
  line: number;
  lines: number;
}

/** The text of a cell by its URI (the cell documents the notebook sync keeps). */
export type CellText = (uri: string) => string | undefined;

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export class NotebookView {
  private combined: EditableDocument | undefined;
  private spans: CellSpan[] = [];
  private version = 0;
  /** Cells diagnostics were published for last: each gets an empty list when it leaves. */
  published = new Set<string>();

  constructor(
    private notebook: NotebookDocument,
    private readonly cellText: CellText,
  ) {}

  get uri(): string {
    return this.notebook.uri;
  }

  /** The notebook or a cell's text changed: the combined document is made again when next read. */
  changed(notebook: NotebookDocument): void {
    this.notebook = notebook;
    this.combined = undefined;
  }

  /** The combined document of the Markdown cells (a new version after each change). */
  get document(): EditableDocument {
    if (this.combined) return this.combined;
    const parts: string[] = [];
    const spans: CellSpan[] = [];
    let line = 0;
    for (const cell of this.notebook.cells) {
      if (cell.kind !== NotebookCellKind.Markup) continue;
      const text = this.cellText(cell.document);
      if (text === undefined) continue;
      const lines = countLines(text);
      spans.push({ uri: cell.document, line, lines });
      parts.push(text);
      line += lines + 1;
    }
    this.spans = spans;
    this.combined = EditableDocument.create(this.notebook.uri, 'markdown', ++this.version, parts.join('\n\n'));
    return this.combined;
  }

  /** The Markdown cells, in order (after reading `document`). */
  get cells(): readonly CellSpan[] {
    void this.document;
    return this.spans;
  }

  span(cellUri: string): CellSpan | undefined {
    return this.cells.find((s) => s.uri === cellUri);
  }

  /** The cell holding a line of the combined document. */
  cellOfLine(line: number): CellSpan | undefined {
    return this.cells.find((s) => line >= s.line && line < s.line + s.lines);
  }

  /** A range of the combined document in its cell's lines, or undefined when it does not lie in one cell. */
  toCell(range: Range): { uri: string; range: Range } | undefined {
    const span = this.cellOfLine(range.start.line);
    if (!span || range.end.line >= span.line + span.lines) return undefined;
    return { uri: span.uri, range: shiftRange(range, -span.line) };
  }
}

export function shiftPosition(p: Position, lines: number): Position {
  return { line: p.line + lines, character: p.character };
}

export function shiftRange(r: Range, lines: number): Range {
  return { start: shiftPosition(r.start, lines), end: shiftPosition(r.end, lines) };
}
