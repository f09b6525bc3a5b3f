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
  for (let k = first; k < out.length && !chemical; k++) chemical = table.kindOf(out[k]?.entry ?? -1) === 'chemical';
  if (!chemical || !saysInduced(text, from, to)) return;
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

/** Whether text[from, to) has "induc" (induced, inducing, induction), in any case of its first letter. */
function saysInduced(text: string, from: number, to: number): boolean {
  for (let at = text.indexOf('nduc', from); at >= 0 && at + 4 <= to; at = text.indexOf('nduc', at + 4)) {
    const c = text.charCodeAt(at - 1);
    if (at - 1 >= from && (c === 105 || c === 73)) return true;
  }
  return false;
}
