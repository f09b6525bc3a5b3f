// A full analysis in steps, for large documents: the text is cut into chunks of about CHUNK code units at the paragraph
// boundaries incremental analysis uses (paragraphStart: after a blank line, at a line neither empty nor indented), a
// chunk grown until no region of it (a fence, a comment, an environment) is still open at its end. Pass one reads each
// chunk's regions, mentions and gene evidence; pass two, with the whole document's genes, resolves each chunk's gene
// mentions, makes its hints and reads its claims. One chunk per step: a host runs steps in slices of its event loop
// (server/src/analysisSlices.ts) and answers requests in between. Pure: no timers here.
//
// The result equals a full analysis (test/unit/steppedAnalysis.test.ts): it is what an edit's window analysis does,
// window after window, and the gene evidence of the chunks merges into the document's as documentGenes gathers it.
import type { TextRegion } from '../markup/regions';
import { excludedRegions } from '../markup/regions';
import { documentGenes, resolveGenes, type DocumentGenes } from '../matcher/documentGenes';
import type { Finding, LanguageKind, Lexicon, Mention, TermHint } from '../types';
import { DIRECTIVE, paragraphStart } from './incremental';
import { ownCopy } from './textCopy';
import type { TextSource } from '../document/pieceText';

/** Code units a chunk holds at least (to its next paragraph boundary): a few milliseconds of work. */
export const CHUNK = 8 * 1024;

/** What the stepped analysis asks of the analyzer. */
export interface ChunkStages {
  readonly lexicon: Lexicon;
  /** Mentions of a text outside its regions (the analyzer's pool fills them). */
  mentionsOf(text: string, regions: readonly TextRegion[]): Mention[];
  hintsOf(mentions: readonly Mention[]): TermHint[];
  /** The claims of a window's text; `found` in the window's offsets, the findings returned in the document's. */
  windowFindings(slice: string, a: number, local: readonly TextRegion[], found: Mention[], language: LanguageKind): Finding[];
  /** Gives mentions nobody will read back to the pool. */
  giveBack(mentions: Mention[]): void;
}

/** The lists of a whole document, in document offsets, as a full analysis makes them. */
export interface SteppedResult {
  regions: TextRegion[];
  mentions: Mention[];
  hints: TermHint[];
  findings: Finding[];
  genes: DocumentGenes;
  /** False when the text surely holds no suppression comment. */
  directives: boolean;
}

interface Chunk {
  a: number;
  b: number;
  /** Regions and mentions in the chunk's offsets. */
  local: TextRegion[];
  found: Mention[];
}

/** The first paragraph boundary at or after `from` (the text's end when none). */
function boundaryFrom(text: TextSource, from: number): number {
  if (from >= text.length) return text.length;
  let p = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  if (p < from) p = text.indexOf('\n', from) + 1 || text.length;
  while (p < text.length && !paragraphStart(text, p)) p = text.indexOf('\n', p) + 1 || text.length;
  return p;
}

/** The chunk starting at `a`: its end and its regions. Grows (doubling) while its last region is open at its end. */
export function chunkAt(text: TextSource, a: number, language: LanguageKind, size = CHUNK): { b: number; local: TextRegion[] } {
  for (let target = size; ; target *= 2) {
    const b = boundaryFrom(text, a + target);
    const local = excludedRegions(text.slice(a, b), language);
    const last = local[local.length - 1];
    if (b >= text.length || last === undefined || last.end < b - a) return { b, local };
  }
}

/** Merges a window's gene evidence into the document's, as documentGenes would over both texts. */
function mergeGenes(into: { ids: Set<string>; defined: Map<string, string | null> }, more: DocumentGenes): void {
  for (const id of more.ids) into.ids.add(id);
  for (const [short, gene] of more.defined) {
    const before = into.defined.get(short);
    into.defined.set(short, before === undefined || before === gene ? gene : '');
  }
}

/**
 * The analysis of `text` in steps (one chunk each); cancelled (`return()`), it gives its mentions back. The text is read
 * a chunk at a time (a PieceText is never joined).
 */
export function* analyzeInSteps(stages: ChunkStages, text: TextSource, language: LanguageKind, size = CHUNK): Generator<void, SteppedResult> {
  const chunks: Chunk[] = [];
  const genes = { ids: new Set<string>(), defined: new Map<string, string | null>() };
  const out: SteppedResult = { regions: [], mentions: [], hints: [], findings: [], genes, directives: false };
  let done = false;
  try {
    for (let a = 0; a < text.length; ) {
      const { b, local } = chunkAt(text, a, language, size);
      // A copy: what reads it may keep it, and a slice would keep the whole document (textCopy.ts).
      const slice = ownCopy(text.slice(a, b));
      const found = stages.mentionsOf(slice, local);
      chunks.push({ a, b, local, found });
      if (!out.directives && slice.includes(DIRECTIVE)) out.directives = true;
      mergeGenes(genes, documentGenes(slice, found, stages.lexicon));
      a = b;
      yield;
    }
    for (const chunk of chunks) {
      const { a, b, local } = chunk;
      const slice = ownCopy(text.slice(a, b));
      const found = resolveGenes(slice, chunk.found, genes, stages.lexicon, local);
      for (const f of stages.windowFindings(slice, a, local, found, language)) out.findings.push(f);
      for (const m of found) {
        m.start += a;
        m.end += a;
        // A long text is a view on the chunk's copy: its own, so the mentions do not keep every chunk alive.
        if (m.text.length >= 13) m.text = ownCopy(m.text);
        out.mentions.push(m);
      }
      chunk.found = [];
      for (const h of stages.hintsOf(found)) out.hints.push(h);
      for (const r of local) out.regions.push({ start: r.start + a, end: r.end + a });
      yield;
    }
    done = true;
    return out;
  } finally {
    if (!done) {
      for (const chunk of chunks) stages.giveBack(chunk.found);
      stages.giveBack(out.mentions);
    }
  }
}
