// Jupyter notebooks (LSP 3.17 notebookDocument/* sync): the Markdown cells of each open notebook are kept by
// vscode-languageserver's NotebookDocuments, read as one combined document (notebookView.ts) and validated after a
// pause in typing like any document; the diagnostics are published per cell. Requests about a cell are answered on
// the combined document (notebookRequests.ts maps them). Code cells are not synced: they are not prose.
import { NotebookDocuments, type Connection, type Diagnostic } from 'vscode-languageserver';
import { EditableDocument, type LanguageService, type Settings } from './core';
import { Debouncer } from './debouncer';
import { isServedLanguage } from './documentFilter';
import { guard, type GuardLogger } from './guard';
import { NotebookView, shiftRange, type CellSpan } from './notebookView';

/** The notebooks GeneLens syncs: any notebook type, its Markdown cells only. */
export const NOTEBOOK_SYNC = { notebookSelector: [{ notebook: '*', cells: [{ language: 'markdown' }] }] };

export interface NotebookContext {
  connection: Connection;
  logger: GuardLogger;
  service(): LanguageService;
  ready(): Promise<void>;
  settings(uri: string): Promise<Settings>;
  delayMs: number;
}

/** A cell GeneLens serves: the notebook it belongs to and where it lies in the combined document. */
export interface CellTarget {
  view: NotebookView;
  span: CellSpan;
}

export class Notebooks {
  private readonly sync = new NotebookDocuments<EditableDocument>({
    create: (uri, languageId, version, text) => EditableDocument.create(uri, languageId, version, text),
    update: (document, changes, version) => {
      document.update(changes, version);
      return document;
    },
  });
  private readonly views = new Map<string, NotebookView>();
  private readonly timers = new Debouncer();

  constructor(private readonly ctx: NotebookContext) {
    const cellText = (uri: string) => this.sync.cellTextDocuments.get(uri)?.getText();
    this.sync.onDidOpen((notebook) => {
      this.views.set(notebook.uri, new NotebookView(notebook, cellText));
      this.schedule(notebook.uri, 0);
    });
    this.sync.onDidChange((event) => {
      this.views.get(event.notebookDocument.uri)?.changed(event.notebookDocument);
      this.schedule(event.notebookDocument.uri, ctx.delayMs);
    });
    this.sync.onDidClose((notebook) => this.closed(notebook.uri));
  }

  listen(connection: Connection): void {
    this.sync.listen(connection);
  }

  /** The combined document of a notebook, by the notebook's URI. */
  document(uri: string): EditableDocument | undefined {
    return this.views.get(uri)?.document;
  }

  /** The served cell with this URI, if it is a Markdown cell of an open notebook. */
  cell(uri: string): CellTarget | undefined {
    const notebook = this.sync.findNotebookDocumentForCell(uri);
    const view = notebook ? this.views.get(notebook.uri) : undefined;
    const span = view?.span(uri);
    return view && span ? { view, span } : undefined;
  }

  scheduleAll(): void {
    for (const uri of this.views.keys()) this.schedule(uri, 0);
  }

  dispose(): void {
    this.timers.dispose();
  }

  private schedule(uri: string, delayMs: number): void {
    this.timers.schedule(uri, delayMs, () => void guard(this.ctx.logger, `Diagnostics of ${uri}`, undefined, () => this.validate(uri)));
  }

  private async validate(uri: string): Promise<void> {
    await this.ctx.ready();
    const view = this.views.get(uri);
    if (!view) return;
    const settings = await this.ctx.settings(uri);
    const document = view.document;
    if (this.views.get(uri) !== view || view.document !== document) return; // changed or closed meanwhile
    const byCell = new Map<string, Diagnostic[]>(view.cells.map((s) => [s.uri, []]));
    if (isServedLanguage('markdown', settings)) {
      for (const diagnostic of this.ctx.service().getDiagnostics(document, settings)) {
        const span = view.cellOfLine(diagnostic.range.start.line);
        if (span) byCell.get(span.uri)?.push({ ...diagnostic, range: shiftRange(diagnostic.range, -span.line) });
      }
    }
    for (const gone of view.published) if (!byCell.has(gone)) byCell.set(gone, []);
    view.published = new Set(view.cells.map((s) => s.uri));
    for (const [cellUri, diagnostics] of byCell) void this.ctx.connection.sendDiagnostics({ uri: cellUri, diagnostics });
  }

  private closed(uri: string): void {
    this.timers.cancel(uri);
    const view = this.views.get(uri);
    this.views.delete(uri);
    this.ctx.service().forget(uri);
    for (const cellUri of view?.published ?? []) void this.ctx.connection.sendDiagnostics({ uri: cellUri, diagnostics: [] });
  }
}
