// Settings per resource, pulled from the client with `workspace/configuration` (section `genelens`) and cached by
// URI until the configuration changes, as vscode-eslint and the LSP sample do. Never kept in server globals elsewhere.
import { DEFAULTS, normalizeSettings, type Settings } from './shared/settings';

/** Asks the client for the raw `genelens` section of a resource (or the global one when uri is undefined). */
export type ConfigurationFetcher = (uri: string | undefined) => Promise<unknown>;

export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  private fallback: Settings = DEFAULTS;

  /** `fetch` is undefined when the client cannot answer `workspace/configuration`. */
  constructor(
    private readonly fetch: ConfigurationFetcher | undefined,
    private readonly logError: (message: string) => void,
  ) {}

  /** Settings for a document or folder URI; `undefined` asks for the global (window) settings. */
  get(uri: string | undefined): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(this.fallback);
    const key = uri ?? '';
    let pending = this.byUri.get(key);
    if (!pending) {
      pending = this.fetch(uri).then(
        (raw) => this.normalize(raw),
        (error: unknown) => {
          this.logError(`Could not read the genelens settings (${String(error)}); using the defaults.`);
          return this.fallback;
        },
      );
      this.byUri.set(key, pending);
    }
    return pending;
  }

  /** Settings pushed by the client (didChangeConfiguration or initializationOptions) for clients that cannot be asked. */
  setFallback(raw: unknown): void {
    this.fallback = raw === undefined || raw === null ? DEFAULTS : this.normalize(raw);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }

  private normalize(raw: unknown): Settings {
    const { settings, problems } = normalizeSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.logError(problem);
    }
    return settings;
  }
}
