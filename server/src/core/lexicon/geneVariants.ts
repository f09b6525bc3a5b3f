// The gene table's texts as writers vary them: every symbol and alias that is safe to fold, and the full names of
// protein-coding genes, each under its variant key (text/variantKey.ts: case folded, Greek letters and their
// spelled names to Latin letters, hyphens and the spaces between letters and digits dropped), so "p53", "Akt",
// "IL-1beta", "HIF-1α", "TNF-a", "caspase-9" and "vitamin D receptor" find their gene. A trie over the keys in typed
// arrays (prebuilt with the gene index: geneIndexBinary.ts), with, per key, the genes it names, best first.
//
// Left out: texts that read as English (flags e, n, c: "was", "cat", "set", "Rest" stay words), aliases written like a
// word ("Protease"), keys shorter than three units, and names that are a single word of the dictionary (NAME_WORDS). The matcher walks this trie only
// where the table's own texts (exact case) match nothing as long, so an exact spelling always wins.
import { IS_SYMBOL } from './geneTerms';
import { TermFlag } from './geneFlags';
import type { GeneIndex } from './geneIndex';
import { Trie } from '../matcher/trie';
import { FNV_START, fnv } from '../text/wordHash';
import { variantKey, variantKeyCuts, variantPrefixBit, variantPrefixSet } from '../text/variantKey';

/** Info bits beyond a GeneTerms info (TermFlag bits | IS_SYMBOL): the text is the gene's full name. */
export const VARIANT_NAME = 256;
/** The text is a mouse (MGI) or rat (RGD) spelling of the gene's ortholog. */
export const VARIANT_MOUSE = 512;
export const VARIANT_RAT = 1024;

/** Flags that make a text read as English: such a text is only recognized as written in the table. */
const ENGLISH = TermFlag.EnglishWord | TermFlag.EnglishName | TermFlag.CommonAcronym;

/**
 * Full names of protein-coding genes that are words of Debian's wamerican 2020.12.07-2 (`comm` of the lower-cased
 * single-word names with /usr/share/dict/words): albumin, insulin, maestro, noggin. The two that are ordinary English
 * words are not names here.
 */
const NAME_WORDS = new Set(['maestro', 'noggin']);

/** Letters only, lower case after the first: "Protease", "polymerase" (as geneLexicon.ts). */
const WORD_SHAPED = /^[A-Za-z][a-z]+$/;

/** Bits of the first-word hash set. */
const WORD_BITS = 22;

/** Greek letters' spelled names by their Latin letter: a key starting with a Greek letter may be written spelled. */
const SPELLED: Record<string, string> = {
  a: 'alpha', b: 'beta', g: 'gamma', d: 'delta', e: 'epsilon', z: 'zeta', t: 'theta', i: 'iota', k: 'kappa', l: 'lambda', s: 'sigma', o: 'omega',
};

const TYPE_RANK: Record<string, number> = { 'protein-coding': 0, ncRNA: 1, snoRNA: 2, snRNA: 2, scRNA: 2, rRNA: 2, tRNA: 3, other: 4, unknown: 5, pseudo: 6 };

/** Bit of a first-word hash in `firstWords`. */
export function variantWordBit(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  return (x ^ (x >>> 16)) & ((1 << WORD_BITS) - 1);
}

export class GeneVariants {
  constructor(
    readonly trie: Trie,
    /** Hash bits (variantWordBit of FNV-1a over the key's units) of every way a key's first word may be written. */
    readonly firstWords: Int32Array,
    /** Bits (variantPrefixBit) of the first three units of those first words, as written (folded, Greek letters mapped). */
    readonly prefixes: Int32Array,
    /** For key k, its texts are rows/infos[groupStart[k] .. groupStart[k + 1]), best first. */
    readonly groupStart: Int32Array,
    readonly rows: Int32Array,
    readonly infos: Uint16Array,
    readonly keyCount: number,
  ) {}

  size(key: number): number {
    return (this.groupStart[key + 1] ?? 0) - (this.groupStart[key] ?? 0);
  }

  /** The n-th text of a key, best first: its gene row and info. */
  termAt(key: number, n: number): { row: number; info: number } {
    const at = (this.groupStart[key] ?? 0) + n;
    return { row: this.rows[at] ?? -1, info: this.infos[at] ?? 0 };
  }

  /** The key of a written text, or -1. */
  lookup(text: string): number {
    const key = variantKey(text);
    let node = 0;
    for (let i = 0; i < key.length && node >= 0; i++) node = this.trie.next(node, key.charCodeAt(i));
    return node > 0 ? this.trie.keyEndingAt(node) : -1;
  }
}

/** Extra spellings to add: texts with their gene row and info (rodent spellings). */
export interface VariantSource {
  forEach(visit: (text: string, row: number, info: number) => void): void;
}

