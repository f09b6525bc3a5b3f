// The matcher's pass over the prose: every word start is tried against three tries (the profiles' case-sensitive
// terms, their other terms folded, the gene table's texts) and the gene table's spellings, and each match is recorded
// in `found` (no object per match). A word costs little unless it may start a term:
// - a word is looked up in the WordMemo first: what the scan may do at it (an rs ID, a sequence variant, a term of
//   some trie, a gene after "h", a variant ending it) is learnt at its first occurrence in the text (learn) and read
//   back at the others; most words of prose are settled there by one test (nothing, or nothing unless the unit after
//   the word goes on some trie's walk: goesOn);
// - to learn a word, its first three units are looked up in a bit set of the first units of the case-sensitive
//   tries' keys (prefixes.ts), its first unit and length in the folded trie's shapes (caseTrie.ts), and only then is
//   it hashed and checked against the tries' first words (caseTrie.firstWords);
// - where no walk can go on past the word, termAt's outcome depends on the word alone: learnt once, then repeated
//   (termAtWord), unless termAt read the text around it (a family's text: readAround).
// With a MeSH table, the scan lists the words the MeSH scan has work at as it reads them (meshWords.ts: each word's
// MeSH verdict is learnt with the word), so that the MeSH scan reads no unit again.
// A filter only rejects words that cannot start a key of its trie (a key's first word is the whole word at its
// start: no key ends inside a word), so the matches are those of walking every trie at every word start.
import type { GeneHit } from '../lexicon/geneLexicon';
import type { Lexicon } from '../types';
import { type CaseTrie, type Entry, FNV_START, firstWordBit, fnv, SHAPE_MASK } from './caseTrie';
import { H2_START, mix } from '../lexicon/meshHash';
import type { CharTables } from './chars';
import { namesOneMember } from './familyContext';
import { EVIDENCE, type Found, KNOWN, LOOSE, PENDING, STRICT } from './found';
import { addFirstPrefixes, hasPrefix, prefixBit, prefixSet } from './prefixes';
import { longerKeys } from './trie';
import { TrieWalker } from './walker';
import { unitsAre } from './units';
import { unitAt, variantFoldTable, variantPrefixBit } from '../text/variantKey';
import { NEXT_SIZE, VariantWalker } from './variantWalker';
import type { GeneVariants } from '../lexicon/geneVariants';
import { variantWordBit } from '../lexicon/geneVariants';
import { mayStartVariant, VariantRecognizer } from './variants';
import { GREEK_UNIT, type MeshWords, SCAN_UNITS, SPAN } from './meshWords';
import { NOT_QUIET, OUTCOME_CONTEXT, OUTCOME_FOUND, OUTCOME_NONE, OUTCOME_UNKNOWN, PHRASE_WAYS, QUIET, UNKNOWN, UNSURE, WordMemo } from './wordMemo';

/** Sources of a match's ref ((key << 2) | source). */
export const GENE = 0;
export const SENSITIVE = 1;
export const FOLDED = 2;
export const RSID = 3;

/** Tries a word may start a key of (WordMemo.tries), and their index in WordMemo.nodes. */
const TRY_SENSITIVE = 1;
const TRY_FOLDED = 2;
const TRY_GENES = 4;
const TRY_VARIANTS = 8;
const AT_SENSITIVE = 0;
const AT_FOLDED = 1;
const AT_GENES = 2;

/**
 * What the scan may do at a word (WordMemo.verdict), learnt once per word: W_KNOWN alone (or with W_NEXT, when the
 * walks cannot go on past it) means nothing.
 */
const W_KNOWN = 1;
/** "rs" and digits: an rs ID where no letter or digit follows. */
const W_RSID = 2;
/**
 * mayStartVariant holds; W_VARIANT_ASK: ask it at each occurrence (it reads the unit after a word of one unit, and the
 * one after a word of two: any unit that ends a word gives the same answer, but a word cut by the gap's end is asked).
 */
const W_VARIANT = 4;
const W_VARIANT_ASK = 8;
/** "h" or "r" first: humanPrefixed may read a gene after it. */
const W_HUMAN = 16;
/** Five units or more, a digit before the last: matchSuffix may read a variant ending there. */
const W_SUFFIX = 32;
/** The word starts a key of some trie and a key ends at its end (or the variant walk is not quiet there): termAt. */
const W_WALK = 64;
/** The word starts a key of some trie but none ends at its end: termAt only when a walk may go on (goesOn). */
const W_NEXT = 128;
/** The word starts a key of some trie and was met once: walked (W_WALK) until detail() tells W_WALK from W_NEXT. */
const W_FRESH = 256;

/** Kinds of code units. */
const WORD = 1;
/** A non-word unit that starts some term ("(+)-catechin"): a term may start there too. */
const STARTS_TERM = 2;

const HIT_CACHE_BITS = 10;
/** phraseAt's answer when no phrase of the word matches. */
const PHRASE_MISS = -2;
/** Units after a word a remembered phrase may hold. */
const MAX_PHRASE = 32;

