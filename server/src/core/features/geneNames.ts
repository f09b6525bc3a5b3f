// Full names of the gene table's genes, for Go to Symbol in Workspace ("tumor protein p53" finds TP53). The table's
// names are not terms (the matcher does not look for them), so they are read once per lexicon, folded, and scanned.
import { foldedTerm } from '../matcher/chars';
import type { Entity, Lexicon } from '../types';
import { runToEnd } from '../steps';

const cache = new WeakMap<Lexicon, string[]>();

const CHUNK = 512;

/** Reads the names, a chunk at a time: each `yield` is a point where a host may let other work run. */
function* readNames(lexicon: Lexicon): Generator<void, string[]> {
  const done = cache.get(lexicon);
  if (done) return done;
  const genes = lexicon.genes;
  const names: string[] = [];
  for (let row = 0; genes && row < genes.table.index.count; row++) {
    names.push(foldedTerm(genes.record(row).name));
    if (row % CHUNK === CHUNK - 1) yield;
  }
  cache.set(lexicon, names);
  return names;
}

function foldedNames(lexicon: Lexicon): string[] {
  return runToEnd(readNames(lexicon));
}

/** Table genes whose full name contains the folded `part`, in table order, at most `limit`. */
export function tableGenesNamed(lexicon: Lexicon, part: string, limit: number): Entity[] {
  const genes = lexicon.genes;
  const wanted = foldedTerm(part);
  const out: Entity[] = [];
  if (!genes || !wanted) return out;
  const names = foldedNames(lexicon);
  for (let row = 0; row < names.length && out.length < limit; row++) {
    if (!(names[row] ?? '').includes(wanted)) continue;
    const entity = genes.entityOf(row);
    if (entity) out.push(entity);
  }
  return out;
}

/** Reads the names ahead of the first query, in steps (see readNames). */
export function* prepareGeneNames(lexicon: Lexicon): Generator<void, void> {
  yield* readNames(lexicon);
}
