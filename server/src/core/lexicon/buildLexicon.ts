// Profiles become a lexicon: the entities, and every way of writing each one with its case rule.
// - A later profile replaces an earlier one with the same id (workspace profiles come after the shipped ones).
// - Terms: the symbol (case-sensitive, except for conditions and hormones, whose symbols are words such as
//   "DNA damage"), the name (any case), and each synonym with its declared case rule or the default for its type
//   (alias, previous, abbreviation: sensitive; name, synonym, spelling: insensitive). A synonym the curator marked
//   `ambiguity.decision: "skip"` is listed on the card but is not a term.
// - An rs ID that a profile's `snps` names but no profile describes becomes a bare variant entity.
// - With a gene table (geneLexicon.ts), every human gene is known too: `get` and `resolve` find table genes, `terms`
//   includes their symbols and aliases (built on first access), and profiles take over the rows of their genes.
// - With the table's families (familyLexicon.ts), every FamPlex family or complex is an entity of kind `family`, its
//   texts terms of the profile tries; `get` and `resolve` find them, `families` lists them.
// - With the gene table, the species of speciesLexicon.ts too ("mice": NCBITaxon:10090, kind `species`).
import { canonicalTerm, foldedTerm } from '../matcher/chars';
import { familyTerms } from './familyLexicon';
import { GeneLexicon } from './geneLexicon';
import type { GeneTableData } from './geneTableData';
import { meshEntity, type MeshTable } from './meshTable';
import { speciesTerms } from './speciesLexicon';
import type { EntityKind, SynonymType } from '../profile';
import type { Entity, Lexicon, LoadedProfile, MatchVia, Term, TermList } from '../types';
import { runToEnd } from '../steps';

const SENSITIVE_BY_DEFAULT: Record<SynonymType, boolean> = {
  alias: true,
  previous: true,
  abbreviation: true,
  name: false,
  synonym: false,
  spelling: false,
};

const WORD_SYMBOL_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['condition', 'hormone']);

const RSID = /^rs\d+$/;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The profiles that survive overriding, in the order of their last occurrence. */
function latestById(profiles: readonly LoadedProfile[]): LoadedProfile[] {
  const byId = new Map<string, LoadedProfile>();
  for (const loaded of profiles) {
    const id = loaded?.profile?.id;
    if (!isText(id)) continue;
    byId.delete(id);
    byId.set(id, loaded);
  }
  return [...byId.values()];
}

/** Texts seen so far: a list while short, a Set once longer. */
class SeenTexts {
  private list: string[] | undefined = [];
  private set: Set<string> | undefined;
  /** Adds `text`; false when it was there already. */
  add(text: string): boolean {
    if (this.list) {
      if (this.list.includes(text)) return false;
      this.list.push(text);
      if (this.list.length > 32) {
        this.set = new Set(this.list);
        this.list = undefined;
      }
      return true;
    }
    const set = this.set as Set<string>;
    if (set.has(text)) return false;
    set.add(text);
    return true;
  }
}

/** Adds a profile's terms to `terms`, with each one's canonical text in `canons`. */
function addTermsOf(loaded: LoadedProfile, terms: Term[], canons: string[]): void {
  const p = loaded.profile;
  // A profile usually has a handful of terms (linear look-ups beat a Set), but may have many thousands: SeenTexts
  // switches to a Set past a few, so loading stays linear in the aliases.
  const seenExact = new SeenTexts();
  const seenFolded = new SeenTexts();
  const add = (text: unknown, via: MatchVia, caseSensitive: boolean): void => {
    if (!isText(text)) return;
    const canon = canonicalTerm(text);
    const seen = caseSensitive ? seenExact : seenFolded;
    const key = caseSensitive ? canon : foldedTerm(canon);
    if (!seen.add(key)) return;
    terms.push({ text: text.trim(), entityId: p.id, via, caseSensitive });
    canons.push(canon);
  };
  add(p.symbol, 'symbol', !WORD_SYMBOL_KINDS.has(p.kind));
  add(p.name, 'name', false);
  for (const syn of Array.isArray(p.synonyms) ? p.synonyms : []) {
    if (!syn || syn.ambiguity?.decision === 'skip') continue;
    const type: SynonymType = syn.type in SENSITIVE_BY_DEFAULT ? syn.type : 'synonym';
    const sensitive = syn.case === 'sensitive' ? true : syn.case === 'insensitive' ? false : SENSITIVE_BY_DEFAULT[type];
    add(syn.text, type, sensitive);
  }
}

