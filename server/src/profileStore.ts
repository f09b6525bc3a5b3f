// The profiles the server serves: the shipped ones, then each workspace folder's .genelens/profiles/, then
// genelens.profilePaths (later ones override earlier ones with the same id). Reads the files (the core cannot),
// builds the language service from them, and knows which files are profile files.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createLanguageService, loadGeneTable, type GeneTableData, type LanguageService, type Logger, type MeshTable } from './core';
import { loadProfiles, prepareGeneTables } from './core';
import { geneFunctionsReader, readGeneTableAsync, saveGeneIndexCache } from './geneTableFile';
import { meshTableOfFiles, readMeshTablesAsync, saveMeshIndexCache } from './meshTableFile';
import { readProfileDocuments } from './profileFiles';
import { refusal } from './profileFolders';

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
  /** `genelens.profilePaths` as written in the user's settings: folders outside the workspace must be listed there. */
  userPaths: readonly string[];
  /** Told each folder that is not read, and why (profileFolders.ts). */
  refused?: (dir: string, why: string) => void;
}

/**
 * Profile folders in load order. Workspace folders without a .genelens/profiles/ folder are simply skipped; a folder
 * the rules of profileFolders.ts refuse (outside the workspace and not in user settings, a dependency or hidden
 * folder, a symlink leading out) is left out and reported.
 */
