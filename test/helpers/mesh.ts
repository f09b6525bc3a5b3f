// The shipped chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv, mesh-stoplist.tsv), loaded once
// per test process, and a language service over them, the gene table and the shipped profiles: every kind GeneLens
// recognizes, as the server and the CLI load them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, loadMeshTable, type LanguageService, type MeshTable } from '../../server/src/core';
import { shippedGeneTable } from './genes';
import { loadShippedProfileDocuments, repoRoot } from './profiles';

export const MESH_FILES = ['chemicals.tsv', 'diseases.tsv', 'mesh-stoplist.tsv'].map((f) => path.join(repoRoot, 'data', 'lexicon', f));

let table: MeshTable | undefined;
let service: LanguageService | undefined;

export function shippedMeshTable(): MeshTable {
  table ??= loadMeshTable(MESH_FILES.map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') })));
  return table;
}

/** A service over the shipped profiles, the gene table and the chemical and disease tables. */
export function fullService(): LanguageService {
  service ??= createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable(), mesh: shippedMeshTable() });
  return service;
}
