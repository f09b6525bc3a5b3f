// A disease named in a paragraph that says a chemical induced something ("haloperidol-induced ...", "induced by
// cocaine") is, where MeSH has a descriptor for its form induced by a drug or substance, that descriptor: "psychosis"
// is Substance-Induced Psychoses there, "hypersensitivity" Drug Hypersensitivity, "dyskinesia" Drug-Induced Dyskinesia
// (the names the tables give those descriptors: "drug-induced psychosis", "drug hypersensitivity"). Run after a
// paragraph's table matches are decided (meshScan.ts), once per disease match, only in a paragraph with a chemical and
// "induc": one look-up of each prefixed name.
import type { MeshTable } from '../lexicon/meshTable';
import type { Match } from './meshShortForms';

/** How the tables name a disease's form induced by a drug or substance. */
const INDUCED_PREFIXES = ['drug-induced ', 'drug ', 'substance-induced '];
/** Longest disease name looked up with a prefix. */
const LONGEST = 40;

/** Gives out[first..]'s disease matches in text[from, to) their drug-induced descriptor where the paragraph says so. */
export function inducedForms(table: MeshTable, text: string, from: number, to: number, out: Match[], first: number): void {
  let chemical = false;
  let disease = false;
  for (let k = first; k < out.length && !(chemical && disease); k++) {
    const kind = table.kindOf(out[k]?.entry ?? -1);
    if (kind === 'chemical') chemical = true;
    else if (kind === 'disease') disease = true;
  }
  if (!chemical || !disease || !saysInduced(text, from, to)) return;
  let memo: Map<number, number> | undefined;
  for (let k = first; k < out.length; k++) {
    const m = out[k] as Match;
    if (m.end - m.start > LONGEST || table.kindOf(m.entry) !== 'disease') continue;
    memo ??= new Map();
    let induced = memo.get(m.entry);
    if (induced === undefined) {
      induced = inducedEntry(table, text.slice(m.start, m.end), m.entry);
      memo.set(m.entry, induced);
    }
    if (induced >= 0) m.entry = induced;
  }
}

/** The entry of the disease `name`'s drug-induced form (another disease entry), or -1. */
function inducedEntry(table: MeshTable, name: string, entry: number): number {
  for (const prefix of INDUCED_PREFIXES) {
    const found = table.lookup(prefix + name);
    if (found && found.entry !== entry && table.kindOf(found.entry) === 'disease') return found.entry;
  }
  return -1;
}

/**
 * Whether text[from, to) has "induc" (induced, inducing, induction), in any case of its first letter: one pass over the
 * paragraph only (indexOf would read on past its end, to the document's, at every paragraph).
 */
function saysInduced(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k + 3 < to; k++) {
    if (text.charCodeAt(k) !== 110 || text.charCodeAt(k + 1) !== 100 || text.charCodeAt(k + 2) !== 117 || text.charCodeAt(k + 3) !== 99) continue;
    const c = text.charCodeAt(k - 1);
    if (c === 105 || c === 73) return true;
  }
  return false;
}
