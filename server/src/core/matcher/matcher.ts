// Finds the lexicon's terms and any rs ID in a document's prose. Runs on every keystroke, so: one pass over the
// text (scanner.ts); at each word start cheap filters reject the words that start no term, and only a word that may
// start one walks a trie; no allocation per character, no regular expression per term.
//
// Rules (precise before generous):
// - a term starts where the previous character is not a letter or digit (any script) and, when it ends in a letter
//   or digit, ends where the next one is not: "NMRK1-mediated", "NMRK1's", "(NMRK1)" match, "NMRK10", "XNMRK1" not;
//   '_' and '+' are not letters: "_NMRK1_" and "SIRT1+ cells" / "CD38+/+" match the gene (a trailing '+' after a
//   letter or digit is marker notation; charged species such as "NAD+" are terms of their own and win as longer);
// - case: a case-sensitive term must match exactly (after typographic normalisation), others in any case;
// - white space inside a term matches any run of spaces/tabs with at most one line break; a hyphen in the text
//   may stand for a space in the term ("DNA-damage"), tried only where the term has no hyphen at that point;
// - the longest match wins; at equal length a case-sensitive term beats an insensitive one, then symbol > name >
//   alias > previous > abbreviation > synonym > spelling, then the later profile;
// - `rs` + digits (lower-case rs, word-bounded) is a variant mention, known when the lexicon has that variant;
// - nothing inside `excludedRegions` matches, and a term never crosses into one;
// - with a gene table, a third trie holds every gene symbol and alias (case-sensitive): a profile's term wins over
//   a table text of the same length; a table text that also reads as prose (SET, MAX, "Yes", short ones) is kept
//   only where the text is about genes (geneContext.ts); an ambiguous alias lists its candidates (geneLexicon.ts).
// - a fourth trie holds the table's texts as writers vary them (case, Greek letters, hyphens, full names:
//   lexicon/geneVariants.ts, walked by variantWalker.ts); it is taken only when longer than any match above.
//
// Cost: a scan records its matches in typed arrays (found.ts), settles the gene texts that need context there
// (geneContext.ts), and only then makes one Mention per mention kept, all of one shape; the text of a short mention
// met before is reused.
import { excludedRegions, type TextRegion } from '../markup/regions';
import type { LanguageKind, Lexicon, Mention } from '../types';
import { caseTrie } from './caseTrie';
import { charTables } from './chars';
import { DROPPED, Found, KNOWN, PENDING } from './found';
import { confirmPending } from './geneContext';
import { widenGeneSpans } from './geneSpans';
import { dropLoneSpecies, speciesOfMentions } from './species';
import { SpeciesStarts } from './speciesStarts';
import type { MentionPool } from './mentionPool';
import { type MeshMatch, meshVerdicts, mergeMesh, scanMesh } from './meshScan';
import { MeshWords } from './meshWords';
import { DEFINED_PREFIX, definedChemicals, withDefinedChemicals } from './definedChemicals';
import { virusInfections } from './virusInfections';
import { FOLDED, GENE, RSID, Scanner, SENSITIVE } from './scanner';
import { Units } from './units';

export interface Matcher {
  findMentions(text: string, language: LanguageKind): Mention[];
  /**
   * The same, when the caller already has the document's excluded regions (sorted, non-overlapping). With a `pool`,
   * the mentions are taken from it where it has some (the analyzer's: see mentionPool.ts).
   */
  findMentionsOutside(text: string, regions: readonly TextRegion[], pool?: MentionPool): Mention[];
  /** Mentions in text[from, to) only; `from` and `to` must be paragraph boundaries (after a blank line). */
  findMentionsBetween(text: string, from: number, to: number, regions: readonly TextRegion[]): Mention[];
}

/**
 * Makes the Mention objects: plain objects (prototype Object.prototype, the properties of the literal, in its order),
 * made with `new` rather than from a literal. V8 allocates the objects of a literal in the old generation once enough
 * of them have outlived a young-generation collection (allocation-site pretenuring), which a scan's tens of thousands
 * of mentions soon do, and then for good; measured (npm run bench), that made the step 5 to 6 times slower (fresh
 * old-generation memory on every scan) in some runs. Objects made with `new` carry no such feedback.
 */
interface MentionConstructor {
  new (start: number, end: number, text: string, entityId: string, kind: Mention['kind'], via: Mention['via'], known: boolean): Mention;
}
/** Sets every field of a mention: the constructor, and the refill of a mention taken from the pool. */
function fillMention(this: Mention, start: number, end: number, text: string, entityId: string, kind: Mention['kind'], via: Mention['via'], known: boolean): void {
  this.start = start;
  this.end = end;
  this.text = text;
  this.entityId = entityId;
  this.kind = kind;
  this.via = via;
  this.known = known;
}
const MentionObject = fillMention as unknown as MentionConstructor;
MentionObject.prototype = Object.prototype as Mention;