export function profileDirs(sources: ProfileSources): string[] {
  const dirs = [path.join(sources.dataDir, 'profiles')];
  if (sources.trusted) {
    const candidates: string[] = [];
    for (const folder of sources.folders) {
      const dir = path.join(folder, WORKSPACE_PROFILES);
      if (isDirectory(dir)) candidates.push(dir);
    }
    candidates.push(...sources.extraDirs);
    const rules = { folders: sources.folders, userPaths: sources.userPaths };
    for (const dir of candidates) {
      const why = refusal(dir, rules);
      if (why === undefined) dirs.push(dir);
      else sources.refused?.(dir, why);
    }
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
  private current: LanguageService | undefined;
  private dirs: string[] = [];
  /** Normalised file path -> the URI the service knows the file by (editors may spell URIs differently). */
  private uriByPath = new Map<string, string>();
  /** The gene table, loaded once per data folder and shared by every service built after a profile change. */
  private genes: { dataDir: string; table: Promise<GeneTableData | undefined> } | undefined;
  /** The chemical and disease tables, loaded once per data folder. */
  private mesh: { dataDir: string; table: Promise<MeshTable> } | undefined;
  /** The Gene Ontology table's reader of a data folder (read ahead from `prefetchGeneTable` on). */
  private functions: { dataDir: string; read: () => string | undefined } | undefined;

  constructor(private readonly logger: Logger) {}

  /** The service; before the first load, one without profiles, built on first use (not on the start-up path). */
  get service(): LanguageService {
    this.current ??= createLanguageService({ profiles: [], logger: this.logger });
    return this.current;
  }

  get directories(): readonly string[] {
    return this.dirs;
  }

  /** The service, once the profiles have been loaded. */
  get loaded(): LanguageService | undefined {
    return this.current;
  }

  /**
   * The gene table of a data folder (data/lexicon/genes.tsv), read and indexed once. The files are opened and their
   * reading started before this returns: the caller works while the disk does.
   */
  private geneTable(dataDir: string): Promise<GeneTableData | undefined> {
    const dir = path.resolve(dataDir);
    if (this.genes?.dataDir !== dir) this.genes = { dataDir: dir, table: this.readGeneTable(dir) };
    return this.genes.table;
  }

  private meshTable(dataDir: string): Promise<MeshTable> {
    const dir = path.resolve(dataDir);
    if (this.mesh?.dataDir !== dir) {
      const started = Date.now();
      const table = readMeshTablesAsync(dir, (m) => this.logger.error(m)).then((files) => {
        const loaded = meshTableOfFiles(files);
        for (const problem of loaded.problems.slice(0, 20)) this.logger.error(problem);
        this.logger.log(
          `Loaded the chemical and disease tables (${loaded.entryCount} entries, ${loaded.termCount} terms, ` +
            `${loaded.prebuilt ? 'prebuilt index' : 'index built'}) in ${Date.now() - started} ms.`,
        );
        // Built here (no dist/mesh.idx, as in the .vsix): saved for the next start, once the first requests are served.
        if (!loaded.prebuilt && files.inputs.length > 0) {
          setTimeout(() => {
            saveMeshIndexCache(loaded, files.inputs).then(
              (file) => this.logger.log(`Saved the chemical and disease index to ${file} for the next start.`),
              (e: unknown) => this.logger.error(`Could not save the chemical and disease index: ${e instanceof Error ? e.message : String(e)}`),
            );
          }, 2000).unref();
        }
        return loaded;
      });
      this.mesh = { dataDir: dir, table };
    }
    return this.mesh.table;
  }

  /**
   * Starts reading the gene table (and the chemical and disease tables) of a data folder now (at `initialize`), so that the first load finds it read or
   * on its way: the load itself waits for the client's settings (the profile folders), which a busy editor answers late.
   */
  prefetchGeneTable(dataDir: string): void {
    this.geneTable(dataDir).catch(() => undefined); // a failure is the load's to report
    this.meshTable(dataDir).catch(() => undefined); // the chemical and disease tables too
    this.geneFunctions(dataDir, true); // and the Gene Ontology table, for the first gene card
  }

  /** The Gene Ontology table's reader of a data folder, the same for every load from it. */
  private geneFunctions(dataDir: string, readAhead = false): () => string | undefined {
    const dir = path.resolve(dataDir);
    if (this.functions?.dataDir !== dir) this.functions = { dataDir: dir, read: geneFunctionsReader(dir, readAhead) };
    return this.functions.read;
  }

  private async readGeneTable(dir: string): Promise<GeneTableData | undefined> {
    const started = Date.now();
    const input = await readGeneTableAsync(dir, undefined, (m) => this.logger.error(m));
    const table = input ? loadGeneTable(input) : undefined;
    for (const problem of table?.problems ?? []) this.logger.error(`${table?.uri}: ${problem}`);
    if (table) {
      this.logger.log(
        `Loaded the gene table (${table.index.count} genes, ${table.terms.termCount} terms, ` +
          `${table.prebuilt ? 'prebuilt index' : 'index built'}) in ${Date.now() - started} ms.`,
      );
    }
    // Built here (no dist/genes.idx, as in the .vsix): saved for the next start, once the first requests are served.
    if (table && !table.prebuilt) {
      setTimeout(() => {
        saveGeneIndexCache(table).then(
          (file) => this.logger.log(`Saved the gene index to ${file} for the next start.`),
          (e: unknown) => this.logger.error(`Could not save the gene index: ${e instanceof Error ? e.message : String(e)}`),
        );
      }, 2000).unref();
    }
    return table;
  }

  /**
   * Reads every profile file under `dirs`, and the gene table of `dataDir` (once), and replaces the service.
   * Unreadable folders are logged, never thrown. The profiles are read and checked while the table is read.
   */
  async load(dirs: readonly string[], dataDir?: string): Promise<void> {
    const table = dataDir === undefined ? undefined : this.geneTable(dataDir);
    const started = Date.now();
    const { docs, errors, capped } = readProfileDocuments(dirs);
    for (const error of errors) this.logger.error(error);
    const loaded = loadProfiles(docs);
    // A folder over the cap: a problem on the first file left out, shown in the editor like a profile's own.
    const start = { line: 0, character: 0 };
    for (const c of capped) loaded.problems.push({ uri: c.uri, range: { start, end: start }, message: c.message, severity: 'warning' });
    if (table) prepareGeneTables();
    const mesh = dataDir === undefined ? undefined : this.meshTable(dataDir);
    const genes = await table;
    const geneFunctions = dataDir === undefined ? undefined : this.geneFunctions(dataDir);
    const service = createLanguageService({ profiles: docs, loaded, genes, mesh: await mesh, geneFunctions, logger: this.logger });
    this.current = service;
    this.dirs = [...dirs];
    this.uriByPath = new Map();
    for (const doc of docs) {
      const file = uriToPath(doc.uri);
      if (file !== undefined) this.uriByPath.set(path.resolve(file), doc.uri);
    }
    const problems = service.profileProblems.length;
    this.logger.log(
      `Loaded ${docs.length} profile files (${service.lexicon.entities.size} entities, ${problems} problems) ` +
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
    return [...new Set(this.service.profileProblems.map((p) => p.uri))];
  }
}
