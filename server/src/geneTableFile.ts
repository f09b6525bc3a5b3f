// Reads the gene table (data/lexicon/genes.tsv) and its prebuilt index for the hosts (server, CLI, bench); the core
// never touches the file system. The index saves building the recognizer's trie at start-up: dist/genes.idx, written
// by `npm run build`, or else a copy the server saved in the temporary folder the first time it had to build the
// index (the .vsix does not ship dist/genes.idx: it would double the package). A stale index is refused by the core.
import { isAscii } from 'buffer';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { GeneTableData, GeneTableInput } from './core/lexicon/geneTableData';
import { encodeGeneIndex, encodeGeneTableIndex, tableFingerprint } from './core/lexicon/geneIndexBinary';

/** The table, relative to the data folder. */
export const GENE_TABLE_PATH = path.join('lexicon', 'genes.tsv');
/** The prebuilt index's file name, beside the bundles in dist/. */
export const GENE_INDEX_NAME = 'genes.idx';

/** Where a server saves the index it built, for its next start: keyed by the table's length and fingerprint. */
export function geneIndexCachePath(text: string): string {
  // A folder per user: an index is only ever read by the user whose server wrote it.
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : (process.env['USERNAME'] ?? 'user');
  return path.join(os.tmpdir(), `genelens-${user}`, `genes-${text.length}-${tableFingerprint(text).toString(16)}.idx`);
}

/** Saves a table's index (built at start-up) where the next start finds it. Best effort: failures are reported. */
export async function saveGeneIndexCache(table: GeneTableData, text: string): Promise<string> {
  const file = geneIndexCachePath(text);
  const problems = table.problems.filter((p) => !p.startsWith('prebuilt gene index not used'));
  const bytes = encodeGeneTableIndex(table.index, table.terms, problems, table.source.fields);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and renamed: two servers starting at once never read a half-written file.
  const partial = `${file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, bytes);
  await fs.promises.rename(partial, file);
  return file;
}

/** The table is ASCII as generated: then latin1, the fastest decoding, gives the same text as UTF-8. */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Where a bundle (dist/server.js, dist/cli.js) finds the prebuilt index: beside itself. */
export function defaultGeneIndexPath(): string {
  return path.join(__dirname, GENE_INDEX_NAME);
}

/**
 * The gene table of a data folder, with the prebuilt index when `indexPath` exists; undefined (with the reason in
 * `onError`) when the table cannot be read. The table is ASCII: read as latin1, the fastest decoding.
 */
export function readGeneTable(
  dataDir: string,
  indexPath: string | undefined = defaultGeneIndexPath(),
  onError: (message: string) => void = () => undefined,
): GeneTableInput | undefined {
  const file = path.join(dataDir, GENE_TABLE_PATH);
  let text: string;
  try {
    text = decode(fs.readFileSync(file));
  } catch (e) {
    onError(`${file}: cannot read the gene table (${e instanceof Error ? e.message : String(e)}); only profiled genes are recognized`);
    return undefined;
  }
  let prebuiltIndex: Uint8Array | undefined;
  for (const candidate of [indexPath, geneIndexCachePath(text)]) {
    if (!candidate || prebuiltIndex) continue;
    try {
      prebuiltIndex = fs.readFileSync(candidate);
    } catch {
      prebuiltIndex = undefined; // not built: the core builds the index from the text
    }
  }
  return { uri: pathToFileURL(file).href, text, prebuiltIndex };
}

/** readGeneTable without blocking the event loop on the disk (the server answers requests meanwhile). */
export async function readGeneTableAsync(
  dataDir: string,
  indexPath: string = defaultGeneIndexPath(),
  onError: (message: string) => void = () => undefined,
): Promise<GeneTableInput | undefined> {
  const file = path.resolve(dataDir, GENE_TABLE_PATH);
  const [bytes, built] = await Promise.all([
    fs.promises.readFile(file).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
    fs.promises.readFile(indexPath).catch(() => undefined),
  ]);
  if (bytes instanceof Error) {
    onError(`${file}: cannot read the gene table (${bytes.message}); only profiled genes are recognized`);
    return undefined;
  }
  const text = decode(bytes);
  const prebuiltIndex = built ?? (await fs.promises.readFile(geneIndexCachePath(text)).catch(() => undefined));
  return { uri: pathToFileURL(file).href, text, prebuiltIndex };
}

/** Writes the prebuilt index of a data folder's gene table (for `npm run build`). Returns its size in bytes. */
export function writeGeneIndex(dataDir: string, outFile: string): number {
  const text = decode(fs.readFileSync(path.join(dataDir, GENE_TABLE_PATH)));
  const bytes = encodeGeneIndex(text);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes.length;
}
