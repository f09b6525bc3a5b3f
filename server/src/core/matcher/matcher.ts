// Finds the lexicon's terms and any rs ID in a document's prose. Runs on every keystroke, so: one pass over the
// text; at each word start a hash of the word is checked against the first words of the terms, and only a word
// that starts some term walks a trie; no allocation per character, no regular expression per term.
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
import { excludedRegions, type TextRegion } from '../markup/regions';
import type { LanguageKind, Lexicon, Mention } from '../types';
import { caseTrie, type CaseTrie, fnv, FNV_START, hasFirstWord } from './caseTrie';
import { charTables } from './chars';
import { confirmPending } from './geneContext';
import { childOf, type Trie } from './trie';

export interface Matcher {
  findMentions(text: string, language: LanguageKind): Mention[];
  /** The same, when the caller already has the document's excluded regions (sorted, non-overlapping). */
  findMentionsOutside(text: string, regions: readonly TextRegion[]): Mention[];
  /** Mentions in text[from, to) only; `from` and `to` must be paragraph boundaries (after a blank line). */
  findMentionsBetween(text: string, from: number, to: number, regions: readonly TextRegion[]): Mention[];
}

export function createMatcher(lexicon: Lexicon): Matcher {
  const chars = charTables();
  const { canon, fold, word } = chars;
  // Two tries: case-sensitive terms keyed by their exact (canonical) text, the others folded. Lower-case prose
  // then never enters the symbol trie, and no case check is needed after a walk.
  const sensitive = caseTrie(lexicon, true, chars);
  const folded = caseTrie(lexicon, false, chars);
  const genes = lexicon.genes;
  const geneTrie = genes?.terms.trie;
  const geneWords = genes?.terms.firstWords;

  // Non-word code units that start some term ("(+)-..."): a term may start there too.
  const startsTerm = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (word[c] || c === 32) continue;
    if ((sensitive.trie.root[canon[c] ?? c] ?? -1) > 0 || (folded.trie.root[fold[c] ?? c] ?? -1) > 0) startsTerm[c] = 1;
    if (geneTrie && (geneTrie.root[canon[c] ?? c] ?? -1) > 0) startsTerm[c] = 1;
  }

  /** After white space at `j`: where the next word starts, or -1 at a blank line or the gap's end. */
  function skipSpace(text: string, j: number, to: number): number {
    let breaks = 0;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (fold[c] === 32) j++;
      else if (c === 10 || c === 13) {
        if (breaks++ > 0) return -1;
        j += c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
      } else return j;
    }
    return -1;
  }

  /** Key index of the last successful walk. */
  let hitKey = -1;
  /** Indices in the output of gene table mentions that need gene context (geneContext.ts). */
  let pending: number[] = [];

  /** Walks a trie from `i`: the end of the longest key ending after `minEnd` (setting `hitKey`), or -1. */
  function walk(trie: Trie, table: Uint16Array, text: string, i: number, to: number, minEnd: number): number {
    const { root, links, edges, keyAt } = trie;
    const c0 = text.charCodeAt(i);
    let node = root[table[c0] ?? c0] ?? -1;
    let j = i + 1;
    let end = -1;
    let endNode = -1;
    while (node > 0) {
      const link = links[node] ?? 0;
      if ((link & 1) === 1 && j > minEnd && (!word[text.charCodeAt(j - 1)] || !word[text.charCodeAt(j)])) {
        end = j;
        endNode = node;
      }
      if (j >= to) break;
      const c = text.charCodeAt(j);
      let f = table[c] ?? c;
      if (f === 32 || c === 10 || c === 13) {
        j = skipSpace(text, j, to);
        if (j < 0) break;
        f = 32;
      } else j++;
      // The child along f; a hyphen in the text may stand for a space in the term.
      const lo = link >> 1;
      const hi = ((links[node + 1] ?? 0) >> 1) - 1;
      node = childOf(edges, lo, hi, f);
      if (node < 0 && f === 45) node = childOf(edges, lo, hi, 32);
    }
    hitKey = end > 0 ? (keyAt[endNode] ?? -1) : -1;
    return end;
  }

  function walkProfiles(ct: CaseTrie, text: string, i: number, to: number, minEnd: number): number {
    return walk(ct.trie, ct.table, text, i, to, minEnd);
  }

  /** The longest term at `i` from the tries asked for; pushes it and returns its end, or returns -1. */
  function termAt(text: string, i: number, to: number, trySensitive: boolean, tryFolded: boolean, tryGenes: boolean, out: Mention[]): number {
    let end = trySensitive ? walkProfiles(sensitive, text, i, to, -1) : -1;
    let best = end > 0 ? sensitive.entries[hitKey] : undefined;
    // At equal length the case-sensitive term wins: the folded one must be longer.
    const foldedEnd = tryFolded ? walkProfiles(folded, text, i, to, end) : -1;
    if (foldedEnd > end) {
      end = foldedEnd;
      best = folded.entries[hitKey];
    }
    // A gene table text must be longer than a profile's term; one that needs context never displaces a profile's.
    const geneEnd = tryGenes && geneTrie ? walk(geneTrie, canon, text, i, to, end) : -1;
    const gene = geneEnd > 0 && genes ? genes.hitOf(hitKey) : null;
    if (gene && !(best && gene.needsContext)) {
      const m: Mention = { start: i, end: geneEnd, text: text.slice(i, geneEnd), entityId: gene.id, kind: 'gene', via: gene.via, known: gene.known };
      if (gene.candidates) m.candidates = gene.candidates;
      if (gene.needsContext) pending.push(out.length);
      out.push(m);
      return geneEnd;
    }
    if (!best) return -1;
    out.push({ start: i, end, text: text.slice(i, end), entityId: best.id, kind: best.kind, via: best.via, known: true });
    return end;
  }

  /** Whether text[from, to) is all ASCII digits. */
  function digits(text: string, from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  /** Scans the prose gap [from, to): every word start is tried, most rejected by a hash of the word. */
  function scanGap(text: string, from: number, to: number, out: Mention[]): void {
    let i = from;
    // A gap that starts inside a word (after `\cmd`, say) starts at the next word.
    if (i > 0 && word[text.charCodeAt(i - 1)]) while (i < to && word[text.charCodeAt(i)]) i++;
    while (i < to) {
      const c0 = text.charCodeAt(i);
      if (!word[c0]) {
        if (startsTerm[c0] && (i === 0 || !word[text.charCodeAt(i - 1)])) {
          const e = termAt(text, i, to, true, true, true, out);
          if (e > i) {
            i = e;
            continue;
          }
        }
        i++;
        continue;
      }
      // A word: find its end, hashing it as written and folded.
      let j = i;
      let exact = FNV_START;
      let lower = FNV_START;
      do {
        const c = text.charCodeAt(j);
        exact = fnv(exact, c);
        lower = fnv(lower, fold[c] ?? c);
        j++;
      } while (j < to && word[text.charCodeAt(j)]);
      if (c0 === 114 && j - i > 2 && text.charCodeAt(i + 1) === 115 && digits(text, i + 2, j) && !word[text.charCodeAt(j)]) {
        const id = text.slice(i, j);
        const known = lexicon.get(id)?.kind === 'variant';
        out.push({ start: i, end: j, text: id, entityId: id, kind: 'variant', via: 'rsid', known });
        i = j;
        continue;
      }
      const trySensitive = hasFirstWord(sensitive.firstWords, exact);
      const tryFolded = hasFirstWord(folded.firstWords, lower);
      const tryGenes = geneWords !== undefined && hasFirstWord(geneWords, exact);
      if (trySensitive || tryFolded || tryGenes) {
        const e = termAt(text, i, to, trySensitive, tryFolded, tryGenes, out);
        if (e > i) {
          i = e;
          continue;
        }
      }
      i = j;
    }
  }

  /** Mentions in text[start, stop), skipping the regions (sorted; those outside the range are ignored). */
  function findMentionsBetween(text: string, start: number, stop: number, regions: readonly TextRegion[]): Mention[] {
    let out: Mention[] = [];
    if (typeof text !== 'string' || text.length === 0) return out;
    const end = Math.min(stop, text.length);
    pending = [];
    try {
      let from = Math.max(0, start);
      for (const r of regions) {
        if (r.end <= from) continue;
        if (r.start >= end) break;
        if (r.start > from) scanGap(text, from, r.start, out);
        from = r.end;
      }
      if (from < end) scanGap(text, from, end, out);
    } catch {
      // Never throw on a document: keep the mentions found so far.
    }
    try {
      out = confirmPending(text, out, pending);
    } catch {
      out = out.filter((_, i) => !pending.includes(i));
    }
    pending = [];
    return out;
  }

  function findMentionsOutside(text: string, regions: readonly TextRegion[]): Mention[] {
    return findMentionsBetween(text, 0, typeof text === 'string' ? text.length : 0, regions);
  }

  return {
    findMentionsBetween,
    findMentions(text: string, language: LanguageKind): Mention[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      return findMentionsOutside(text, excludedRegions(text, language));
    },
    findMentionsOutside,
  };
}
