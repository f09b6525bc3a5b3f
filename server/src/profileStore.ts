// The profiles the server serves: the shipped ones, then each workspace folder's .genelens/profiles/, then
// genelens.profilePaths (later ones override earlier ones with the same id). Reads the files (the core cannot),
// builds the language service from them, and knows which files are profile files.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createLanguageService, type LanguageService, type Logger } from './core';
import { readProfileDocuments } from './profileFiles';

/** The folder of a workspace that holds its team's profiles. */
export const WORKSPACE_PROFILES = path.join('.genelens', 'profiles');

export interface ProfileSources {
  /** The data folder holding `profiles/`. */
  dataDir: string;
  /** Workspace folders, as file system paths. */
  folders: readonly string[];
  /** `genelens.profilePaths`, already made absolute. */
  extraDirs: readonly string[];
  /** False in an untrusted workspace: only the shipped profiles are loaded. */
  trusted: boolean;
}

/** Profile folders in load order. Workspace folders without a .genelens/profiles/ folder are simply skipped. */
export function profileDirs(sources: ProfileSources): string[] {
  const dirs = [path.join(sources.dataDir, 'profiles')];
  if (sources.trusted) {
    for (const folder of sources.folders) {
      const dir = path.join(folder, WORKSPACE_PROFILES);
      if (isDirectory(dir)) dirs.push(dir);
    }
    dirs.push(...sources.extraDirs);
  }
  return [...new Set(dirs.map((d) => path.resolve(d)))];
}

/** The file system path of a file: URI, or undefined for other schemes (untitled:, vscode-notebook-cell:...). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export class ProfileStore {
  private current: LanguageService;
  private dirs: string[] = [];
  /** Normalised file path -> the URI the service knows the file by (editors may spell URIs differently). */
  private uriByPath = new Map<string, string>();

  constructor(private readonly logger: Logger) {
    this.current = createLanguageService({ profiles: [], logger });
  }

  get service(): LanguageService {
    return this.current;
  }

  get directories(): readonly string[] {
    return this.dirs;
  }

  /** Reads every profile file under `dirs` and replaces the service. Unreadable folders are logged, never thrown. */
  load(dirs: readonly string[]): void {
    const started = Date.now();
    const { docs, errors } = readProfileDocuments(dirs);
    for (const error of errors) this.logger.error(error);
    this.current = createLanguageService({ profiles: docs, logger: this.logger });
    this.dirs = [...dirs];
    this.uriByPath = new Map();
    for (const doc of docs) {
      const file = uriToPath(doc.uri);
      if (file !== undefined) this.uriByPath.set(path.resolve(file), doc.uri);
    }
    const problems = this.current.profileProblems.length;
    this.logger.log(
      `Loaded ${docs.length} profile files (${this.current.lexicon.entities.size} entities, ${problems} problems) ` +
        `from ${dirs.join(', ')} in ${Date.now() - started} ms.`,
    );
  }

  /** True for a .json file inside one of the profile folders. */
  isProfileFile(uri: string): boolean {
    const file = uriToPath(uri);
    if (file === undefined || !file.toLowerCase().endsWith('.json')) return false;
    return this.dirs.some((dir) => isInside(dir, path.resolve(file)));
  }

  /** The URI the service uses for a profile file, given the editor's URI for it. */
  serviceUri(uri: string): string {
    const file = uriToPath(uri);
    return (file !== undefined && this.uriByPath.get(path.resolve(file))) || uri;
  }

  /** URIs of the profile files that have load problems. */
  problemUris(): string[] {
    return [...new Set(this.current.profileProblems.map((p) => p.uri))];
  }
}
