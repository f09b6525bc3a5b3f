// The matches of one scan, before they become Mention objects: parallel typed arrays, reused from scan to scan, so a
// scan allocates nothing per candidate and a gene text dropped for want of context (geneContext.ts) costs no object.

/** Needs gene context (geneContext.ts). */
export const PENDING = 1;
/** Counts as another gene in the sentence: a gene, complex or variant that needed no context. */
export const EVIDENCE = 2;
/** Pending and found to be ordinary prose. */
export const DROPPED = 4;
/** An rs ID that the lexicon knows as a variant. */
export const KNOWN = 8;
/** Pending, and only evidence about itself (gene markup) makes it a gene: a text rarely a gene (GeneHit.strict). */
export const STRICT = 16;
/**
 * Pending only for being written like a word, as abstracts write a gene wherever they write it so ("Bax", "Src":
 * GeneHit.sureSpelling): another gene anywhere in its paragraph is context enough.
 */
export const LOOSE = 32;

export class Found {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** What matched: (key << 2) | source, the source being one of the matcher's tries or an rs ID. */
  refs = new Int32Array(256);
  flags = new Uint8Array(256);
  count = 0;

  push(start: number, end: number, ref: number, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.refs[k] = ref;
    this.flags[k] = flags;
  }

  /** Forgets the matches. */
  clear(): void {
    this.count = 0;
  }

  /** After a scan: forgets its matches, and gives memory back when the scan used little of a large capacity. */
  release(): void {
    const used = this.count;
    this.count = 0;
    if (this.starts.length > 1 << 16 && 8 * used < this.starts.length) {
      this.starts = new Int32Array(256);
      this.ends = new Int32Array(256);
      this.refs = new Int32Array(256);
      this.flags = new Uint8Array(256);
    }
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    starts.set(this.starts);
    const ends = new Int32Array(n);
    ends.set(this.ends);
    const refs = new Int32Array(n);
    refs.set(this.refs);
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.refs = refs;
    this.flags = flags;
  }
}
