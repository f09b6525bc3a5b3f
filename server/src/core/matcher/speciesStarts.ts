// Where a word naming a species other than human may start (species.ts reads a paragraph's species words only where
// one may), gathered during the MeSH scan (meshScan.ts) from the hash it makes of every word anyway (FNV-1a over the
// lower-cased units, as speciesWords.ts hashes its words): no pass of its own over the text. The MeSH scan does not
// hash the words inside a region or inside a table term after its first word: those spans are read here (addWords).
// A superset is enough: species.ts reads the words of a paragraph holding a start and decides from them.
import { FNV_START, fnv } from '../text/wordHash';
import { MAX_WORD, MIN_WORD, isSpeciesWordUnit, nonHumanWords } from './speciesWords';

const FILTER_MASK = 4095;
/** By the low bits of the word's hash: some non-human species word has them. */
const FILTER = new Uint8Array(FILTER_MASK + 1);
/** The hashes of the words naming a species other than human. */
const HASHES: ReadonlySet<number> = new Set(
  // A species word that needs a word after it ("raw 264") is noted at its first word: a superset is enough.
  nonHumanWords().map((words) => {
    const w = words.split(' ')[0] ?? words;
    let h = FNV_START;
    for (let k = 0; k < w.length; k++) h = fnv(h, w.charCodeAt(k));
    FILTER[h & FILTER_MASK] = 1;
    return h;
  }),
);

/** Whether a word of hash `h` may name a species other than human (a filter: `word` checks further). */
export function mayNameSpecies(h: number): boolean {
  return FILTER[h & FILTER_MASK] === 1;
}

/** A unit of a species word, as species.ts reads them. */
const isWordUnit = isSpeciesWordUnit;

export class SpeciesStarts {
  private starts = new Int32Array(64);
  private count = 0;
  private sorted = true;

  clear(): void {
    this.count = 0;
    this.sorted = true;
  }

  /**
   * Notes the word starting at `at`, `length` units long, whose hash (FNV-1a, ASCII capitals folded) is `h`, when it
   * may name a species other than human.
   */
  word(at: number, length: number, h: number): void {
    if (length >= MIN_WORD && length <= MAX_WORD && FILTER[h & FILTER_MASK] === 1 && HASHES.has(h)) this.add(at);
  }

  /** Notes the species words of u[from, to), widened to whole words (those are read as species.ts reads them). */
  addWords(u: Uint16Array, from: number, to: number, floor: number, ceiling: number): void {
    let i = from;
    while (i > floor && isWordUnit(u[i - 1] ?? 0)) i--;
    let end = to;
    while (end < ceiling && isWordUnit(u[end] ?? 0)) end++;
    while (i < end) {
      if (!isWordUnit(u[i] ?? 0)) {
        i++;
        continue;
      }
      let h = FNV_START;
      let j = i;
      for (; j < end; j++) {
        const c = u[j] ?? 0;
        if (!isWordUnit(c)) break;
        h = fnv(h, c >= 65 && c <= 90 ? c + 32 : c);
      }
      this.word(i, j - i, h);
      i = j;
    }
  }

  private add(at: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    if (this.count > 0 && (this.starts[this.count - 1] ?? 0) > at) this.sorted = false;
    this.starts[this.count++] = at;
  }

  /** The starts noted, sorted (a view, valid until the next scan). */
  list(): Int32Array {
    const view = this.starts.subarray(0, this.count);
    if (!this.sorted) {
      view.sort();
      this.sorted = true;
    }
    return view;
  }
}