/** Builds the variants of a table (at build time for the prebuilt index; at start-up only without it). */
export function buildGeneVariants(index: GeneIndex, extra?: VariantSource): GeneVariants {
  /** Key index by key text, and per text added: its key index, row and info (no array per key). */
  const keyOf = new Map<string, number>();
  const keys: string[] = [];
  const entryKey: number[] = [];
  const entryRow: number[] = [];
  const entryInfo: number[] = [];
  const firstWords = new Int32Array(1 << (WORD_BITS - 5));
  const prefixes = variantPrefixSet();
  /** Adds a written text; returns its key, or '' when it is too short. */
  const add = (written: string, row: number, info: number, minLength: number): string => {
    const { key, cuts, greek } = variantKeyCuts(written);
    if (key.length < minLength) return '';
    let k = keyOf.get(key);
    if (k === undefined) {
      k = keys.push(key) - 1;
      keyOf.set(key, k);
    }
    entryKey.push(k);
    entryRow.push(row);
    entryInfo.push(info);
    addFirstWords(key, cuts, greek, firstWords, prefixes);
    return key;
  };
  const text = index.text;
  index.forEachTerm((start, end, row, flags, isSymbol) => {
    if (flags & ENGLISH) return;
    const written = text.slice(start, end);
    // An alias written like a word ("Protease", "polymerase") reads as one in any case.
    if (!isSymbol && WORD_SHAPED.test(written)) return;
    add(written, row, (flags & 127) | (isSymbol ? IS_SYMBOL : 0), 3);
  });
  const typeRank = new Int8Array(index.count);
  for (let row = 0; row < index.count; row++) {
    const type = index.typeAt(row);
    typeRank[row] = TYPE_RANK[type] ?? 7;
    if (type !== 'protein-coding') continue;
    const name = index.nameAt(row);
    if (NAME_WORDS.has(name) || name.length > 80) continue;
    const key = add(name, row, VARIANT_NAME, 4);
    // The plural of a name that ends in a letter ("caspases" is no name: it ends in a digit).
    if (/[a-z]$/.test(key)) add(`${name}s`, row, VARIANT_NAME, 4);
  }
  extra?.forEach((spelling, row, info) => void add(spelling, row, info, 3));

  const trie = Trie.build(keys);
  const keyCount = keys.length;
  const total = entryKey.length;
  // Group the texts by key (counting sort), then order each group: symbols, names, aliases, rodent spellings; then
  // by gene type and row.
  const groupStart = new Int32Array(keyCount + 1);
  for (let e = 0; e < total; e++) {
    const k = (entryKey[e] ?? 0) + 1;
    groupStart[k] = (groupStart[k] ?? 0) + 1;
  }
  for (let k = 0; k < keyCount; k++) groupStart[k + 1] = (groupStart[k + 1] ?? 0) + (groupStart[k] ?? 0);
  const fill = groupStart.slice(0, keyCount);
  const rows = new Int32Array(total);
  const infos = new Uint16Array(total);
  const rank = (row: number, info: number): number =>
    ((info & IS_SYMBOL ? 0 : info & VARIANT_NAME ? 1 : info & (VARIANT_MOUSE | VARIANT_RAT) ? 3 : 2) * 8 + (typeRank[row] ?? 7)) * 0x1000000 + row;
  for (let e = 0; e < total; e++) {
    const k = entryKey[e] ?? 0;
    const row = entryRow[e] ?? 0;
    const info = entryInfo[e] ?? 0;
    const lo = groupStart[k] ?? 0;
    let at = fill[k] ?? 0;
    fill[k] = at + 1;
    const r = rank(row, info);
    // Insertion into the key's sorted run (runs are short).
    while (at > lo && rank(rows[at - 1] ?? 0, infos[at - 1] ?? 0) > r) {
      rows[at] = rows[at - 1] ?? 0;
      infos[at] = infos[at - 1] ?? 0;
      at--;
    }
    rows[at] = row;
    infos[at] = info;
  }
  return new GeneVariants(trie, firstWords, prefixes, groupStart, rows, infos, keyCount);
}

function setBit(set: Int32Array, bit: number): void {
  set[bit >>> 5] = (set[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

/**
 * Registers the ways the first word of a key may be written: the text's first word ends wherever a separator or a
 * non-word unit may stand (`cuts`), so each such prefix of the key is one; a Greek letter among its first units may
 * be spelled out ("alpha-synuclein", "Galpha").
 */
function addFirstWords(key: string, cuts: readonly number[], greek: readonly number[], firstWords: Int32Array, prefixes: Int32Array): void {
  let h = FNV_START;
  let k = 0;
  for (const cut of cuts) {
    for (; k < cut; k++) h = fnv(h, key.charCodeAt(k));
    setBit(firstWords, variantWordBit(h));
    const c = (n: number): number => (n < cut ? key.charCodeAt(n) : 0);
    setBit(prefixes, variantPrefixBit(c(0), c(1), c(2)));
    for (const g of greek) {
      if (g >= 2 || g >= cut) break;
      const spelled = key.slice(0, g) + (SPELLED[key.charAt(g)] ?? key.charAt(g)) + key.slice(g + 1, cut);
      const s = (n: number): number => (n < spelled.length ? spelled.charCodeAt(n) : 0);
      setBit(prefixes, variantPrefixBit(s(0), s(1), s(2)));
    }
  }
}
