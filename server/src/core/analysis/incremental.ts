// Incremental analysis: after an edit, only the paragraphs around the change are analysed again and spliced into the
// previous analysis, everything after them shifted. Sound because nothing the analysis finds crosses a paragraph
// boundary chosen here: a position after a blank line, at a line neither empty nor indented, outside every region of
// the previous analysis (so no code block, comment or front matter spans it). Where that cannot be guaranteed (a fence
// opened and not closed inside the window, the LaTeX document environment edited), the caller analyses it all.
// test/unit/incremental.test.ts checks the result against a full analysis over random edit sequences.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textOf } from '../document/editableDocument';
import type { TextSource } from '../document/pieceText';
import { excludedRegions, regionIndexAt, type TextRegion } from '../markup/regions';
import type { Finding, LanguageKind, Mention, TermHint } from '../types';
import { changedWindow } from './edits';
import { ownCopy } from './textCopy';
import { moveNotes, moveSpans, spliceInPlace } from './splice';
import type { DocumentState } from './state';

/** What every suppression comment holds (features/suppression.ts). */
export const DIRECTIVE = 'genelens-';

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** Whether a paragraph may start at p in `text`: after a blank line, at a line neither empty nor indented. */
export function paragraphStart(text: TextSource, p: number): boolean {
  if (p === 0) return true;
  if (p > text.length || text.charCodeAt(p - 1) !== 10) return false;
  // Not at an indented line, nor at an empty one: what follows an empty line may be indented, and an indented line
  // reads differently after a list item (its continuation) than at the start of a text (code).
  const c = text.charCodeAt(p);
  if (p < text.length && (isBlank(c) || c === 10)) return false;
  // Front matter and thematic breaks are read differently at the start of a text.
  if (text.startsWith('---', p) || text.startsWith('+++', p)) return false;
  let j = p - 2;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  return j < 0 || text.charCodeAt(j) === 10;
}

/**
 * The paragraph-aligned window [a, b) of the new text to analyse again, given the changed window, the old text and the
 * previous analysis's regions (in the old text's coordinates).
 */
export function paragraphWindow(
  text: TextSource,
  changed: { start: number; end: number; delta: number },
  oldText: TextSource,
  oldRegions: readonly TextRegion[],
): { a: number; b: number } {
  const outside = (old: number): boolean => regionIndexAt(oldRegions, old) < 0 && (old === 0 || regionIndexAt(oldRegions, old - 1) < 0);
  // After the change, the boundary must have been one in the old text too: what follows keeps its lines' starts.
  const after = (b: number): boolean => paragraphStart(text, b) && paragraphStart(oldText, b - changed.delta) && outside(b - changed.delta);
  // Before the change, old and new offsets agree.
  // (At 0 the window starts at 0: lastIndexOf with a negative start still looks at offset 0, a line break there.)
  const from = Math.min(changed.start, text.length) - 1;
  let a = from < 0 ? 0 : text.lastIndexOf('\n', from) + 1;
  while (a > 0 && !(paragraphStart(text, a) && outside(a))) a = a >= 2 ? text.lastIndexOf('\n', a - 2) + 1 : 0;
  let b = Math.max(changed.end, a);
  if (b > 0 && b < text.length && text.charCodeAt(b - 1) !== 10) b = text.indexOf('\n', b) + 1 || text.length;
  while (b < text.length && !after(b)) b = text.indexOf('\n', b) + 1 || text.length;
  return { a, b: Math.min(b, text.length) };
}

/** What the incremental analysis asks of the analyzer: its stages. */
export interface Stages {
  /** The mentions of a text outside its regions. */
  mentionsOf(text: string, regions: readonly TextRegion[]): Mention[];
  hintsOf(mentions: readonly Mention[]): TermHint[];
  /** Reads a window's mentions with the document's genes; false when the window changed them (read it all). */
  genesOfWindow(state: DocumentState, a: number, oldB: number, slice: string, found: Mention[], local: readonly TextRegion[]): boolean;
  /** Finds the findings still due (a window's), so the lists can be spliced. */
  findingsOf(state: DocumentState): Finding[];
  /** A state with its analysis (state.ts makeState, with the analyzer's findings stage). */
  stateOf(fields: Omit<DocumentState, 'analysis' | 'hints'>, uri: string, language: LanguageKind, hints: TermHint[]): DocumentState;
}

/**
 * The document after the edits since `state`: the paragraphs around them analysed again (mentions and hints now, their
 * claims when the findings are read) and spliced into the previous lists, which are changed in place. Undefined when
 * the document must be analysed whole.
 */
export function analyzeEdits(state: DocumentState, document: TextDocument, stages: Stages): DocumentState | undefined {
  const { analysis } = state;
  const { uri, language } = analysis;
  const text = textOf(document);
  const { version } = document;
  const changed = changedWindow(state.edits ?? []);
  const hints = analysis.hints ?? [];
  if (!changed) return stages.stateOf({ ...state, text, edits: [], version }, uri, language, hints);
  if (state.text.length + changed.delta !== text.length || state.lineCount === undefined) return undefined;
  const { a, b } = paragraphWindow(text, changed, state.text, state.regions);
  const oldB = b - changed.delta;
  // A copy: the matcher and the claims keep the last text they read, and a slice would keep the whole document.
  const slice = ownCopy(text.slice(a, b));
  const local = excludedRegions(slice, language);
  // A fence, comment or environment opened in the window and still open at its end reaches further: start over.
  if (b < text.length && local.length > 0 && (local[local.length - 1]?.end ?? 0) >= slice.length) return undefined;
  // The previous window's claims, if still due, are found now: the findings are spliced in the old offsets.
  if (typeof state.claims === 'object') stages.findingsOf(state);
  const found = stages.mentionsOf(slice, local);
  if (!stages.genesOfWindow(state, a, oldB, slice, found, local)) return undefined;
  // Moved in place: the matcher made them for this window alone (a copy would give each its own shape, and every later
  // edit moves them all).
  for (const m of found) {
    m.start += a;
    m.end += a;
  }
  const { delta } = changed;
  const lines = document.lineCount - state.lineCount;
  // The previous analysis's lists are changed in place (it is replaced): the window's items swapped, the rest moved.
  state.mentions.splice(a, oldB, found, delta);
  const findings = state.findings;
  // The window's findings are found when read (claims: a ClaimWindow); until then the window holds none.
  if (state.claims === 'done') moveNotes(findings, spliceInPlace(findings, a, oldB, []), delta, lines);
  const windowHints = stages.hintsOf(found);
  moveNotes(hints, spliceInPlace(hints, a, oldB, windowHints), delta, lines);
  const regions = state.regions;
  const windowRegions = local.map((r) => ({ start: r.start + a, end: r.end + a }));
  moveSpans(regions, spliceInPlace(regions, a, oldB, windowRegions), delta);
  // Outside the window the text is as before: only a directive the old window held can have gone (then look again).
  const directives = slice.includes(DIRECTIVE) || (state.directives && (!state.text.slice(a, oldB).includes(DIRECTIVE) || text.includes(DIRECTIVE)));
  const claims = state.claims === 'done' ? { a, b, local, found } : state.claims;
  const fields = { mentions: state.mentions, text, lineCount: document.lineCount, regions, directives, edits: [], version, findings, claims, genes: state.genes };
  return stages.stateOf(fields, uri, language, hints);
}
