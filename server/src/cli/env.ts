// What a CLI command may touch: the working folder, the shipped data, two output streams, file reading and the
// language service. Commands take a CliEnv so tests run them in memory; createNodeEnv() is the real one.
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { fileURLToPath } from 'url';
import { createLanguageService, type GeneTableInput, type LanguageService, type MeshTable } from '../core';
import type { ProfileDocument } from '../core';
import { geneFunctionsReader, readGeneTable } from '../geneTableFile';
import { meshTableOfFiles, readMeshTables } from '../meshTableFile';
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
  /**
   * The file's bytes (an absolute path; `-` is standard input), or undefined when it does not exist or cannot be
   * read; the commands decode them (decode.ts). Without it, `readFile` is used and `-` is not available.
   */
  readBytes?(path: string): Promise<Uint8Array | undefined>;
  /** What is at a path (absolute): a folder, a file, or nothing; `--profiles` must name a folder. */
  pathKind?(path: string): 'folder' | 'file' | 'missing';
  /** True once standard output is closed (the reader went away, as `head` does): the command stops quietly. */
  stdoutClosed?(): boolean;
  /** Resolves once standard output has taken what was written (and a closed pipe has been noticed). */
  drain?(): Promise<void>;
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
  let closed = false;
  // A reader that leaves (EPIPE) ends the output quietly; any other write error is reported once.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!closed && e.code !== 'EPIPE') process.stderr.write(`genelens: cannot write to standard output: ${e.message}\n`);
    closed = true;
  });
  const env: CliEnv = {
    cwd: process.cwd(),
    dataDir: shippedDataDir(),
    stdout: (s) => void (closed || process.stdout.write(s)),
    stderr: (s) => void process.stderr.write(s),
    stdoutClosed: () => closed,
    drain: () =>
      new Promise<void>((resolve) => {
        // A write to a pipe reports EPIPE on a later turn: wait one, and for 'drain' when the stream is full.
        if (closed || !process.stdout.writableNeedDrain) setImmediate(resolve);
        else {
          const done = (): void => {
            process.stdout.off('drain', done).off('close', done).off('error', done);
            resolve();
          };
          process.stdout.on('drain', done).on('close', done).on('error', done);
        }
      }),
    readBytes: (file) => (file === '-' ? readStream(process.stdin) : readFileBytes(file)),
    pathKind: (file) => {
      try {
        return fs.statSync(file).isDirectory() ? 'folder' : 'file';
      } catch {
        return 'missing';
      }
    },
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
      return createReportingService(docs, errors, env, genes, meshTableOfFiles(readMeshTables(env.dataDir, (m) => errors.push(m))), geneFunctionsReader(env.dataDir));
    },
  };
  return env;
}

function readFileBytes(file: string): Promise<Uint8Array | undefined> {
  return fs.promises.readFile(file).then(
    (bytes) => bytes,
    () => undefined,
  );
}

/** Everything a stream gives (standard input), as bytes; undefined when it fails. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks);
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
  mesh?: MeshTable,
  geneFunctions?: () => string | undefined,
): LanguageService {
  for (const error of readErrors) env.stderr(`genelens: ${error}\n`);
  const service = createLanguageService({ profiles, genes, mesh, geneFunctions });
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
