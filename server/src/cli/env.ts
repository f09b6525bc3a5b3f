// What a CLI command may touch: the working folder, the shipped data, two output streams, file reading and the
// language service. Commands take a CliEnv so tests run them in memory; createNodeEnv() is the real one.
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { fileURLToPath } from 'url';
import { createLanguageService, type GeneTableInput, type LanguageService } from '../core';
import type { ProfileDocument } from '../core';
import { geneFunctionsReader, readGeneTable } from '../geneTableFile';
import { readProfileDocuments, shippedDataDir } from '../profileFiles';

export interface CliEnv {
  /** Folder that relative paths on the command line are resolved against. */
  cwd: string;
  /** The shipped data/ folder (profiles in data/profiles). */
  dataDir: string;
  /** Writes text to standard output exactly as given: include the trailing newline. */
  stdout(s: string): void;
  /** Writes text to standard error exactly as given: include the trailing newline. */
  stderr(s: string): void;
  /** The file's text (an absolute path), or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** The service over the shipped profiles plus these folders (absolute); load problems go to stderr. */
  loadService(extraProfileDirs: string[]): LanguageService;
  /** Writes a file (an absolute path); returns an error message, or undefined when written. */
  writeFile?(path: string, text: string): string | undefined;
  /** A file's lines as they are read (relative to cwd; `-` is standard input), or undefined when it cannot be read. */
  readLines?(file: string): AsyncIterable<string> | Iterable<string> | undefined;
  /** The script worker threads run (the CLI bundle), when this process can start workers. */
  workerScript?: string;
  /** Standard error is a terminal: a progress line may be drawn there. */
  progress?: boolean;
}

/** The environment of the real process. */
export function createNodeEnv(): CliEnv {
  const env: CliEnv = {
    cwd: process.cwd(),
    dataDir: shippedDataDir(),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (file) => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    writeFile: (file, text) => {
      try {
        fs.writeFileSync(file, text, 'utf8');
        return undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    readLines: (file) => {
      if (file === '-') return readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      const absolute = path.resolve(env.cwd, file);
      try {
        if (!fs.statSync(absolute).isFile()) return undefined;
      } catch {
        return undefined;
      }
      return readline.createInterface({ input: fs.createReadStream(absolute, 'utf8'), crlfDelay: Infinity });
    },
    workerScript: path.basename(__filename) === 'cli.js' ? __filename : undefined,
    progress: process.stderr.isTTY === true,
    loadService: (extraProfileDirs) => {
      const { docs, errors } = readProfileDocuments([path.join(env.dataDir, 'profiles'), ...extraProfileDirs]);
      const genes = readGeneTable(env.dataDir, undefined, (m) => errors.push(m));
      return createReportingService(docs, errors, env, genes, geneFunctionsReader(env.dataDir));
    },
  };
  return env;
}

/**
 * Builds the service and reports what went wrong while reading and loading profiles on stderr, one
 * `file:line:col: message` line each; the service works with the profiles that did load.
 */
export function createReportingService(
  profiles: ProfileDocument[],
  readErrors: readonly string[],
  env: Pick<CliEnv, 'cwd' | 'stderr'>,
  genes?: GeneTableInput,
  geneFunctions?: () => string | undefined,
): LanguageService {
  for (const error of readErrors) env.stderr(`genelens: ${error}\n`);
  const service = createLanguageService({ profiles, genes, geneFunctions });
  for (const p of service.profileProblems) {
    const where = `${displayPath(p.uri, env.cwd)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
    env.stderr(`${where}: ${p.severity}: ${p.message}\n`);
  }
  return service;
}

/** A file URI as a path relative to cwd when it lies below it, else absolute; other URIs unchanged. */
export function displayPath(uri: string, cwd: string): string {
  if (!uri.startsWith('file:')) return uri;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return uri;
  }
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
