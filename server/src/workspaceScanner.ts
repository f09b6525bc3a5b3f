// Feeds the core's workspace index with the files of the workspace folders, for Find All References: on start and
// after every profile reload (a new lexicon needs a new index) it walks the folders in the background, reading the
// files of the served languages in small batches and yielding to the event loop (setImmediate) between them, so
// requests are answered while it runs; the client sees LSP work-done progress when it supports it. Afterwards it
// keeps the index current from file watcher events. Open documents are the editor's: the server indexes them as it
// validates them, and the scanner leaves them alone until they are closed.
import { promises as fsp } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type Disposable, type FileEvent } from 'vscode-languageserver/node';
import type { LanguageService, Logger } from './core';
import { canonicalLanguageId } from './documentFilter';
import { isInside, uriToPath } from './profileStore';
import type { SettingsCache } from './settingsCache';

/** File extensions of each language GeneLens can serve. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  plaintext: ['txt', 'text'],
  latex: ['tex', 'ltx'],
  quarto: ['qmd'],
  rmd: ['rmd'],
};
const SKIP_DIRS = new Set(['node_modules', 'bower_components', 'out', 'dist', '__pycache__']);
const skippedFolder = (name: string): boolean => name.startsWith('.') || SKIP_DIRS.has(name);
/** Bounds on what a scan reads: files larger than this are skipped, and at most MAX_FILES files are indexed. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_FILES = 50_000;
const BATCH = 32;
const PROGRESS_AFTER_FILES = 200;

export interface ScannerOptions {
  /** The client can register file watchers dynamically. */
  watchFiles: boolean;
  /** The client shows window/workDoneProgress. */
  progress: boolean;
}

