// Reads the gene table (data/lexicon/genes.tsv) and its prebuilt index for the hosts (server, CLI, bench); the core
// never touches the file system. The index saves building the recognizer's trie at start-up: dist/genes.idx, written
// by `npm run build`, or else a copy the server saved in the temporary folder the first time it had to build the
// index (the .vsix does not ship dist/genes.idx: it would double the package). A stale index is refused by the core.
// An ASCII table (as generated) is handed to the core as its bytes: no 6 MB string is made at start-up.
import { isAscii } from 'buffer';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import { encodeGeneIndex, encodeGeneTableIndex, extraSpellings, GENE_INDEX_FORMAT, tableFingerprint, type FamilyTableInput, type GeneTableData, type GeneTableInput, type TableText } from './core';

/** The table, relative to the data folder. */
export const GENE_TABLE_PATH = path.join('lexicon', 'genes.tsv');
/** Mouse and rat spellings of its genes (optional), relative to the data folder. */
export const RODENT_GENES_PATH = path.join('lexicon', 'rodent-genes.tsv');
/** Other names of its genes, from FamPlex and MeSH (optional), relative to the data folder. */
export const GENE_NAMES_PATH = path.join('lexicon', 'gene-names.tsv');

/** A data folder's file, or undefined when it has none. */
function readOptional(dataDir: string, file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dataDir, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The rodent spellings and other names of a data folder's genes (core: rodentSpellings.ts), or undefined. */
function readRodent(dataDir: string): string | undefined {
  return extraSpellings(readOptional(dataDir, RODENT_GENES_PATH), readOptional(dataDir, GENE_NAMES_PATH));
}

/** The Gene Ontology table of every gene (scripts/build-gene-functions.mjs, gzip-compressed), relative to the data folder. */
export const GENE_FUNCTIONS_PATH = path.join('lexicon', 'gene-functions.tsv.gz');

/**
 * A reader of a data folder's Gene Ontology table for the core, which calls it on the first gene card that shows
 * functions (never at start-up); undefined from the reader when the folder has no table. With `readAhead` the file is
 * read and decompressed now, off the main thread (zlib's thread pool), while the server starts: the first gene card
 * then finds it ready (its first call takes that text; later calls, or a call before it came, read the file).
 * Decompressed in one job of the pool (the output buffer sized from the gzip trailer): in zlib's default 16 KB chunks,
 * the 3.7 MB table took ~230 turns of the main thread, which the start-up keeps busy, and was not there for the first
 * card. An ASCII table (as generated) is decoded as latin1: a one-byte string, made without decoding.
 */
export function geneFunctionsReader(dataDir: string, readAhead = false): () => string | undefined {
  const file = path.join(dataDir, GENE_FUNCTIONS_PATH);
  let missing = false; // the core asks again while it has no text: a missing table is read for once
  let ahead: string | undefined;
  if (readAhead) {
    readWhole(file)
      .then((bytes) => gunzip(bytes, { chunkSize: gunzipChunkSize(bytes) }))
      .then(
        (bytes) => {
          if (readAhead) ahead = textOfBytes(bytes); // not when the core asked first (it read the file itself)
        },
        () => undefined, // the reader's own read reports nothing either: the card goes without functions
      );
  }
  return () => {
    if (ahead !== undefined) {
      const text = ahead;
      ahead = undefined; // the core keeps the text: no second reference here
      readAhead = false;
      return text;
    }
    readAhead = false;
    if (missing) return undefined;
    try {
      const bytes = fs.readFileSync(file);
      return textOfBytes(zlib.gunzipSync(bytes, { chunkSize: gunzipChunkSize(bytes) }));
    } catch {
      missing = true;
      return undefined;
    }
  };
}

/** An output buffer for the whole of a gzip file's text: its trailer's size (mod 2^32), within bounds. */
function gunzipChunkSize(gz: Buffer): number {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return Math.min(Math.max(size + 1, 64 * 1024), 64 << 20);
}

/** Bytes as text: latin1 (no decoding, a one-byte string) when ASCII, else UTF-8. */
function textOfBytes(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

const gunzip = promisify(zlib.gunzip);

/** The families and complexes (FamPlex) read with the table, relative to the data folder. */
export const FAMILY_TABLE_PATH = path.join('lexicon', 'families.tsv');

/**
 * families.tsv of a data folder, or undefined: silently when the folder has none (a data folder of genes alone), with
 * the reason in `onError` when it cannot be read.
 */
function familiesOf(file: string, text: string | Error, onError: (message: string) => void): FamilyTableInput | undefined {
  if (typeof text === 'string') return { uri: pathToFileURL(file).href, text };
  if ((text as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  onError(`${file}: cannot read the family table (${text.message}); families and complexes are not recognized`);
  return undefined;
}
/** The prebuilt index's file name, beside the bundles in dist/. */
export const GENE_INDEX_NAME = 'genes.idx';

/**
 * Where a server saves the index it built, for its next start: keyed by the index format, and by the table's length
 * and fingerprint (servers of another version, with another format, keep their own file).
 */
export function geneIndexCachePath(text: TableText): string {
  // A folder per user: an index is only ever read by the user whose server wrote it.
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : (process.env['USERNAME'] ?? 'user');
  const format = GENE_INDEX_FORMAT.replace(/\D+/g, '');
  return path.join(os.tmpdir(), `genelens-${user}`, `genes-v${format}-${text.length}-${tableFingerprint(text).toString(16)}.idx`);
}

/** Saves a table's index (built at start-up) where the next start finds it. Best effort: failures are reported. */
export async function saveGeneIndexCache(table: GeneTableData, text: TableText = table.index.source): Promise<string> {
  const file = geneIndexCachePath(text);
  const problems = table.problems.filter((p) => !p.startsWith('prebuilt gene index not used'));
  const bytes = encodeGeneTableIndex(table.index, table.terms, table.variants, problems, table.source.fields, table.rodent);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and renamed: two servers starting at once never read a half-written file.
  const partial = `${file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, bytes);
  await fs.promises.rename(partial, file);
  return file;
}

type TableFile = { text: string } | { bytes: Uint8Array; decodeBytes: (bytes: Uint8Array) => string };

/** The table is ASCII as generated: then its bytes are its text (read as latin1); else it is decoded as UTF-8. */
function tableText(bytes: Buffer): TableFile {
  return isAscii(bytes) ? { bytes, decodeBytes: latin1 } : { text: bytes.toString('utf8') };
}

/** Node's native latin1 decoding, for the core to make the whole text when it needs it. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The text of a tableText() result, for the cache path. */
function textOf(table: TableFile): TableText {
  return 'text' in table ? table.text : table.bytes;
}

/** Where a bundle (dist/server.js, dist/cli.js) finds the prebuilt index: beside itself. */
export function defaultGeneIndexPath(): string {
  return path.join(__dirname, GENE_INDEX_NAME);
}

/**
 * The gene table of a data folder, with the prebuilt index when `indexPath` exists; undefined (with the reason in
 * `onError`) when the table cannot be read. An ASCII table (as generated) is passed as its bytes, not decoded.
 */
export function readGeneTable(
  dataDir: string,
  indexPath: string | undefined = defaultGeneIndexPath(),
  onError: (message: string) => void = () => undefined,
): GeneTableInput | undefined {
  const file = path.join(dataDir, GENE_TABLE_PATH);
  let table: TableFile;
  try {
    table = tableText(fs.readFileSync(file));
  } catch (e) {
    onError(`${file}: cannot read the gene table (${e instanceof Error ? e.message : String(e)}); only profiled genes are recognized`);
    return undefined;
  }
  let prebuiltIndex: Uint8Array | undefined;
  for (const candidate of [indexPath, geneIndexCachePath(textOf(table))]) {
    if (!candidate || prebuiltIndex) continue;
    try {
      prebuiltIndex = fs.readFileSync(candidate);
    } catch {
      prebuiltIndex = undefined; // not built: the core builds the index from the text
    }
  }
  const familyFile = path.join(dataDir, FAMILY_TABLE_PATH);
  let familyText: string | Error;
  try {
    familyText = fs.readFileSync(familyFile, 'utf8');
  } catch (e) {
    familyText = e instanceof Error ? e : new Error(String(e));
  }
  const families = familiesOf(familyFile, familyText, onError);
  return { uri: pathToFileURL(file).href, ...table, prebuiltIndex, familyFile: families, rodent: readRodent(dataDir) };
}

/**
 * readGeneTable without blocking the event loop on the disk (the server answers requests meanwhile). Both files are
 * opened at once, when it is called, and each is read by one request to the thread pool: the disk works while the
 * caller goes on (the server reads and checks the profiles meanwhile).
 */
export async function readGeneTableAsync(
  dataDir: string,
  indexPath: string = defaultGeneIndexPath(),
  onError: (message: string) => void = () => undefined,
): Promise<GeneTableInput | undefined> {
  const file = path.resolve(dataDir, GENE_TABLE_PATH);
  const familyFile = path.resolve(dataDir, FAMILY_TABLE_PATH);
  const optional = (name: string): Promise<string | undefined> => readWhole(path.resolve(dataDir, name)).then((b) => b.toString('utf8')).catch(() => undefined);
  const [bytes, built, rodentText, namesText, familyText] = await Promise.all([
    readWhole(file).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
    readWhole(indexPath).catch(() => undefined),
    optional(RODENT_GENES_PATH),
    optional(GENE_NAMES_PATH),
    fs.promises.readFile(familyFile, 'utf8').catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
  ]);
  if (bytes instanceof Error) {
    onError(`${file}: cannot read the gene table (${bytes.message}); only profiled genes are recognized`);
    return undefined;
  }
  const table = tableText(bytes);
  const prebuiltIndex = built ?? (await readWhole(geneIndexCachePath(textOf(table))).catch(() => undefined));
  const families = familiesOf(familyFile, familyText, onError);
  return { uri: pathToFileURL(file).href, ...table, prebuiltIndex, familyFile: families, rodent: extraSpellings(rodentText, namesText) };
}

/**
 * A whole file. Opened at once (a rejected promise when it cannot be), then read with as few requests to the thread
 * pool as the system allows (one for a local file), not in chunks that each wait for a turn of the event loop.
 */
function readWhole(file: string): Promise<Buffer> {
  let fd: number;
  let size: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  try {
    size = fs.fstatSync(fd).size;
  } catch (e) {
    fs.closeSync(fd);
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  return new Promise<Buffer>((resolve, reject) => {
    const next = (at: number): void => {
      if (at >= size) return done(undefined, at);
      fs.read(fd, bytes, at, size - at, at, (error, n) => (error ? done(error, at) : n === 0 ? done(undefined, at) : next(at + n)));
    };
    const done = (error: Error | undefined, at: number): void => {
      fs.close(fd, () => undefined);
      if (error) reject(error);
      else resolve(at === size ? bytes : bytes.subarray(0, at));
    };
    next(0);
  });
}

/** Writes the prebuilt index of a data folder's gene table (for `npm run build`). Returns its size in bytes. */
export function writeGeneIndex(dataDir: string, outFile: string): number {
  const bytes = encodeGeneIndex(fs.readFileSync(path.join(dataDir, GENE_TABLE_PATH), 'utf8'), readRodent(dataDir));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes.length;
}
