// Finds the lexicon's terms and any rs ID in a document's prose. Runs on every keystroke, so: one pass over the
// text, trie walks only from word starts, no allocation per character, no regular expression per term.
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
// - nothing inside `excludedRegions` matches, and a term never crosses into one.
import { excludedRegions, type TextRegion } from '../markup/regions';
import type { EntityKind } from '../profile';
import type { LanguageKind, Lexicon, MatchVia, Mention } from '../types';
import { canonicalTerm, charTables, foldedTerm } from './chars';
import { childOf, Trie } from './trie';

export interface Matcher {
  findMentions(text: string, language: LanguageKind): Mention[];
  /** The same, when the caller already has the document's excluded regions (sorted, non-overlapping). */
  findMentionsOutside(text: string, regions: readonly TextRegion[]): Mention[];
}

const VIA_RANK: Record<MatchVia, number> = {
  symbol: 0, name: 1, alias: 2, previous: 3, abbreviation: 4, synonym: 5, spelling: 6, rsid: 7,
};

const RSID = /^rs\d+$/;

/** What a mention of a term says: copied from the entity so a match touches one object. */
interface Entry {
  id: string;
  kind: EntityKind;
  via: MatchVia;
  order: number;
}

/** The terms of one case rule, in priority order, with their trie. */
interface CaseTrie {
  trie: Trie;
  entries: Entry[];
  /** canon for the case-sensitive trie, fold for the other. */
  table: Uint16Array;
  /** Which (first, second) code unit pairs, by their low bytes, can begin a term: most words need no walk. */
  pairs: Uint8Array;
}

function pairIndex(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff);
}

/** The pair filter of a trie's keys. A space may be written as a hyphen or a line break. */
function pairsOf(keys: readonly string[]): Uint8Array {
  const pairs = new Uint8Array(65536);
  for (const key of keys) {
    const a = key.charCodeAt(0);
    if (key.length === 1) for (let b = 0; b < 256; b++) pairs[pairIndex(a, b)] = 1;
    else {
      const b = key.charCodeAt(1);
      pairs[pairIndex(a, b)] = 1;
      if (b === 32) for (const alt of [45, 10, 13, 9]) pairs[pairIndex(a, alt)] = 1;
    }
  }
  return pairs;
}

function caseTrie(lexicon: Lexicon, sensitive: boolean, table: Uint16Array): CaseTrie {
  const list: (Entry & { key: string })[] = [];
  lexicon.terms.forEach((term, order) => {
    if (term.caseSensitive !== sensitive || typeof term.text !== 'string') return;
    const entity = lexicon.get(term.entityId);
    const canon = canonicalTerm(term.text);
    if (!entity || !canon || RSID.test(canon)) return;
    list.push({ key: sensitive ? canon : foldedTerm(canon), id: entity.id, kind: entity.kind, via: term.via, order });
  });
  list.sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || b.order - a.order);
  const keys = list.map((e) => e.key);
  return { trie: Trie.build(keys), entries: list, table, pairs: pairsOf(keys) };
}

export function createMatcher(lexicon: Lexicon): Matcher {
  const { canon, fold, word } = charTables();
  // Two tries: case-sensitive terms keyed by their exact (canonical) text, the others folded. Lower-case prose
  // then barely enters the symbol trie, and no case check is needed after a walk.
  const tries = [caseTrie(lexicon, true, canon), caseTrie(lexicon, false, fold)] as const;

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

  /** An rs ID at the word start `i`: its end, or -1. */
  function rsidEnd(text: string, i: number, to: number): number {
    if (text.charCodeAt(i) !== 114 || text.charCodeAt(i + 1) !== 115) return -1;
    let j = i + 2;
    while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    return j > i + 2 && !word[text.charCodeAt(j)] ? j : -1;
  }

  // Non-word code units that start some term ("(+)-..."): a term may start there too.
  const startsTerm = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (!word[c] && c !== 32 && ((tries[0].trie.root[canon[c] ?? c] ?? -1) > 0 || (tries[1].trie.root[fold[c] ?? c] ?? -1) > 0)) {
      startsTerm[c] = 1;
    }
  }

  /**
   * Scans the prose gap [from, to). At each word start: an rs ID, else a walk of each trie, longest match kept.
   * One function with the walks inlined: this loop is the whole cost of the matcher.
   */
  function scanGap(text: string, from: number, to: number, out: Mention[]): void {
    let i = from;
    // A gap that starts inside a word (after `\cmd`, say) starts at the next word.
    if (i > 0 && word[text.charCodeAt(i - 1)]) while (i < to && word[text.charCodeAt(i)]) i++;
    while (i < to) {
      const c0 = text.charCodeAt(i);
      if (!word[c0] && !(startsTerm[c0] && (i === 0 || !word[text.charCodeAt(i - 1)]))) {
        i++;
        continue;
      }
      const rs = c0 === 114 ? rsidEnd(text, i, to) : -1;
      if (rs > 0) {
        const id = text.slice(i, rs);
        const known = lexicon.get(id)?.kind === 'variant';
        out.push({ start: i, end: rs, text: id, entityId: id, kind: 'variant', via: 'rsid', known });
        i = rs;
        continue;
      }
      let end = -1;
      let best: Entry | undefined;
      const c1 = text.charCodeAt(i + 1);
      // Case-sensitive trie first: at equal length its term wins.
      for (let t = 0; t < 2; t++) {
        const ct = t === 0 ? tries[0] : tries[1];
        const { table } = ct;
        const u0 = table[c0] ?? c0;
        if (!ct.pairs[pairIndex(u0, i + 1 < to ? (table[c1] ?? c1) : 0)]) continue;
        const { root, links, edges, keyAt } = ct.trie;
        let node = root[u0] ?? -1;
        let j = i + 1;
        while (node > 0) {
          const link = links[node] ?? 0;
          if ((link & 1) === 1 && j > end && (!word[text.charCodeAt(j - 1)] || !word[text.charCodeAt(j)])) {
            end = j;
            best = ct.entries[keyAt[node] ?? -1];
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
      }
      if (best) {
        out.push({ start: i, end, text: text.slice(i, end), entityId: best.id, kind: best.kind, via: best.via, known: true });
        i = end;
        continue;
      }
      i++;
      if (word[c0]) while (i < to && word[text.charCodeAt(i)]) i++;
    }
  }

  function findMentionsOutside(text: string, regions: readonly TextRegion[]): Mention[] {
    const out: Mention[] = [];
    if (typeof text !== 'string' || text.length === 0) return out;
    try {
      let from = 0;
      for (const r of regions) {
        if (r.start > from) scanGap(text, from, Math.min(r.start, text.length), out);
        if (r.end > from) from = r.end;
      }
      if (from < text.length) scanGap(text, from, text.length, out);
    } catch {
      // Never throw on a document: keep the mentions found so far.
    }
    return out;
  }

  return {
    findMentions(text: string, language: LanguageKind): Mention[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      return findMentionsOutside(text, excludedRegions(text, language));
    },
    findMentionsOutside,
  };
}
