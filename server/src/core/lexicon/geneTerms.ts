// The recognizer's view of the gene table: every symbol and alias in one case-sensitive trie over typed arrays, built
// straight from the table's text by offsets (no string per term), with, for each distinct text, the genes it names
// in priority order. Depends only on the table, so a host builds it once and reuses it when the profiles reload.
//
// Priority within one text: approved symbols first (protein-coding records before others, then by NCBI Gene id),
// then aliases in the same order. Never recognized, so left out: lower-case aliases that are English words ("not",
// "hole", "hang").
import { canonicalTerm, charTables } from '../matcher/chars';
import { fnv, FNV_START, firstWordBit, FIRST_WORD_BITS } from '../text/wordHash';
import { buildTrieFromRanges, type Trie } from '../matcher/trie';
import { TermFlag } from './geneFlags';
import type { GeneIndex } from './geneIndex';

/** Bit set on a term's info when it is the gene's approved symbol (the other bits are its TermFlag bits). */
export const IS_SYMBOL = 128;

const TYPE_RANK: Record<string, number> = { 'protein-coding': 0, ncRNA: 1, snoRNA: 2, snRNA: 2, scRNA: 2, rRNA: 2, tRNA: 3, other: 4, unknown: 5, pseudo: 6 };

export class GeneTerms {
  constructor(
    readonly index: GeneIndex,
    readonly trie: Trie,
    /** First-word hash bits of the keys, as in CaseTrie.firstWords (exact case). */
    readonly firstWords: Int32Array,
    /** For key k, its terms are order[groupStart[k] .. groupStart[k + 1]), best first. */
    readonly groupStart: Int32Array,
    readonly order: Int32Array,
    /** Per term: the gene row, its info (TermFlag bits | IS_SYMBOL) and its text range in the table. */
    readonly rowOf: Int32Array,
    readonly infoOf: Uint8Array,
    readonly startOf: Int32Array,
    readonly endOf: Int32Array,
    readonly keyCount: number,
    /** Number of terms the trie holds. */
    readonly termCount: number,
  ) {}

  /** Number of terms (gene, text pairs) under key `key`. */
  size(key: number): number {
    return (this.groupStart[key + 1] ?? 0) - (this.groupStart[key] ?? 0);
  }

  /** The n-th term of a key (best first): its row and info. */
  termAt(key: number, n: number): { row: number; info: number } {
    const t = this.order[(this.groupStart[key] ?? 0) + n] ?? 0;
    return { row: this.rowOf[t] ?? -1, info: this.infoOf[t] ?? 0 };
  }

  /** The text of a key, from the table. */
  keyText(key: number): string {
    const t = this.order[this.groupStart[key] ?? 0] ?? 0;
    return this.index.slice(this.startOf[t] ?? 0, this.endOf[t] ?? 0);
  }

  /** The key of an exact (canonical) text, or -1. */
  lookup(text: string): number {
    const key = canonicalTerm(text);
    if (!key) return -1;
    let node = 0;
    for (let i = 0; i < key.length && node >= 0; i++) node = this.trie.next(node, key.charCodeAt(i));
    return node > 0 ? this.trie.keyEndingAt(node) : -1;
  }

  /** Visit every term: its text range in the table, row and info, key by key, best first. */
  forEach(visit: (start: number, end: number, row: number, info: number) => void): void {
    for (let i = 0; i < this.order.length; i++) {
      const t = this.order[i] ?? 0;
      visit(this.startOf[t] ?? 0, this.endOf[t] ?? 0, this.rowOf[t] ?? -1, this.infoOf[t] ?? 0);
    }
  }
}

/** Whether text[start, end) is lower-case ASCII letters only: "not", "hole" (an English word, never a gene here). */
function isLowerWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

export function buildGeneTerms(index: GeneIndex): GeneTerms {
  const text = index.text;
  const { canon, word } = charTables();
  let n = 0;
  index.forEachTerm(() => n++);
  const startOf = new Int32Array(n);
  const endOf = new Int32Array(n);
  const rowOf = new Int32Array(n);
  const infoOf = new Uint8Array(n);
  let count = 0;
  index.forEachTerm((start, end, row, flags, isSymbol) => {
    if (!isSymbol && flags & TermFlag.EnglishWord && isLowerWord(text, start, end)) return;
    startOf[count] = start;
    endOf[count] = end;
    rowOf[count] = row;
    infoOf[count] = (flags & 127) | (isSymbol ? IS_SYMBOL : 0);
    count++;
  });
  const { trie, keyOfRange, keyCount } = buildTrieFromRanges(text, startOf, endOf, count, canon);

  // Group the terms by key (counting sort), then order each group: symbols first, then by gene type and row.
  const groupStart = new Int32Array(keyCount + 1);
  for (let t = 0; t < count; t++) {
    const k = keyOfRange[t] ?? -1;
    if (k >= 0) groupStart[k + 1] = (groupStart[k + 1] ?? 0) + 1;
  }
  for (let k = 0; k < keyCount; k++) groupStart[k + 1] = (groupStart[k + 1] ?? 0) + (groupStart[k] ?? 0);
  const fill = groupStart.slice(0, keyCount);
  const order = new Int32Array(groupStart[keyCount] ?? 0);
  // Gene type ranks, read only for the rows of texts that several terms share.
  const rank = new Int8Array(index.count).fill(-1);
  const rankOf = (row: number): number => {
    let r = rank[row] ?? 7;
    if (r < 0) rank[row] = r = TYPE_RANK[index.typeAt(row)] ?? 7;
    return r;
  };
  const priority = (t: number): number => ((infoOf[t] ?? 0) & IS_SYMBOL ? 0 : 16) + rankOf(rowOf[t] ?? 0);
  for (let t = 0; t < count; t++) {
    const k = keyOfRange[t] ?? -1;
    if (k < 0) continue;
    let at = fill[k] ?? 0;
    fill[k] = at + 1;
    const lo = groupStart[k] ?? 0;
    if (at === lo) {
      order[at] = t;
      continue;
    }
    const p = priority(t);
    // Stable insertion: rows come in table order (ascending NCBI Gene id) within equal priority.
    while (at > lo && priority(order[at - 1] ?? 0) > p) {
      order[at] = order[at - 1] ?? 0;
      at--;
    }
    order[at] = t;
  }

  const firstWords = new Int32Array(1 << (FIRST_WORD_BITS - 5));
  for (let t = 0; t < count; t++) {
    let h = FNV_START;
    let k = startOf[t] ?? 0;
    const end = endOf[t] ?? 0;
    const from = k;
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      if (!word[c]) break;
      h = fnv(h, canon[c] ?? c);
    }
    if (k === from) continue;
    const bit = firstWordBit(h);
    firstWords[bit >>> 5] = (firstWords[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return new GeneTerms(index, trie, firstWords, groupStart, order, rowOf, infoOf, startOf, endOf, keyCount, count);
}
