// The mentions of the last few paragraphs a hover (or definition) read in a large document not analysed yet
// (DocumentAnalyzer.mentionsNear): a writer hovers around in one paragraph, and each hover would scan it again. An
// entry holds its paragraph's text, so a paragraph that changed (or another document under the same URI and version)
// is scanned anew.
import type { Mention } from '../types';

/** Paragraphs kept (the oldest goes first). */
const KEPT = 8;

interface Entry {
  uri: string;
  version: number;
  start: number;
  paragraph: string;
  mentions: readonly Mention[];
}

export class ParagraphCache {
  private readonly entries: Entry[] = [];

  /** The mentions kept for the paragraph `paragraph` at `start` of that document version, or undefined. */
  get(uri: string, version: number, start: number, paragraph: string): readonly Mention[] | undefined {
    for (const e of this.entries) {
      if (e.uri === uri && e.version === version && e.start === start && e.paragraph === paragraph) return e.mentions;
    }
    return undefined;
  }

  set(uri: string, version: number, start: number, paragraph: string, mentions: readonly Mention[]): void {
    if (this.entries.length >= KEPT) this.entries.shift();
    this.entries.push({ uri, version, start, paragraph, mentions });
  }

  /** Drops the entries of a document (closed or forgotten). */
  forget(uri: string): void {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]!.uri === uri) this.entries.splice(i, 1);
  }
}
