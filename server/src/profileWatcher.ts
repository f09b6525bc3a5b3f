// Keeps the profiles current: works out the profile folders (shipped, workspace, genelens.profilePaths), loads them
// into the ProfileStore, asks the client to watch them, reloads on change, and shows each broken profile file's
// problems on that file, open or not.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import type { Logger } from './core';
import { Debouncer } from './debouncer';
import { shippedDataDir } from './profileFiles';
import { profileDirs, type ProfileStore } from './profileStore';
import type { SettingsCache } from './settingsCache';

const RELOAD_DELAY_MS = 100;
// A profile created inside a brand-new .genelens/profiles/ folder may arrive only as the folder's own creation event,
// so the folders are watched too, not only the JSON files in them.
const WORKSPACE_GLOBS = ['**/.genelens/profiles/**/*.json', '**/.genelens/profiles', '**/.genelens'];

export interface WatchOptions {
  /** initializationOptions.dataDir, or the shipped data folder when undefined. */
  dataDir: string | undefined;
  trusted: boolean;
  /** `genelens.profilePaths` as written in user settings (InitializationOptions.userProfilePaths). */
  userPaths: readonly string[];
  /** The client can register file watchers dynamically (and with relative patterns). */
  watchFiles: boolean;
  relativePatterns: boolean;
}

export class ProfileWatcher {
  /** Workspace folders as file system paths. */
  folders: string[] = [];
  private options: WatchOptions = { dataDir: undefined, trusted: true, userPaths: [], watchFiles: false, relativePatterns: false };
  private registration: Disposable | undefined;
  private watchedKey = '';
  private reported = new Set<string>();
  private refreshing: Promise<void> = Promise.resolve();
  private readonly reloads = new Debouncer();
  private markReady: () => void = () => undefined;
  /** Settles once the first load has finished (well or not); handlers wait for it. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly store: ProfileStore,
    private readonly settings: () => SettingsCache,
    private readonly logger: Logger,
    /** Called after every (re)load: re-validate the open documents. */
    private readonly onLoaded: () => void,
  ) {}

  configure(options: WatchOptions, folders: string[]): void {
    this.options = options;
    this.folders = folders;
  }

  /** The data folder: the shipped profiles and the gene table (initializationOptions.dataDir, else the shipped one). */
  get dataDir(): string {
    return this.options.dataDir ?? shippedDataDir();
  }

  /** Re-reads the profiles (always when `force`, else only when the folders changed), then calls onLoaded. */
  refresh(force: boolean): Promise<void> {
    this.refreshing = this.refreshing
      .then(async () => {
        const dirs = await this.currentDirs();
        if (force || dirs.join('\n') !== this.store.directories.join('\n')) await this.store.load(dirs, this.dataDir);
        this.markReady();
        await this.watch(dirs).catch((e: unknown) => this.logger.error(`Could not watch profile files: ${String(e)}`));
        await this.publishProblems();
        this.onLoaded();
      })
      .catch((e: unknown) => this.logger.error(`Loading profiles failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))
      .finally(() => this.markReady());
    return this.refreshing;
  }

  /** A profile file was saved or changed on disk: reload soon (several events in a row reload once). */
  scheduleReload(): void {
    this.reloads.schedule('profiles', RELOAD_DELAY_MS, () => void this.refresh(true));
  }

  /** True when a changed file is (or could become) a profile file. */
  concerns(uri: string): boolean {
    return this.store.isProfileFile(uri) || /\/\.genelens(\/profiles(\/.*\.json)?)?\/?$/i.test(uri);
  }

  /** True when the file's problems are published by the watcher (keep them when the editor closes it). */
  reports(uri: string): boolean {
    return this.reported.has(this.store.serviceUri(uri));
  }

  dispose(): void {
    this.reloads.dispose();
    this.registration?.dispose();
  }

  private async currentDirs(): Promise<string[]> {
    const { trusted } = this.options;
    const extraDirs: string[] = [];
    if (trusted) {
      const scopes = this.folders.length > 0 ? this.folders : [undefined];
      for (const folder of scopes) {
        const scoped = await this.settings().get(folder === undefined ? undefined : pathToFileURL(folder).href);
        for (const p of scoped.profilePaths) {
          if (path.isAbsolute(p)) extraDirs.push(p);
          else if (folder !== undefined) extraDirs.push(path.join(folder, p));
          else this.logger.error(`genelens.profilePaths: "${p}" is relative and there is no workspace folder; ignored.`);
        }
      }
    }
    const dataDir = this.dataDir;
    const refused = (dir: string, why: string): void => this.logger.error(`Profiles not loaded from ${dir}: ${why}`);
    return profileDirs({ dataDir, folders: this.folders, extraDirs, trusted, userPaths: this.options.userPaths, refused });
  }

  private async watch(dirs: readonly string[]): Promise<void> {
    const key = dirs.join('\n');
    if (!this.options.watchFiles || key === this.watchedKey) return;
    this.watchedKey = key;
    this.registration?.dispose();
    const watchers: FileSystemWatcher[] = WORKSPACE_GLOBS.map((globPattern) => ({ globPattern }));
    for (const dir of dirs) {
      watchers.push({
        globPattern: this.options.relativePatterns
          ? { baseUri: pathToFileURL(dir).href, pattern: '**/*.json' }
          : `${dir.replace(/\\/g, '/')}/**/*.json`,
      });
    }
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }

  private async publishProblems(): Promise<void> {
    const uris = new Set(this.store.problemUris());
    for (const uri of this.reported) {
      if (!uris.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const uri of uris) {
      const diagnostics = this.store.service.getProfileDiagnostics(uri, await this.settings().get(uri));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    this.reported = uris;
  }
}
