// Reads the chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv, the stop list) and their prebuilt
// index for the hosts: the core never touches the file system. A missing table is reported and left out: then only
// profiled chemicals and conditions are recognized. The index (core/lexicon/meshIndexBinary.ts) saves reading every
// term at start-up: dist/mesh.idx, written by `npm run build`, or else a copy the server saved in the temporary folder
// the first time it had to build the arrays (the .vsix does not ship dist/mesh.idx). A stale index is refused by the core.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { loadMeshTable, MESH_INDEX_FORMAT, meshFingerprint, type MeshTable, type MeshTableInput } from './core';

/** The tables, relative to the data folder. */
export const MESH_TABLE_PATHS: readonly string[] = [
  path.join('lexicon', 'chemicals.tsv'),
  path.join('lexicon', 'diseases.tsv'),
  path.join('lexicon', 'mesh-stoplist.tsv'),
];

/** The prebuilt index's file name, beside the bundles in dist/. */
export const MESH_INDEX_NAME = 'mesh.idx';

/** The tables as read, and a prebuilt index when one was found. */
export interface MeshFiles {
  inputs: MeshTableInput[];
  prebuiltIndex?: Uint8Array;
}

/** Where a bundle (dist/server.js, dist/cli.js) finds the prebuilt index: beside itself. */
export function defaultMeshIndexPath(): string {
  return path.join(__dirname, MESH_INDEX_NAME);
}

/** Where a server saves the index it built, keyed by the index format and the tables' fingerprint. */
export function meshIndexCachePath(inputs: readonly MeshTableInput[]): string {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : (process.env['USERNAME'] ?? 'user');
  let h = 0x811c9dc5;
  for (const c of meshFingerprint(inputs)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  const format = MESH_INDEX_FORMAT.replace(/\D+/g, '');
  return path.join(os.tmpdir(), `genelens-${user}`, `mesh-v${format}-${(h >>> 0).toString(16)}.idx`);
}

const input = (file: string, text: string): MeshTableInput => ({ uri: pathToFileURL(file).toString(), text });
const cannotRead = (file: string, e: unknown): string => `${file}: cannot read the table (${e instanceof Error ? e.message : String(e)})`;

export function readMeshTables(dataDir: string, onError: (message: string) => void = () => undefined, indexPath = defaultMeshIndexPath()): MeshFiles {
  const inputs: MeshTableInput[] = [];
  for (const rel of MESH_TABLE_PATHS) {
    const file = path.join(dataDir, rel);
    try {
      inputs.push(input(file, fs.readFileSync(file, 'utf8')));
    } catch (e) {
      onError(cannotRead(file, e));
    }
  }
  let prebuiltIndex: Uint8Array | undefined;
  for (const candidate of [indexPath, meshIndexCachePath(inputs)]) {
    if (prebuiltIndex) break;
    try {
      prebuiltIndex = fs.readFileSync(candidate);
    } catch {
      prebuiltIndex = undefined; // not built: the core reads the terms
    }
  }
  return { inputs, prebuiltIndex };
}

/** readMeshTables without blocking the event loop on the disk. */
export async function readMeshTablesAsync(dataDir: string, onError: (message: string) => void = () => undefined, indexPath = defaultMeshIndexPath()): Promise<MeshFiles> {
  const [read, built] = await Promise.all([
    Promise.all(
      MESH_TABLE_PATHS.map(async (rel) => {
        const file = path.join(dataDir, rel);
        try {
          return input(file, await fs.promises.readFile(file, 'utf8'));
        } catch (e) {
          onError(cannotRead(file, e));
          return undefined;
        }
      }),
    ),
    fs.promises.readFile(indexPath).catch(() => undefined),
  ]);
  const inputs = read.filter((x): x is MeshTableInput => x !== undefined);
  const prebuiltIndex = built ?? (await fs.promises.readFile(meshIndexCachePath(inputs)).catch(() => undefined));
  return { inputs, prebuiltIndex };
}

/** The table of files read by readMeshTables (from their prebuilt index when it fits). */
export function meshTableOfFiles(files: MeshFiles): MeshTable {
  return loadMeshTable(files.inputs, files.prebuiltIndex);
}

/** Saves the index of a table built at start-up where the next start finds it. Best effort: failures are reported. */
export async function saveMeshIndexCache(table: MeshTable, inputs: readonly MeshTableInput[]): Promise<string> {
  const file = meshIndexCachePath(inputs);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, table.encodeIndex());
  await fs.promises.rename(partial, file);
  return file;
}

/** Writes the prebuilt index of a data folder's tables (for `npm run build`). Returns its size in bytes. */
export function writeMeshIndex(dataDir: string, outFile: string): number {
  const { inputs } = readMeshTables(dataDir, undefined, '');
  const bytes = loadMeshTable(inputs).encodeIndex();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes.length;
}