/** Texts the curators marked `ambiguity.decision: "skip"`: listed on cards, never recognized (nor from the gene table). */
function skippedTexts(profiles: readonly LoadedProfile[]): string[] {
  const out: string[] = [];
  for (const loaded of profiles) {
    for (const syn of Array.isArray(loaded.profile.synonyms) ? loaded.profile.synonyms : []) {
      if (syn?.ambiguity?.decision === 'skip' && isText(syn.text)) out.push(syn.text.trim());
    }
  }
  return out;
}

export function buildLexicon(profiles: LoadedProfile[], geneTable?: GeneTableData, mesh?: MeshTable): Lexicon {
  const entities = new Map<string, Entity>();
  const terms: Term[] = [];
  const canons: string[] = [];
  const kept = latestById(Array.isArray(profiles) ? profiles : []);
  for (const loaded of kept) {
    const p = loaded.profile;
    entities.set(p.id, { id: p.id, kind: p.kind, symbol: p.symbol, name: p.name, profile: loaded });
    addTermsOf(loaded, terms, canons);
  }
  for (const loaded of kept) {
    for (const snp of Array.isArray(loaded.profile.snps) ? loaded.profile.snps : []) {
      const id = snp?.id;
      if (isText(id) && RSID.test(id) && !entities.has(id)) {
        entities.set(id, { id, kind: 'variant', symbol: id, name: id });
      }
    }
  }

  const fam = geneTable?.families ? familyTerms(geneTable.families, entities, terms, canons) : undefined;
  const families = fam?.families;
  if (fam) {
    terms.push(...fam.terms);
    canons.push(...fam.canons);
  }
  // Species (speciesLexicon.ts), with the gene table as the families: the words that name an organism.
  const sp = geneTable ? speciesTerms(canons) : undefined;
  const species = sp?.species;
  if (sp) {
    terms.push(...sp.terms);
    canons.push(...sp.canons);
  }
  const entityOf = (id: string): Entity | undefined => entities.get(id) ?? families?.get(id) ?? species?.get(id);

  // resolve(): exact text first (ids, then symbols, names and synonyms in that order), then folded text of the
  // terms that match in any case. The first entity to claim a text keeps it. Built on first use: only data
  // cross-references need it, and it would double the start-up cost of a large lexicon.
  let exact: Map<string, Entity> | undefined;
  let folded: Map<string, Entity> | undefined;
  const resolveMaps = (): [Map<string, Entity>, Map<string, Entity>] => {
    if (exact && folded) return [exact, folded];
    const e = new Map<string, Entity>();
    const f = new Map<string, Entity>();
    for (const rank of [0, 1, 2]) {
      terms.forEach((term, i) => {
        if ((term.via === 'symbol' ? 0 : term.via === 'name' ? 1 : 2) !== rank) return;
        const entity = entityOf(term.entityId);
        const canon = canons[i] ?? '';
        if (!entity || !canon) return;
        if (!e.has(canon)) e.set(canon, entity);
        if (term.caseSensitive) return;
        const key = foldedTerm(canon);
        if (!f.has(key)) f.set(key, entity);
      });
    }
    exact = e;
    folded = f;
    return [e, f];
  };

  const genes = geneTable ? new GeneLexicon(geneTable, entities, skippedTexts(kept)) : undefined;
  const profileTerms = Object.freeze(terms);
  let allTerms: readonly Term[] | undefined = genes || mesh ? undefined : profileTerms;
  /** The term list being built in steps (prepareTerms), which `terms` finishes if asked for meanwhile. */
  let building: Generator<void, Term[]> | undefined;
  /** Every term: the profiles', the gene table's, then the chemical and disease tables' (completion, symbols). */
  function* termsInSteps(): Generator<void, Term[]> {
    const out = genes ? yield* genes.termsInSteps(profileTerms) : [...profileTerms];
    let n = 0;
    for (const t of mesh?.terms() ?? []) {
      out.push({ text: t.text, entityId: mesh?.idOf(t.entry) ?? '', via: t.first ? 'symbol' : 'synonym', caseSensitive: false });
      if (++n % 1024 === 0) yield;
    }
    return out;
  }

  /** The term list (termListInSteps), once made, and its making under way. */
  let list: TermList | undefined;
  let listing: Generator<void, TermList> | undefined;

  const lexicon: Lexicon = {
    entities,
    get terms(): readonly Term[] {
      if (allTerms) return allTerms;
      return (allTerms ??= Object.freeze(runToEnd((building ??= termsInSteps()))));
    },
    *prepareTerms() {
      if (allTerms) return;
      building ??= termsInSteps();
      for (;;) {
        const step = building.next();
        if (step.done) {
          allTerms ??= Object.freeze(step.value);
          return;
        }
        if (allTerms) return;
        yield;
      }
    },
    *termListInSteps() {
      if (list) return list;
      listing ??= termListOf(profileTerms, genes, mesh);
      for (;;) {
        const step = listing.next();
        if (step.done) return (list ??= step.value);
        if (list) return list;
        yield;
      }
    },
    profileTerms,
    termCount: profileTerms.length + (genes?.termCount ?? 0) + (mesh?.termCount ?? 0),
    genes,
    mesh,
    families,
    get: (id: string) => (typeof id === 'string' ? (entityOf(id) ?? genes?.findById(id) ?? meshEntity(mesh, id)) : undefined),
    resolve: (text: string) => {
      if (!isText(text)) return undefined;
      const t = text.trim();
      const direct = entityOf(t);
      if (direct) return direct;
      const [e, f] = resolveMaps();
      return e.get(canonicalTerm(t)) ?? f.get(foldedTerm(t)) ?? genes?.resolve(t);
    },
  };
  return Object.freeze(lexicon);
}

