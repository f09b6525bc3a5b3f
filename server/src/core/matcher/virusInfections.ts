// A virus named right before "infection", "infected", "co-infection", "co-infected" or "mono-infected" ("HIV-1
// infection", "HBV-infected", "HIV co-infection") names the infection: the disease MeSH names for that virus (HIV
// Infections, Hepatitis B, Hepatitis C, Epstein-Barr Virus Infections, Papillomavirus Infections), as the corpora
// annotate it: one disease mention over both words, in place of the virus's species mention and of an "infection"
// mention after it. The disease of each virus of the species table (lexicon/taxa.ts VIRUSES) is found in the MeSH
// table by its names: "<name> infection", else the name without "virus" ("hepatitis B"); looked up once per table.
// Cost: per species mention of a virus, a look at the word after it.
import type { MeshTable } from '../lexicon/meshTable';
import { SPECIES_TERMS, taxonEntityId, VIRUSES } from '../lexicon/taxa';

/** Words after a virus's name that make it its infection (lower case). */
const INFECTION_WORDS = ['infection', 'infections', 'infected', 'co-infection', 'co-infections', 'co-infected', 'coinfection', 'coinfected', 'mono-infected'];
/** Longest of them. */
const LONGEST = 14;

/** The disease entry of each virus's species entity id, per table. */
const entriesOf = new WeakMap<MeshTable, Map<string, number>>();

function infectionEntries(table: MeshTable): Map<string, number> {
  let entries = entriesOf.get(table);
  if (entries) return entries;
  entries = new Map();
  for (const taxon of VIRUSES) {
    for (const name of SPECIES_TERMS[taxon] ?? []) {
      const found = table.lookup(`${name} infection`) ?? (/ virus$/.test(name) ? table.lookup(name.replace(/ virus$/, '')) : undefined);
      if (found && table.kindOf(found.entry) === 'disease') {
        entries.set(taxonEntityId(taxon), found.entry);
        break;
      }
    }
  }
  entriesOf.set(table, entries);
  return entries;
}

interface Span {
  start: number;
  end: number;
  kind: string;
  entityId: string;
}

/**
 * `mentions` (sorted) with each virus's species mention that an infection word follows made a disease mention over both
 * (by `make`, for the virus's disease entry), and a mention inside the infection word dropped; the array itself when
 * there is none.
 */
export function virusInfections<M extends Span>(table: MeshTable, text: string, mentions: M[], make: (start: number, end: number, entry: number) => M): M[] {
  let out: M[] | undefined;
  let skipUntil = -1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as M;
    if (m.start < skipUntil) continue;
    const entry = m.kind === 'species' ? infectionEntries(table).get(m.entityId) : undefined;
    const end = entry === undefined ? -1 : infectionEnd(text, m.end);
    if (entry === undefined || end < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    out.push(make(m.start, end, entry));
    skipUntil = end;
  }
  return out ?? mentions;
}

/** Where an infection word after a space or hyphen at `at` ends, or -1. */
function infectionEnd(text: string, at: number): number {
  const gap = text.charCodeAt(at);
  if (gap !== 32 && gap !== 45) return -1;
  const from = at + 1;
  let to = from;
  while (to < text.length && to - from <= LONGEST && (isLetter(text.charCodeAt(to)) || text.charCodeAt(to) === 45)) to++;
  if (to - from > LONGEST) return -1;
  const word = text.slice(from, to).toLowerCase();
  return INFECTION_WORDS.includes(word) ? to : -1;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
