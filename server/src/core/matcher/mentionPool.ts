// Mention objects of analyses that are gone, kept for the next analysis to fill in again. A full analysis of a large
// document makes tens of thousands of mentions; made anew each time, they are what the garbage collector spends its
// time on (it copies every one still in use when a young-generation collection comes). Taken from here they are
// already old, so a collection neither finds nor copies them.
//
// Only the analyzer gives mentions back, from the lists of an analysis it has replaced or forgotten: those lists are
// the analyzer's (see DocumentAnalysis), so nothing reads those objects any more. A mention that names several genes
// carries `candidates` (another shape) and is not kept, nor one of a rodent's gene (`species`).
import type { Mention } from '../types';

/** Mentions kept at most (about 80 bytes each). */
const LIMIT = 1 << 16;

export class MentionPool {
  /** Slots [0, count) hold kept mentions; a slot taken is cleared, so the list keeps its storage. */
  private readonly free: (Mention | undefined)[] = [];
  private count = 0;

  constructor(private readonly limit = LIMIT) {}

  get size(): number {
    return this.count;
  }

  /** A mention to fill in (every field is to be set), or undefined when none is kept. */
  take(): Mention | undefined {
    if (this.count === 0) return undefined;
    const m = this.free[--this.count];
    this.free[this.count] = undefined;
    return m;
  }

  /** Keeps the mentions of a list nothing will read again (each once: the caller empties the list). */
  give(mentions: readonly Mention[]): void {
    for (let i = 0; i < mentions.length && this.count < this.limit; i++) {
      const m = mentions[i]!;
      if (m.candidates === undefined && m.species === undefined) this.free[this.count++] = m;
    }
  }
}