/** Texts of at most this many code units are reused (a longer slice is a view on the document: not kept). */
const SHORT_TEXT = 12;
const TEXT_CACHE_BITS = 10;

/**
 * `unitByUnit`: the MeSH scan reads every code unit itself rather than the main scan's list of its words (meshWords.ts),
 * as it did before the list: the same mentions, at a higher cost (for the tests that hold the two to the same result).
 */
export function createMatcher(lexicon: Lexicon, unitByUnit = false): Matcher {
  const chars = charTables();
  // Two tries: case-sensitive terms keyed by their exact (canonical) text, the others folded. Lower-case prose
  // then never enters the symbol trie, and no case check is needed after a walk.
  const sensitive = caseTrie(lexicon, true, chars);
  const folded = caseTrie(lexicon, false, chars);
  /** The matches of the scan under way (one scan at a time: the matcher is synchronous). */
  const found = new Found();
  const scanner = new Scanner(lexicon, sensitive, folded, chars, found);
  // The words the MeSH scan has work at, listed by the main scan as it reads them (meshWords.ts).
  const meshWords = lexicon.mesh && !unitByUnit ? new MeshWords(meshVerdicts(lexicon.mesh), chars.word) : undefined;
  scanner.meshWords = meshWords;
  const units = new Units();
  const speciesStarts = new SpeciesStarts();
  /** Recent mention texts, by a hash of their ref. */
  const texts: string[] = new Array<string>(1 << TEXT_CACHE_BITS).fill('');

  /** text[start, end), the same string as the last time this ref matched when it is short and unchanged. */
  function textOf(text: string, u: Uint16Array, start: number, end: number, ref: number): string {
    const n = end - start;
    if (n > SHORT_TEXT) return text.slice(start, end);
    const slot = Math.imul(ref, 0x9e3779b1) >>> (32 - TEXT_CACHE_BITS);
    const last = texts[slot] ?? '';
    if (last.length === n) {
      let k = 0;
      while (k < n && last.charCodeAt(k) === u[start + k]) k++;
      if (k === n) return last;
    }
    const fresh = text.slice(start, end);
    texts[slot] = fresh;
    return fresh;
  }

  /** A mention taken from the pool and filled in, or a new one. */
  function mention(pool: MentionPool | undefined, start: number, end: number, text: string, entityId: string, kind: Mention['kind'], via: Mention['via'], known: boolean): Mention {
    const m = pool?.take();
    if (m === undefined) return new MentionObject(start, end, text, entityId, kind, via, known);
    fillMention.call(m, start, end, text, entityId, kind, via, known);
    return m;
  }

  /**
   * The Mention objects of the matches not dropped, in order, in an array with room for `extra` more (the MeSH matches
   * merged into it next).
   */
  function mentions(text: string, u: Uint16Array, dropped: number, pool: MentionPool | undefined, extra: number): Mention[] {
    const { starts, ends, refs, flags, count } = found;
    // Sized once: growing a large array by push costs more than making the mentions, and an array of more than ~16K
    // elements is a large object (fresh memory on every scan), so the scan makes one.
    const out = new Array<Mention>(count - dropped + extra);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const f = flags[k] ?? 0;
      if ((f & DROPPED) !== 0) continue;
      const start = starts[k] ?? 0;
      const end = ends[k] ?? 0;
      const ref = refs[k] ?? 0;
      const source = ref & 3;
      if (source === GENE) {
        const gene = scanner.hitOf(ref >> 2);
        if (!gene) continue;
        const name = textOf(text, u, start, end, ref);
        if (gene.candidates) {
          // Another shape (one more property): never from the pool, never into it.
          const m = new MentionObject(start, end, name, gene.id, 'gene', gene.via, gene.known);
          m.candidates = gene.candidates;
          out[n++] = m;
        } else out[n++] = mention(pool, start, end, name, gene.id, 'gene', gene.via, gene.known);
      } else if (source === RSID) {
        const id = scanner.rsids[ref >> 2] ?? '';
        // An rs ID is written as its id, but at a sentence start ("Rs702553").
        if (id.startsWith('rs')) out[n++] = mention(pool, start, end, u[start] === 82 ? textOf(text, u, start, end, ref) : id, id, 'variant', 'rsid', (f & KNOWN) !== 0);
        else out[n++] = mention(pool, start, end, textOf(text, u, start, end, ref), id, 'variant', 'hgvs', false);
      } else {
        const entry = (source === SENSITIVE ? sensitive : source === FOLDED ? folded : undefined)?.entries[ref >> 2];
        if (entry) out[n++] = mention(pool, start, end, textOf(text, u, start, end, ref), entry.id, entry.kind, entry.via, true);
      }
    }
    out.length = n;
    return out;
  }

  /** Mentions in text[start, stop), skipping the regions (sorted; those outside the range are ignored). */
  function findMentionsBetween(text: string, start: number, stop: number, regions: readonly TextRegion[], pool?: MentionPool): Mention[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const end = Math.min(stop, text.length);
    found.clear();
    scanner.reset();
    let u: Uint16Array;
    try {
      u = units.of(text);
    } catch {
      return []; // no memory for a copy of the text: no mentions rather than a failure
    }
    meshWords?.clear();
    try {
      let from = Math.max(0, start);
      for (const r of regions) {
        if (r.end <= from) continue;
        if (r.start >= end) break;
        if (r.start > from) scanner.scanGap(text, u, from, r.start);
        from = r.end;
      }
      if (from < end) scanner.scanGap(text, u, from, end);
    } catch {
      // Never throw on a document: keep the mentions found so far (the MeSH scan then reads every unit).
      if (meshWords) meshWords.complete = false;
    }
    let dropped = 0;
    try {
      dropped = confirmPending(text, u, found);
    } catch {
      // Without a verdict, the gene texts that need context are left out.
      const { flags, count } = found;
      dropped = 0;
      for (let k = 0; k < count; k++) {
        if (((flags[k] ?? 0) & PENDING) === 0) continue;
        flags[k] = (flags[k] ?? 0) | DROPPED;
        dropped++;
      }
    }
    try {
      dropped += widenGeneSpans(text, u, found, lexicon.genes, end);
    } catch {
      // Never throw on a document: the mentions keep the extent the scan gave them.
    }
    const mesh = lexicon.mesh;
    /** Where the MeSH scan saw words that may name a species other than human (else species.ts searches for them). */
    let starts: Int32Array | undefined;
    // The MeSH scan reads the text alone: made before the gene mentions, so that their array has room for its matches.
    let matches: MeshMatch[] | undefined;
    if (mesh) {
      try {
        const from = Math.max(0, start);
        speciesStarts.clear();
        matches = scanMesh(mesh, text, u, from, end, regions, speciesStarts, meshWords?.complete ? meshWords : undefined);
        // The MeSH scan skips the regions: their words are read for species words here.
        for (const r of regions) if (r.end > from && r.start < end) speciesStarts.addWords(u, Math.max(from, r.start), Math.min(end, r.end), from, end);
        starts = speciesStarts.list();
      } catch {
        // Never throw on a document: the chemicals and diseases are left out.
        matches = undefined;
        starts = undefined;
      }
    }
    let out = mentions(text, u, dropped, pool, matches?.length ?? 0);
    if (mesh && matches) {
      try {
        out = mergeMesh(out, matches, (m) =>
          mention(pool, m.start, m.end, textOf(text, u, m.start, m.end, m.entry * 4 + 3), mesh.idOf(m.entry), mesh.kindOf(m.entry), 'synonym', false),
        );
      } catch {
        // Never throw on a document: the chemicals and diseases are left out.
      }
      try {
        // Chemicals named by a name or code no table has, that the text defines as such (definedChemicals.ts).
        out = withDefinedChemicals(out, definedChemicals(text, Math.max(0, start), end, regions, out), (d) =>
          mention(pool, d.start, d.end, text.slice(d.start, d.end), DEFINED_PREFIX + d.name, 'chemical', 'abbreviation', false),
        );
      } catch {
        // Never throw on a document: those chemicals are left out.
      }
    }
    try {
      // A rodent's gene: a mention of another shape (one more property), never from the pool.
      speciesOfMentions(text, Math.max(0, start), end, out, (k, species) => {
        const m = out[k];
        if (!m) return;
        const copy = new MentionObject(m.start, m.end, m.text, m.entityId, m.kind, m.via, m.known);
        if (m.candidates) copy.candidates = m.candidates;
        copy.species = species;
        out[k] = copy;
      }, starts);
      // "HIV-1 infection", "HBV-infected": the virus's infection, a disease (virusInfections.ts), once the virus has
      // told the genes after it their species.
      if (mesh) out = virusInfections(mesh, text, out, (s, e, entry) => mention(pool, s, e, text.slice(s, e), mesh.idOf(entry), mesh.kindOf(entry), 'synonym', false));
      dropLoneSpecies(u, out);
    } catch {
      // Without a verdict on species, the mentions name human genes.
    }
    found.release();
    scanner.reset();
    return out;
  }

  function findMentionsOutside(text: string, regions: readonly TextRegion[], pool?: MentionPool): Mention[] {
    return findMentionsBetween(text, 0, typeof text === 'string' ? text.length : 0, regions, pool);
  }

  return {
    findMentionsBetween: (text, from, to, regions) => findMentionsBetween(text, from, to, regions),
    findMentions(text: string, language: LanguageKind): Mention[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      return findMentionsOutside(text, excludedRegions(text, language));
    },
    findMentionsOutside,
  };
}