export class Scanner {
  /** The rs IDs and the other variants' ids (variants.ts) of the scan under way, by ref. */
  readonly rsids: string[] = [];
  /** Sequence variants written in HGVS and legacy notations (variants.ts). */
  private readonly sequenceVariants: VariantRecognizer;
  private readonly word: Uint8Array;
  private readonly fold: Uint16Array;
  private readonly kind = new Uint8Array(65536);
  private readonly sensitiveFlags: Uint8Array;
  private readonly foldedFlags: Uint8Array;
  /** Per key of the case-sensitive trie: whether the gene table has longer keys that start with it. */
  private readonly geneLonger: Uint8Array;
  /** The first units of the case-sensitive tries' first words. */
  private readonly exactPrefixes: Int32Array;
  /** The folded trie's first-word shapes by the unit as written (case pairs share their bits). */
  private readonly foldedShapes = new Uint32Array(SHAPE_MASK + 1);
  private readonly sensitiveWalker: TrieWalker;
  private readonly foldedWalker: TrieWalker;
  private readonly geneWalker: TrieWalker | undefined;
  private readonly geneWords: Int32Array | undefined;
  private readonly memo = new WordMemo();
  /** The gene table's variant keys (case, Greek letters, hyphens, full names: geneVariants.ts), after its own keys. */
  private readonly variants: GeneVariants | undefined;
  private readonly variantWalker: VariantWalker | undefined;
  private readonly variantBase: number;
  private readonly variantFold: Uint16Array;
  /** Recent gene hits by key (GeneLexicon.hitOf is a lookup in a sparse array). */
  private readonly hitKeys = new Int32Array(1 << HIT_CACHE_BITS).fill(-1);
  private readonly hitValues: (GeneHit | null)[] = new Array<GeneHit | null>(1 << HIT_CACHE_BITS).fill(null);
  /**
   * The MeSH scan's list of the words it has work at (meshWords.ts), filled by scanGap when set: each word's MeSH
   * verdict is learnt with the word (WordMemo.mesh).
   */
  meshWords: MeshWords | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    readonly sensitive: CaseTrie,
    readonly folded: CaseTrie,
    chars: CharTables,
    private readonly found: Found,
  ) {
    const { canon, fold, word } = chars;
    this.word = word;
    this.fold = fold;
    this.sequenceVariants = new VariantRecognizer(word);
    const geneTrie = lexicon.genes?.terms.trie;
    this.geneWords = lexicon.genes?.terms.firstWords;
    // One pass over the code units: their kinds, the folded trie's shapes, the case-sensitive tries' first units.
    const { kind, foldedShapes } = this;
    const shapes = folded.firstShapes;
    const sensitiveRoot = sensitive.trie.root;
    const foldedRoot = folded.trie.root;
    const geneRoot = geneTrie?.root;
    const prefixes = prefixSet();
    const sensitiveRoots: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if ((sensitiveRoot[c] ?? -1) > 0) sensitiveRoots.push(c);
      if (word[c]) {
        kind[c] = WORD;
        const shape = shapes[(fold[c] ?? c) & SHAPE_MASK] ?? 0;
        if (shape !== 0) foldedShapes[c & SHAPE_MASK] = (foldedShapes[c & SHAPE_MASK] ?? 0) | shape;
        if ((sensitiveRoot[c] ?? -1) > 0) addFirstPrefixes(prefixes, sensitive.trie, c, word);
        if (geneTrie && (geneRoot?.[c] ?? -1) > 0) addFirstPrefixes(prefixes, geneTrie, c, word);
      } else if (c !== 32) {
        const k = canon[c] ?? c;
        if ((sensitiveRoot[k] ?? -1) > 0 || (foldedRoot[fold[c] ?? c] ?? -1) > 0 || (geneRoot?.[k] ?? -1) > 0) kind[c] = STARTS_TERM;
      }
    }
    this.exactPrefixes = prefixes;
    // A profile's gene, complex, family or variant is evidence that a sentence is about genes (geneContext.ts); a
    // family's short text needs that context itself.
    const evidence = (e: Entry): number =>
      e.needsContext ? PENDING : e.kind === 'gene' || e.kind === 'complex' || e.kind === 'family' || e.kind === 'variant' ? EVIDENCE : 0;
    this.sensitiveFlags = Uint8Array.from(sensitive.entries, evidence);
    this.foldedFlags = Uint8Array.from(folded.entries, evidence);
    this.geneLonger = geneTrie ? longerKeys(sensitive.trie, geneTrie, sensitive.entries.length, sensitiveRoots) : new Uint8Array(0);
    this.sensitiveWalker = new TrieWalker(sensitive.trie, canon, word, fold);
    this.foldedWalker = new TrieWalker(folded.trie, fold, word, fold);
    this.geneWalker = geneTrie ? new TrieWalker(geneTrie, canon, word, fold) : undefined;
    this.variants = lexicon.genes?.table.variants;
    this.variantFold = this.variants ? variantFoldTable() : fold;
    this.variantWalker = this.variants ? new VariantWalker(this.variants.trie, word, this.variantFold) : undefined;
    this.variantBase = lexicon.genes?.terms.keyCount ?? 0;
  }

  /** Before a scan: forgets the previous text's words. */
  reset(): void {
    this.rsids.length = 0;
    this.memo.reset();
  }

  /** What the gene table text of `key` stands for (GeneLexicon.hitOf, through a small cache). */
  hitOf(key: number): GeneHit | null {
    const slot = key & ((1 << HIT_CACHE_BITS) - 1);
    if (this.hitKeys[slot] === key) return this.hitValues[slot] ?? null;
    const hit = this.lexicon.genes?.hitOf(key) ?? null;
    this.hitKeys[slot] = key;
    this.hitValues[slot] = hit;
    return hit;
  }

  /** Scans the prose gap [from, to) of `text` (whose units are `u`), recording its matches. */
  scanGap(text: string, u: Uint16Array, from: number, to: number): void {
    const { word, kind, memo } = this;
    const listed = this.meshWords;
    let i = from;
    // A gap that starts inside a word (after `\cmd`, say) starts at the next word (the MeSH scan reads that part itself).
    if (listed && i > 0 && listed.inWord[u[i - 1] ?? 0] === 1 && i < to && listed.inWord[u[i] ?? 0] === 1) listed.span(u, i, i + 1, from, to);
    if (i > 0 && word[u[i - 1] ?? 0]) while (i < to && word[u[i] ?? 0]) i++;
    while (i < to) {
      const c0 = u[i] ?? 0;
      const k0 = kind[c0] ?? 0;
      if (k0 !== WORD) {
        // A unit past ASCII that is a letter to the MeSH scan (meshWords.ts): read by it.
        if (c0 >= 128 && listed && listed.inWord[c0] === 1) listed.span(u, i, i + 1, from, to);
        if (k0 === STARTS_TERM && (i === 0 || !word[u[i - 1] ?? 0])) {
          const e = this.termAt(u, i, to, TRY_SENSITIVE | TRY_FOLDED | TRY_GENES, -1, -1);
          if (e > i) {
            if (listed) listed.span(u, i, e, from, to);
            i = e;
            continue;
          }
        }
        i++;
        continue;
      }
      // A word: find its end, hashing its units (WordMemo.find).
      let j = i + 1;
      let h = fnv(FNV_START, c0);
      let g = mix(H2_START, c0);
      while (j < to) {
        const c = u[j] ?? 0;
        if (!word[c]) break;
        h = fnv(h, c);
        g = mix(g, c);
        j++;
      }
      // What may happen at this word is known per word (learn): most words of prose are settled by one test.
      let slot = memo.find(h, g, j - i, c0 | ((u[j - 1] ?? 0) << 16));
      let verdict: number;
      if (slot < 0) {
        slot = ~slot;
        this.learn(u, i, j, h, slot, j >= to);
        if (listed) this.learnMesh(listed, u, i, j, slot);
        verdict = memo.verdict[slot] ?? 0;
      } else {
        verdict = memo.verdict[slot] ?? 0;
        if ((verdict & W_FRESH) !== 0) {
          this.detail(u, i, j, slot);
          verdict = memo.verdict[slot] ?? 0;
        }
      }
      // A word of two units cut by the gap's end is asked about variants again (see W_VARIANT_ASK).
      const cut = j >= to && j - i === 2;
      // Whether a walk may go on past the word (goesOn), when asked: 1 yes, 0 no, -1 not asked.
      let goes = -1;
      // The word as the MeSH scan reads it (its verdict bits, SPAN, or 0: nothing to do there): listed where the scan
      // goes on past the word, a span over what it jumps over.
      const mesh = listed ? (memo.mesh[slot] ?? 0) : 0;
      if ((verdict & ~W_NEXT) === W_KNOWN && !cut) {
        if ((verdict & W_NEXT) === 0) {
          if (mesh !== 0) this.listWord(u, i, j, g, slot, mesh, from, to);
          i = j;
          continue;
        }
        goes = this.goesOn(u, i, j, to, slot) ? 1 : 0;
        if (goes === 0) {
          if (mesh !== 0) this.listWord(u, i, j, g, slot, mesh, from, to);
          i = j;
          continue;
        }
      }
      // What the scan does at the word; where it goes on (-1: past the word).
      const e = this.atWord(text, u, i, j, from, to, slot, verdict, cut, goes);
      // (Past the word and over a letter: a span over what the scan jumps over; inside it, the scan goes on there: a
      // span over the word.)
      if (e >= 0 && e !== j && listed && (e < j || listed.hasWordUnit(u, j, e))) listed.span(u, i, Math.max(e, j), from, to);
      else if (mesh !== 0) this.listWord(u, i, j, g, slot, mesh, from, to);
      i = e < 0 ? j : e;
    }
  }

  /** Lists the word u[i, j) for the MeSH scan (meshWords.ts): its verdict bits `mesh`, or a span. */
  private listWord(u: Uint16Array, i: number, j: number, g: number, slot: number, mesh: number, from: number, to: number): void {
    const listed = this.meshWords;
    if (!listed) return;
    if (mesh === SPAN) listed.span(u, i, j, from, to);
    else listed.word(i, j, this.memo.meshHash[slot] ?? 0, g, mesh);
  }

  /**
   * What the MeSH scan's list says of the word u[i, j) (memo `slot`), learnt with it (WordMemo.mesh and meshHash): the
   * verdict bits of its hash when all its units are letters of MeSH keys (SCAN_UNITS: the hash as the MeSH scan makes
   * it), nothing when none is a unit the MeSH scan reads, else SPAN.
   */
  private learnMesh(listed: MeshWords, u: Uint16Array, i: number, j: number, slot: number): void {
    let h = FNV_START;
    let read = 0;
    let greek = false;
    for (let k = i; k < j; k++) {
      const f = SCAN_UNITS[u[k] ?? 0] ?? 0;
      if (f >= 48) {
        read++;
        h = fnv(h, f);
      } else if (f === GREEK_UNIT) greek = true;
    }
    const mesh = greek ? SPAN : read === j - i ? listed.verdict(h) : read === 0 ? 0 : SPAN;
    this.memo.mesh[slot] = mesh;
    this.memo.meshHash[slot] = h;
  }

  /**
   * What scanGap does at the word u[i, j) (memo `slot`, `verdict`) past its memo's tests: an rs ID, a sequence variant,
   * a term, a gene after "h", a variant ending the word. Where the scan goes on: the end of what it recorded, or -1.
   */
  private atWord(text: string, u: Uint16Array, i: number, j: number, from: number, to: number, slot: number, verdict: number, cut: boolean, goes: number): number {
    const word = this.word;
    const memo = this.memo;
    if ((verdict & W_RSID) !== 0 && !word[u[j] ?? 0]) {
      const id = text.slice(i, j);
      const flags = this.lexicon.get(id)?.kind === 'variant' ? EVIDENCE | KNOWN : EVIDENCE;
      this.found.push(i, j, ((this.rsids.push(id) - 1) << 2) | RSID, flags);
      return j;
    }
    if (cut ? mayStartVariant(u, i, j) : (verdict & W_VARIANT) !== 0 || ((verdict & W_VARIANT_ASK) !== 0 && mayStartVariant(u, i, j))) {
      const found = this.found;
      const e = this.sequenceVariants.match(text, u, i, j, to, from, found.count > 0 ? (found.ends[found.count - 1] ?? 0) : 0);
      if (e > 0) {
        found.push(this.sequenceVariants.start, e, ((this.rsids.push(this.sequenceVariants.id) - 1) << 2) | RSID, EVIDENCE);
        return e;
      }
    }
    const tries = memo.tries[slot] ?? 0;
    if (tries !== 0) {
      const e = this.termAtWord(u, i, j, to, tries, slot, goes);
      if (e > i) return e;
    }
    if ((verdict & W_HUMAN) !== 0) {
      const e = this.humanPrefixed(u, i, j, to);
      if (e > i) return e;
    }
    if ((verdict & W_SUFFIX) !== 0) {
      const e = this.sequenceVariants.matchSuffix(text, u, i, j, to);
      if (e > 0) {
        this.found.push(this.sequenceVariants.start, e, ((this.rsids.push(this.sequenceVariants.id) - 1) << 2) | RSID, EVIDENCE);
        return e;
      }
    }
    return -1;
  }

  /**
   * Learns what the scan may do at the word u[i, j) whose hash (FNV-1a) is `h`, into the memo's `slot`: the tests
   * scanGap makes of the word alone and the tries it may start a key of (detail() learns more when the word comes
   * again). `cut`: the word ends at the gap's end (the unit after it may be a letter or digit).
   */
  private learn(u: Uint16Array, i: number, j: number, h: number, slot: number, cut: boolean): void {
    const memo = this.memo;
    const n = j - i;
    // Its first three units, 0 past its end (NUL is no letter).
    const c0 = u[i] ?? 0;
    const c1 = n > 1 ? (u[i + 1] ?? 0) : 0;
    const c2 = n > 2 ? (u[i + 2] ?? 0) : 0;
    let verdict = W_KNOWN;
    if (c0 === 114 && c1 === 115 && n > 2 && digits(u, i + 2, j)) verdict |= W_RSID;
    // mayStartVariant reads past a word of one unit, or of two cut by the gap's end: asked at each occurrence.
    if (n === 1 || (n === 2 && cut)) verdict |= W_VARIANT_ASK;
    else if (mayStartVariant(u, i, j)) verdict |= W_VARIANT;
    const exact = hasPrefix(this.exactPrefixes, prefixBit(c0, c1, c2));
    const folded = ((this.foldedShapes[c0 & SHAPE_MASK] ?? 0) & (1 << Math.min(n, 31))) !== 0;
    const vf = this.variantFold;
    const variant = this.variants !== undefined && hasPrefix(this.variants.prefixes, variantPrefixBit(vf[c0] ?? 0, vf[c1] ?? 0, vf[c2] ?? 0));
    const tries = (exact ? this.exactTries(h) : 0) | (folded ? this.foldedTries(u, i, j) : 0) | (variant ? this.variantTries(u, i, j) : 0);
    memo.tries[slot] = tries;
    if (c0 === 104 || c0 === 114) verdict |= W_HUMAN;
    if (n >= 5 && isDigit(u[j - 2] ?? 0)) verdict |= W_SUFFIX;
    // A word that starts keys is walked at its first occurrence, and detailed at its second (most words of a text
    // occur once: they cost what they did before the memo).
    if (tries !== 0) verdict |= W_WALK | W_FRESH;
    memo.verdict[slot] = verdict;
  }

  /**
   * For a word met again that starts keys of some tries (W_FRESH): the nodes they reach at its end (as walk() finds
   * them); a key ending there, or a variant walk that is not quiet, means a walk at each occurrence (W_WALK), else the
   * units a walk may go on with after it are kept (W_NEXT: goesOn then decides at each occurrence).
   */
  private detail(u: Uint16Array, i: number, j: number, slot: number): void {
    const memo = this.memo;
    const tries = memo.tries[slot] ?? 0;
    let next = 0;
    let afterSpace = 0;
    let walk = false;
    const nodes = memo.nodes;
    for (let at = AT_SENSITIVE; at <= AT_GENES; at++) {
      const walker = at === AT_SENSITIVE ? this.sensitiveWalker : at === AT_FOLDED ? this.foldedWalker : this.geneWalker;
      if (!walker || (tries & (at === AT_SENSITIVE ? TRY_SENSITIVE : at === AT_FOLDED ? TRY_FOLDED : TRY_GENES)) === 0) continue;
      let node = nodes[3 * slot + at] ?? UNKNOWN;
      if (node === UNKNOWN) nodes[3 * slot + at] = node = walker.descend(u, i, j);
      if (node <= 0) continue;
      if (walker.endsKey(node)) walk = true;
      next |= walker.nextUnits(node);
      afterSpace |= walker.afterSpace(node);
    }
    memo.next[slot] = next;
    memo.afterSpace[slot] = afterSpace;
    memo.spaceLetters[slot] = 0;
    const variants = this.variantWalker;
    if ((tries & TRY_VARIANTS) !== 0 && variants) {
      let state = memo.variantStates[slot] ?? UNKNOWN;
      if (state === UNKNOWN) {
        memo.variantStates[slot] = state = variants.descend(u, i, j);
        if (state >= 0) memo.variantNext.set(variants.next, slot * NEXT_SIZE);
      }
      if (state >= 0) {
        memo.spaceLetters[slot] = variants.lettersAfterSpace(state, memo.variantNext, slot * NEXT_SIZE);
        let quiet = memo.variantQuiet[slot] ?? UNSURE;
        if (quiet === UNSURE) memo.variantQuiet[slot] = quiet = this.variantQuietAt(u, i, j, variants.keyAtState(state));
        if (quiet !== QUIET) walk = true;
      }
    }
    memo.verdict[slot] = ((memo.verdict[slot] ?? 0) & ~(W_FRESH | W_WALK)) | (walk ? W_WALK : W_NEXT);
  }

  /** Set by termAt when it read the text around the word (a family's: namesOneMember), not the word alone. */
  private readAround = false;
  /** Set by termAt at a word: one past the last unit after the word that its walks read (more than `to` at the gap's end). */
  private termReach = 0;

  /**
   * termAt at the word u[i, j) (memo `slot`). Where no walk can go on past the word (goesOn) and no "+" follows it (a
   * spelling's test reads it), termAt reads the word alone, so its outcome is learnt once per word (WordMemo.outcome)
   * and repeated at the word's other occurrences; a family's text reads around the word and is never repeated so.
   */
  private termAtWord(u: Uint16Array, i: number, j: number, to: number, tries: number, slot: number, goes: number): number {
    const memo = this.memo;
    const found = this.found;
    const settled = ((memo.verdict[slot] ?? 0) & W_FRESH) === 0 && j < to && u[j] !== 43 && (goes < 0 ? !this.goesOn(u, i, j, to, slot) : goes === 0);
    const outcome = settled ? (memo.outcome[slot] ?? OUTCOME_UNKNOWN) : OUTCOME_CONTEXT;
    if (outcome === OUTCOME_NONE) return -1;
    if (outcome === OUTCOME_FOUND) {
      const e = i + (memo.outLength[slot] ?? 0);
      found.push(i, e, memo.outRef[slot] ?? 0, memo.outFlags[slot] ?? 0);
      return e;
    }
    const count = found.count;
    if (!settled) {
      const e = this.phraseAt(u, i, j, to, slot);
      if (e !== PHRASE_MISS) return e;
    }
    this.readAround = false;
    const e = this.termAt(u, i, to, tries, j, slot);
    if (!settled) {
      if (!this.readAround) this.rememberPhrase(i, j, to, slot, e, count);
    } else if (outcome === OUTCOME_UNKNOWN) {
      if (this.readAround) memo.outcome[slot] = OUTCOME_CONTEXT;
      else if (e < 0 && found.count === count) memo.outcome[slot] = OUTCOME_NONE;
      else if (e > i && found.count === count + 1 && found.starts[count] === i && found.ends[count] === e) {
        memo.outcome[slot] = OUTCOME_FOUND;
        memo.outLength[slot] = e - i;
        memo.outRef[slot] = found.refs[count] ?? 0;
        memo.outFlags[slot] = found.flags[count] ?? 0;
      } else memo.outcome[slot] = OUTCOME_CONTEXT;
    }
    return e;
  }

  /**
   * termAt at the word u[i, j) (memo `slot`) where a walk may go on past it, when an earlier occurrence was followed by
   * the units termAt read after it (rememberPhrase): its outcome, repeated (the match recorded, its end or -1); else
   * PHRASE_MISS.
   */
  private phraseAt(u: Uint16Array, i: number, j: number, to: number, slot: number): number {
    const memo = this.memo;
    for (let w = PHRASE_WAYS * slot, last = w + PHRASE_WAYS; w < last; w++) {
      const n = memo.phraseLength[w] ?? -1;
      if (n < 0 || j + n > to) continue;
      const at = memo.phraseAt[w] ?? 0;
      let k = 0;
      while (k < n && u[at + k] === u[j + k]) k++;
      if (k < n) continue;
      const length = memo.phraseEnd[w] ?? -1;
      if (length < 0) return -1;
      this.found.push(i, i + length, memo.phraseRef[w] ?? 0, memo.phraseFlags[w] ?? 0);
      return i + length;
    }
    return PHRASE_MISS;
  }

  /**
   * After termAt at the word u[i, j) (memo `slot`) returned `e` having read the text after the word up to termReach:
   * remembers its outcome (no match, or the one match it recorded after the `count` before) with those units, when they
   * lie before the gap's end `to` and are few.
   */
  private rememberPhrase(i: number, j: number, to: number, slot: number, e: number, count: number): void {
    const reach = this.termReach;
    if (reach > to || reach - j > MAX_PHRASE) return;
    const found = this.found;
    if (e < 0 ? found.count !== count : found.count !== count + 1 || found.starts[count] !== i || found.ends[count] !== e) return;
    const memo = this.memo;
    const way = memo.phraseNext[slot] ?? 0;
    memo.phraseNext[slot] = (way + 1) % PHRASE_WAYS;
    const w = PHRASE_WAYS * slot + way;
    memo.phraseAt[w] = j;
    memo.phraseLength[w] = reach - j;
    memo.phraseEnd[w] = e < 0 ? -1 : e - i;
    memo.phraseRef[w] = e < 0 ? 0 : (found.refs[count] ?? 0);
    memo.phraseFlags[w] = e < 0 ? 0 : (found.flags[count] ?? 0);
  }

  /**
   * For a word learnt W_NEXT: whether a walk of some trie may go on past its end j (the unit after it is among the
   * units its nodes go on with, or the variant walk goes on: VariantWalker.goesOn). False means termAt finds nothing.
   */
  private goesOn(u: Uint16Array, i: number, j: number, to: number, slot: number): boolean {
    const memo = this.memo;
    if (j + 1 < to && u[j] === 32) {
      // One space, then an ASCII letter or digit (most words of prose): the trie walks step on only where the child
      // along the space has a child for it (afterSpace; an ASCII unit's child is found by its folded unit's bit), and
      // the variant walk only where mayGoOn's letter sets hold it.
      const d = u[j + 1] ?? 0;
      if (d < 128 && this.word[d]) {
        const bit = 1 << ((this.fold[d] ?? d) & 31);
        if (((memo.afterSpace[slot] ?? 0) & bit) !== 0) return true;
        const variants = this.variantWalker;
        if (((memo.tries[slot] ?? 0) & TRY_VARIANTS) === 0 || !variants) return false;
        if (d >= 65 && ((memo.spaceLetters[slot] ?? 0) & bit) === 0) return false;
        const state = memo.variantStates[slot] ?? -1;
        return state >= 0 && variants.goesOn(u, state, memo.variantNext, slot * NEXT_SIZE, i, j, to);
      }
    }
    if (j < to) {
      const c = u[j] ?? 0;
      let f = this.fold[c] ?? c;
      if (c === 10 || c === 13) f = 32;
      // A hyphen may stand for a space (bit 0: 32 & 31).
      const bits = f === 45 ? (1 << 13) | 1 : 1 << (f & 31);
      if (((memo.next[slot] ?? 0) & bits) !== 0) return true;
    }
    const variants = this.variantWalker;
    if (((memo.tries[slot] ?? 0) & TRY_VARIANTS) === 0 || !variants) return false;
    const state = memo.variantStates[slot] ?? -1;
    return state >= 0 && variants.goesOn(u, state, memo.variantNext, slot * NEXT_SIZE, i, j, to);
  }

  /**
   * A gene table text written after "h" (human) or "rh" (recombinant human) and taken whole: "hDaxx", "hCB2",
   * "rhBMP-2" (the prefix, then a capital, then at least two more units of the word), as a gene that needs no other
   * context. Returns the mention's end, or -1.
   */
  private humanPrefixed(u: Uint16Array, i: number, j: number, to: number): number {
    const at = u[i] === 104 ? i + 1 : u[i + 1] === 104 ? i + 2 : -1;
    const c = u[at] ?? 0;
    if (at < 0 || !(c >= 65 && c <= 90) || j - at < 3) return -1;
    const count = this.found.count;
    const e = this.termAt(u, at, to, TRY_GENES | TRY_VARIANTS, -1, -1);
    if (e < j || this.found.count !== count + 1 || ((this.found.refs[count] ?? 0) & 3) !== GENE) {
      this.found.count = count;
      return -1;
    }
    this.found.starts[count] = i;
    // The prefix says the writer means the gene: it needs no other context, unless the text is rarely a gene.
    const f = this.found.flags[count] ?? 0;
    if ((f & STRICT) === 0) this.found.flags[count] = (f & ~PENDING) | EVIDENCE;
    return e;
  }

  /** The case-sensitive tries whose first words hold `h`, the hash of a word (FNV-1a, as caseTrie.fnv). */
  private exactTries(h: number): number {
    const bit = firstWordBit(h);
    const at = bit >>> 5;
    const mask = 1 << (bit & 31);
    let tries = ((this.sensitive.firstWords[at] ?? 0) & mask) !== 0 ? TRY_SENSITIVE : 0;
    if (this.geneWords && ((this.geneWords[at] ?? 0) & mask) !== 0) tries |= TRY_GENES;
    return tries;
  }

  /** TRY_FOLDED when the folded trie's first words hold the hash of the folded word u[i, j). */
  private foldedTries(u: Uint16Array, i: number, j: number): number {
    const fold = this.fold;
    let h = FNV_START;
    for (let k = i; k < j; k++) {
      const c = u[k] ?? 0;
      h = Math.imul(h ^ (fold[c] ?? c), 0x01000193);
    }
    const bit = firstWordBit(h);
    return ((this.folded.firstWords[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0 ? TRY_FOLDED : 0;
  }

  /** TRY_VARIANTS when the variant keys' first words hold the hash of the word u[i, j) as a key reads it. */
  private variantTries(u: Uint16Array, i: number, j: number): number {
    const set = this.variants?.firstWords;
    if (!set) return 0;
    let h = FNV_START;
    for (let k = i; k < j; ) {
      const r = unitAt(u, k, j);
      h = Math.imul(h ^ (r & 0xffff), 0x01000193);
      k += (r >>> 16) & 0xff;
    }
    const bit = variantWordBit(h);
    return ((set[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0 ? TRY_VARIANTS : 0;
  }

  /**
   * Walks a trie at `i`: from the node it reaches at the end of the word [i, wordEnd) (remembered in the memo's
   * `slot`), or from its root at a non-word unit (wordEnd -1).
   */
  private walk(walker: TrieWalker, at: number, u: Uint16Array, i: number, to: number, wordEnd: number, slot: number, minEnd: number): number {
    if (wordEnd < 0) return walker.walk(u, i, to, minEnd);
    const nodes = this.memo.nodes;
    let node = nodes[3 * slot + at] ?? UNKNOWN;
    if (node === UNKNOWN) nodes[3 * slot + at] = node = walker.descend(u, i, wordEnd);
    const end = walker.walkFrom(u, node, wordEnd, to, minEnd);
    if (walker.reach > this.termReach) this.termReach = walker.reach;
    return end;
  }

  /** End of the variant recorded by variantAt. */
  private variantEnd = -1;

  /**
   * Records the longest variant key at `i` that ends after `minEnd`, when it names a gene, and returns true (its end in
   * variantEnd). One that needs context never displaces a profile's term (`best`); a symbol or alias spelled like a
   * word needs context (wordLike).
   */
  private variantAt(u: Uint16Array, i: number, to: number, wordEnd: number, slot: number, best: Entry | undefined, minEnd: number): boolean {
    const walker = this.variantWalker;
    if (!walker) return false;
    let end: number;
    if (slot < 0) {
      // Inside a word (after a prefix: humanPrefixed), with no memo: the walk from `i` along the rest of the word.
      // (Variant keys are only tried where a word's letters or digits start.)
      let e = i;
      while (e < to && this.word[u[e] ?? 0]) e++;
      if (e === i) return false;
      end = walker.walkFrom(u, walker.descend(u, i, e), walker.next, 0, i, e, to, minEnd);
    } else {
      // The walk along the word itself depends on the word alone: remembered per word.
      const { variantStates, variantNext } = this.memo;
      let state = variantStates[slot] ?? UNKNOWN;
      if (state === UNKNOWN) {
        variantStates[slot] = state = walker.descend(u, i, wordEnd);
        if (state >= 0) variantNext.set(walker.next, slot * NEXT_SIZE);
      }
      if (state < 0) return false;
      // Most words that start a variant key are prose ("and", "in", "is": AND-1...) that no key goes on from: a walk
      // that stops at the word's end gives nothing for them, known once per word (variantQuietAt).
      const { variantQuiet } = this.memo;
      let quiet = variantQuiet[slot] ?? UNSURE;
      if (quiet === UNSURE) variantQuiet[slot] = quiet = this.variantQuietAt(u, i, wordEnd, walker.keyAtState(state));
      if (quiet === QUIET && !walker.goesOn(u, state, variantNext, slot * NEXT_SIZE, i, wordEnd, to)) return false;
      end = walker.walkFrom(u, state, variantNext, slot * NEXT_SIZE, i, wordEnd, to, minEnd);
    }
    if (end < 0) return false;
    const key = this.variantBase + walker.hitKey;
    const hit = this.hitOf(key);
    if (!hit) return false;
    if (hit.via !== 'name' && !plausibleSpelling(u, i, end)) return false;
    if (hit.rodentOnly && !hasLower(u, i, end)) return false;
    // No letter ("14.1": a number), or a lower-case word then a space ("class II"): prose.
    if (hit.via !== 'name' && (!hasLetter(u, i, end) || lowerWordApart(u, i, end))) return false;
    // Four lower-case letters or fewer ("til", "lol", "shh", "perf") are words or jargon, not a symbol respelled.
    if (hit.via !== 'name' && end - i <= 4 && lowerLetters(u, i, end)) return false;
    // A full name of one word written with a capital ("Titin") may be a name of a person at a sentence's start.
    const pending = hit.needsContext || (hit.via !== 'name' ? wordLike(u, i, end) : isUpperAscii(u[i] ?? 0) && lowerLetters(u, i + 1, end));
    if (pending && best) return false;
    const loose = pending && !hit.needsContext && hit.sureSpelling !== undefined && hit.sureSpelling.length === end - i && unitsAre(u, i, hit.sureSpelling) ? LOOSE : 0;
    this.found.push(i, end, (key << 2) | GENE, hit.strict ? PENDING | STRICT : pending ? PENDING | loose : EVIDENCE);
    this.variantEnd = end;
    return true;
  }

  /**
   * QUIET when a variant walk from the word u[i, end) that ends at the word's end records nothing, whatever follows:
   * no key ends there (`key` -1), or its gene's spelling there fails one of variantAt's tests that read the word alone.
   */
  private variantQuietAt(u: Uint16Array, i: number, end: number, key: number): number {
    if (key < 0) return QUIET;
    const hit = this.hitOf(this.variantBase + key);
    if (!hit) return QUIET;
    if (hit.rodentOnly && !hasLower(u, i, end)) return QUIET;
    if (hit.via === 'name') return NOT_QUIET;
    if (!spellingShape(u, i, end) || !hasLetter(u, i, end) || lowerWordApart(u, i, end)) return QUIET;
    return end - i <= 4 && lowerLetters(u, i, end) ? QUIET : NOT_QUIET;
  }

  /** The longest term at `i` from the tries asked for; records it and returns its end, or returns -1. */
  private termAt(u: Uint16Array, i: number, to: number, tries: number, wordEnd: number, slot: number): number {
    this.termReach = wordEnd;
    let end = -1;
    let best: Entry | undefined;
    let ref = 0;
    let flags = 0;
    if ((tries & TRY_SENSITIVE) !== 0) {
      end = this.walk(this.sensitiveWalker, AT_SENSITIVE, u, i, to, wordEnd, slot, -1);
      if (end > 0) {
        const key = this.sensitiveWalker.hitKey;
        best = this.sensitive.entries[key];
        ref = (key << 2) | SENSITIVE;
        flags = this.sensitiveFlags[key] ?? 0;
      }
    }
    // At equal length the case-sensitive term wins: the folded one must be longer.
    if ((tries & TRY_FOLDED) !== 0) {
      const foldedEnd = this.walk(this.foldedWalker, AT_FOLDED, u, i, to, wordEnd, slot, end);
      if (foldedEnd > end) {
        const key = this.foldedWalker.hitKey;
        end = foldedEnd;
        best = this.folded.entries[key];
        ref = (key << 2) | FOLDED;
        flags = this.foldedFlags[key] ?? 0;
      }
    }
    // A family text that starts or ends one member's name ("caspase-3", "cyclin D1", "E-cadherin") is no mention; a
    // gene table text there must still be longer.
    if (best?.kind === 'family') {
      this.readAround = true;
      if (namesOneMember(u, i, end, to)) best = undefined;
    }
    // A gene table text must be longer than a profile's term; one that needs context never displaces a profile's.
    // (After a case-sensitive term that no table text extends, the walk would stop there: it is not taken.)
    const genes = this.geneWalker;
    let geneEnd = -1;
    let geneKey = -1;
    let gene: GeneHit | null = null;
    if ((tries & TRY_GENES) !== 0 && genes && ((ref & 3) !== SENSITIVE || this.geneLonger[ref >> 2] === 1)) {
      geneEnd = this.walk(genes, AT_GENES, u, i, to, wordEnd, slot, end);
      geneKey = genes.hitKey;
      gene = geneEnd > 0 ? this.hitOf(geneKey) : null;
      if (gene && best && gene.needsContext) gene = null;
    }
    // A spelling of a table text (variantWalker.ts) must be longer than the table's text as written.
    const variants = this.variantWalker;
    if ((tries & TRY_VARIANTS) !== 0 && variants) {
      variants.far = wordEnd - 1;
      const spelled = this.variantAt(u, i, to, wordEnd, slot, best, gene ? geneEnd : end);
      if (variants.far >= this.termReach) this.termReach = variants.far + 1;
      if (spelled) return this.variantEnd;
    }
    if (gene) {
      this.found.push(i, geneEnd, (geneKey << 2) | GENE, gene.strict ? PENDING | STRICT : gene.needsContext ? PENDING : EVIDENCE);
      return geneEnd;
    }
    if (!best) return -1;
    this.found.push(i, end, ref, flags);
    return end;
  }
}

/**
 * Whether u[from, to), a symbol or alias spelled otherwise than in the table, may be that gene: not before a charge
 * ("Ca2+": calcium, not CA2), not the plural of an acronym ("ACs", "DCs"), words apart ("IL 2", "PKC alpha") only
 * where one has two capitals, a Greek letter or digits joined to letters and no digits stand apart ("March 1",
 * "12 Lo", "and 1", "PART 1", "Charlie Chaplin" are prose), and not words
 * joined by hyphens that each read as a word ("Long-John", "Fin-Back").
 */
function plausibleSpelling(u: Uint16Array, from: number, to: number): boolean {
  return (u[to] ?? 0) !== 43 /* + */ && spellingShape(u, from, to);
}

/** plausibleSpelling but for what follows u[from, to): the tests that read the spelling alone. */
function spellingShape(u: Uint16Array, from: number, to: number): boolean {
  const n = to - from;
  if (n >= 3 && (u[to - 1] ?? 0) === 115 && isUpperAscii(u[to - 2] ?? 0) && isUpperAscii(u[to - 3] ?? 0)) return false;
  let space = false;
  let marked = false;
  let words = 0;
  let plainWords = 0;
  let upper = 0;
  let lower = 0;
  let capitalFirst = false;
  let other = false;
  for (let k = from; k <= to; k++) {
    const c = k < to ? (u[k] ?? 0) : 32;
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 45) {
      if (c !== 45 && k < to) {
        space = true;
        // A word of four letters or more, then digits apart: a heading or a count ("PART 1", "Table 2").
        let next = k + 1;
        while (next < to && (u[next] === 32 || u[next] === 10 || u[next] === 13 || u[next] === 9)) next++;
        // Digits apart are a count or a heading ("PART 1", "CSS 4", "Table 2"): "IL-2" and "IL2" are written joined.
        if (isDigit(u[next] ?? 0)) return false;
        // A single lower-case letter apart ("s II") is prose.
        if (upper === 0 && lower === 1 && !other) return false;
      }
      if (upper + lower > 0 || other) {
        words++;
        if (!other && lower >= 2 && (upper === 0 || (upper === 1 && capitalFirst))) plainWords++;
      }
      upper = lower = 0;
      other = false;
      capitalFirst = k + 1 < to && isUpperAscii(u[k + 1] ?? 0);
    } else if (isUpperAscii(c)) {
      if (++upper >= 2) marked = true;
    } else if (c >= 97 && c <= 122) lower++;
    else {
      other = true;
      // A digit marks a word when it joins letters ("IL2" but not "12"); a Greek letter always does.
      if (c >= 128 || ((c >= 48 && c <= 57) && (upper + lower > 0 || isAsciiLetter(u[k + 1] ?? 0)))) marked = true;
    }
  }
  if (words >= 2 && plainWords === words) return false;
  return marked || !space;
}

/** Whether u[from, to) holds a letter (ASCII or a Greek one, any unit past ASCII). */
function hasLetter(u: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = u[k] ?? 0;
    if (isAsciiLetter(c) || c >= 128) return true;
  }
  return false;
}

/** Whether u[from, to) starts with a lower-case word followed by a space ("class II", "type II"). */
function lowerWordApart(u: Uint16Array, from: number, to: number): boolean {
  let k = from;
  while (k < to && (u[k] ?? 0) >= 97 && (u[k] ?? 0) <= 122) k++;
  return k > from && k < to && (u[k] === 32 || u[k] === 10 || u[k] === 9);
}

/** Whether u[from, to) holds a lower-case ASCII letter: a rodent's spelling does ("Pbef1"; "APL" is no "Apl"). */
function hasLower(u: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = u[k] ?? 0;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Whether a symbol or alias spelled u[from, to) reads as a word and so needs context, as a short symbol does: no
 * capital after its first unit, and no digit ("daxx", "pen.", "Hast", "Nampt") or three lower-case letters or more
 * ("Sirt3", "Catch-22", "sun4"; not "p53", "Sp1", "Nrf2").
 */
function wordLike(u: Uint16Array, from: number, to: number): boolean {
  let lower = 0;
  let digits = false;
  for (let k = from; k < to; k++) {
    const c = u[k] ?? 0;
    if (c >= 128) return false;
    if (k > from && isUpperAscii(c)) return false;
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digits = true;
  }
  return !digits || (lower >= 3 && !rodentStyle(u, from, to));
}

/** A capital, lower-case letters, then digits and nothing else ("Smad3", "Sirt1"): a symbol's rodent spelling, no word. */
function rodentStyle(u: Uint16Array, from: number, to: number): boolean {
  if (!isUpperAscii(u[from] ?? 0)) return false;
  let k = from + 1;
  while (k < to && (u[k] ?? 0) >= 97 && (u[k] ?? 0) <= 122) k++;
  if (k === from + 1 || k === to) return false;
  while (k < to && isDigit(u[k] ?? 0)) k++;
  return k === to;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => isUpperAscii(c) || (c >= 97 && c <= 122);

/** Whether u[from, to) is lower-case ASCII letters only ("daxx", "akt"): a case a symbol is seldom written in. */
function lowerLetters(u: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = u[k] ?? 0;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether u[from, to) is all ASCII digits. */
function digits(u: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = u[k] ?? 0;
    if (c < 48 || c > 57) return false;
  }
  return true;
}