export class WorkspaceScanner {
  folders: string[] = [];
  private options: ScannerOptions = { watchFiles: false, progress: false };
  private indexed: LanguageService | undefined;
  private scannedKey = '';
  private generation = 0;
  private extensions = new Set<string>();
  private registration: Disposable | undefined;
  private watchedKey = '';
  /** File path -> the URI it was indexed under from disk. */
  private readonly fromDisk = new Map<string, string>();
  /** Settles when the current scan has finished. */
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly service: () => LanguageService,
    private readonly settings: () => SettingsCache,
    private readonly logger: Logger,
    /** File paths of the documents open in the editor. */
    private readonly openPaths: () => Set<string>,
  ) {}

  configure(options: ScannerOptions, folders: string[]): void {
    this.options = options;
    this.folders = folders;
  }

  /** Scans again when the service (so the lexicon), the folders or the served languages changed. */
  async sync(): Promise<void> {
    const languages = (await this.settings().get(undefined)).languages.map(canonicalLanguageId);
    this.extensions = new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []));
    const key = `${[...this.extensions].sort().join(',')}\n${this.folders.join('\n')}`;
    await this.watch().catch((e: unknown) => this.logger.error(`Could not watch the workspace's files: ${String(e)}`));
    if (this.indexed === this.service() && key === this.scannedKey) return;
    this.scannedKey = key;
    this.done = this.scan();
    return this.done;
  }

  /** File watcher events: index created and changed files, forget deleted ones (open documents excepted). */
  async onWatchedFiles(changes: readonly FileEvent[]): Promise<void> {
    const open = this.openPaths();
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (file === undefined || !this.wants(file) || open.has(path.resolve(file))) continue;
      if (change.type === FileChangeType.Deleted) this.forget(file);
      else await this.indexFile(path.resolve(file), this.service());
    }
  }

  /** A document was opened: the editor's copy replaces the one read from disk (which may have another URI). */
  opened(uri: string): void {
    const file = uriToPath(uri);
    const diskUri = file === undefined ? undefined : this.fromDisk.get(path.resolve(file));
    if (diskUri !== undefined && diskUri !== uri) this.service().unindex(diskUri);
  }

  /** A document was closed: forget the editor's copy and index the file as it is on disk, if it is the workspace's. */
  async closed(uri: string): Promise<void> {
    const service = this.service();
    service.unindex(uri);
    const file = uriToPath(uri);
    if (file !== undefined && this.wants(file)) await this.indexFile(path.resolve(file), service);
  }

  dispose(): void {
    this.generation++;
    this.registration?.dispose();
  }

  /** A file of a served language in a workspace folder, not under a folder the walk skips (node_modules, dot-folders). */
  private wants(file: string): boolean {
    const ext = path.extname(file).slice(1).toLowerCase();
    if (!this.extensions.has(ext)) return false;
    const folder = this.folders.find((f) => isInside(f, file));
    if (folder === undefined) return false;
    const parts = path.relative(folder, file).split(path.sep);
    return !parts.slice(0, -1).some(skippedFolder);
  }

  private forget(file: string): void {
    const resolved = path.resolve(file);
    const uri = this.fromDisk.get(resolved);
    if (uri !== undefined) this.service().unindex(uri);
    this.fromDisk.delete(resolved);
  }

  private async scan(): Promise<void> {
    const generation = ++this.generation;
    const service = this.service();
    this.indexed = service;
    this.fromDisk.clear();
    const started = Date.now();
    const files: string[] = [];
    for (const folder of this.folders) await this.walk(folder, files, generation);
    if (generation !== this.generation) return;
    if (files.length >= MAX_FILES) this.logger.error(`The workspace holds more than ${MAX_FILES} files GeneLens reads; only the first ${MAX_FILES} are indexed for references.`);
    const progress =
      this.options.progress && files.length >= PROGRESS_AFTER_FILES
        ? await this.connection.window.createWorkDoneProgress().catch(() => undefined)
        : undefined;
    progress?.begin('GeneLens: indexing the workspace', 0, `0/${files.length} files`);
    try {
      const open = this.openPaths();
      for (let i = 0; i < files.length; i += BATCH) {
        if (generation !== this.generation) return;
        const batch = files.slice(i, i + BATCH).filter((f) => !open.has(f));
        const texts = await Promise.all(batch.map((f) => read(f)));
        if (generation !== this.generation) return;
        batch.forEach((file, k) => this.index(file, texts[k], service));
        progress?.report(Math.floor(((i + BATCH) * 100) / files.length), `${Math.min(i + BATCH, files.length)}/${files.length} files`);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const { documents, mentions } = service.workspace.stats();
      this.logger.log(`Indexed ${documents} workspace files (${mentions} mentions) in ${Date.now() - started} ms.`);
    } finally {
      progress?.done();
    }
  }

  private async walk(dir: string, out: string[], generation: number): Promise<void> {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.logger.error(`Could not read the folder ${dir}: ${String(error)}`);
      return;
    }
    for (const entry of entries) {
      if (generation !== this.generation || out.length >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      // Dirents do not follow symlinks: a symlinked folder or file is neither, so never read (it may lead out).
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) await this.walk(full, out, generation);
      } else if (entry.isFile() && this.extensions.has(path.extname(entry.name).slice(1).toLowerCase())) {
        out.push(path.resolve(full));
      }
    }
  }

  private async indexFile(file: string, service: LanguageService): Promise<void> {
    this.index(file, await read(file), service);
  }

  private index(file: string, text: string | undefined, service: LanguageService): void {
    if (service !== this.service()) return; // the profiles were reloaded meanwhile: the next scan covers it
    const uri = this.fromDisk.get(file) ?? pathToFileURL(file).href;
    if (text === undefined) {
      service.unindex(uri);
      this.fromDisk.delete(file);
      return;
    }
    service.indexFile(uri, text, path.extname(file));
    this.fromDisk.set(file, uri);
  }

  private async watch(): Promise<void> {
    const key = [...this.extensions].sort().join(',');
    if (!this.options.watchFiles || key === this.watchedKey) return;
    this.watchedKey = key;
    this.registration?.dispose();
    this.registration = undefined;
    if (this.extensions.size === 0) return;
    const globPattern = `**/*.{${[...this.extensions].sort().join(',')}}`;
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] });
  }
}

/** The file's text, or undefined when it is gone, unreadable, too large, binary or a symlink (it may lead out). */
async function read(file: string): Promise<string | undefined> {
  try {
    const stat = await fsp.lstat(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    const text = await fsp.readFile(file, 'utf8');
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
