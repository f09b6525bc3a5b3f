// Reads the chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv) for the hosts: the core never
// touches the file system. A missing table is reported and left out: then only profiled chemicals and conditions are
// recognized.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { MeshTableInput } from './core';

/** The tables, relative to the data folder. */
export const MESH_TABLE_PATHS: readonly string[] = [
  path.join('lexicon', 'chemicals.tsv'),
  path.join('lexicon', 'diseases.tsv'),
  path.join('lexicon', 'mesh-stoplist.tsv'),
];

const input = (file: string, text: string): MeshTableInput => ({ uri: pathToFileURL(file).toString(), text });

export function readMeshTables(dataDir: string, onError: (message: string) => void = () => undefined): MeshTableInput[] {
  const out: MeshTableInput[] = [];
  for (const rel of MESH_TABLE_PATHS) {
    const file = path.join(dataDir, rel);
    try {
      out.push(input(file, fs.readFileSync(file, 'utf8')));
    } catch (e) {
      onError(`${file}: cannot read the table (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return out;
}

export async function readMeshTablesAsync(dataDir: string, onError: (message: string) => void = () => undefined): Promise<MeshTableInput[]> {
  const read = await Promise.all(
    MESH_TABLE_PATHS.map(async (rel) => {
      const file = path.join(dataDir, rel);
      try {
        return input(file, await fs.promises.readFile(file, 'utf8'));
      } catch (e) {
        onError(`${file}: cannot read the table (${e instanceof Error ? e.message : String(e)})`);
        return undefined;
      }
    }),
  );
  return read.filter((x): x is MeshTableInput => x !== undefined);
}