/**
 * `terms` by position (entities.ts: TermList): the profiles' terms as they are, then the gene table's (geneLexicon.ts
 * makes each on demand) and the chemical and disease tables' (each entry's n-th term, read from its line on demand),
 * in the order of `termsInSteps` above.
 */
function* termListOf(profileTerms: readonly Term[], genes: GeneLexicon | undefined, mesh: MeshTable | undefined): Generator<void, TermList> {
  const geneList = genes ? yield* genes.termListInSteps() : undefined;
  const entries: number[] = [];
  const ordinals: number[] = [];
  const firsts: boolean[] = [];
  let last = -1;
  let ordinal = 0;
  for (const t of mesh?.terms() ?? []) {
    ordinal = t.entry === last ? ordinal + 1 : 0;
    last = t.entry;
    entries.push(t.entry);
    ordinals.push(ordinal);
    firsts.push(t.first);
    if (entries.length % 1024 === 0) yield;
  }
  const entryOf = Int32Array.from(entries);
  const ordinalOf = Int32Array.from(ordinals);
  const firstOf = Uint8Array.from(firsts, Number);
  const p = profileTerms.length;
  const g = p + (geneList?.length ?? 0);
  const length = g + entryOf.length;
  return {
    length,
    at(position: number): Term | undefined {
      if (!Number.isInteger(position) || position < 0 || position >= length) return undefined;
      if (position < p) return profileTerms[position];
      if (position < g) return geneList?.at(position - p);
      const k = position - g;
      const entry = entryOf[k] ?? 0;
      const text = mesh?.entry(entry).terms[ordinalOf[k] ?? 0] ?? '';
      return { text, entityId: mesh?.idOf(entry) ?? '', via: firstOf[k] ? 'symbol' : 'synonym', caseSensitive: false };
    },
    *texts(): Generator<string> {
      for (const term of profileTerms) yield term.text;
      if (geneList) yield* geneList.texts();
      for (const t of mesh?.terms() ?? []) yield t.text;
    },
  };
}
