// What scripts/bench.ts and scripts/benchAnalyze.ts share: the language service with every table loaded as the server
// loads them, the median, and one keystroke + diagnostics at a time in a 1 MB document as the server makes them.
import * as path from 'path';
import { createLanguageService, EditableDocument, type LanguageService } from '../server/src/core';
import { readProfileDocuments } from '../server/src/profileFiles';
import { GENE_INDEX_NAME, readGeneTable } from '../server/src/geneTableFile';
import { MESH_INDEX_NAME, meshTableOfFiles, readMeshTables } from '../server/src/meshTableFile';

/** The service of the repository at `root`, every kind loaded: the profiles, the gene table and the MeSH tables. */
export function loadBenchService(root: string): LanguageService {
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  const profiles = readProfileDocuments([path.join(root, 'data', 'profiles')]).docs;
  const genes = readGeneTable(path.join(root, 'data'), path.join(root, 'dist', GENE_INDEX_NAME), log);
  const mesh = meshTableOfFiles(readMeshTables(path.join(root, 'data'), log, path.join(root, 'dist', MESH_INDEX_NAME)));
  return createLanguageService({ profiles, genes, mesh });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Keystroke i lands somewhere else in the document (the harder case). */
export const spreadKeystroke = (length: number) => (i: number): number => Math.floor((((i * 7919) % 997) / 997) * length);
/** Keystroke i types on at one place, as a writer does. */
export const typingKeystroke = (length: number) => (i: number): number => Math.floor(length / 3) + i;

/**
 * The time of each of 200 keystrokes in a document of `text` (at offsets `at(i)`), each followed by the updated
 * diagnostics, as the server does it: its document type, the edit through service.update (as TextDocuments' update
 * hook sends it).
 */
export function keystrokeTimes(service: LanguageService, uri: string, text: string, at: (i: number) => number): number[] {
  const doc = EditableDocument.create(uri, 'markdown', 1, text);
  service.getDiagnostics(doc);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const pos = doc.positionAt(at(i));
    const t0 = performance.now();
    service.update(doc, [{ range: { start: pos, end: pos }, text: i % 2 ? 'x' : ' ' }], doc.version + 1);
    service.getDiagnostics(doc);
    times.push(performance.now() - t0);
  }
  service.forget(doc.uri);
  return times;
}
