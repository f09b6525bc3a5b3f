// Tells VS Code's quick suggestions from an explicit Ctrl+Space, which VS Code reports alike (triggerKind Invoke).
// VS Code never fires a trigger character that ends a word ("don't trigger by trigger characters when this is a case
// for quick suggest"), so the server's A-Z trigger characters do nothing there: completion while typing comes only
// from quick suggestions, which package.json turns on for Markdown and LaTeX. A quick suggestion arrives right after
// the keystroke that ended the word at the cursor; the client then asks the server as for a typed character, so only
// a gene-like token ("NM", "NRK") opens the list and "The" never does. Anything else is explicit: any word completes.
// Pure (no vscode import), so the unit tests run it.

/** The last insertion typed into a document: where it ended and when. */
export interface TypedEdit {
  uri: string;
  line: number;
  character: number;
  at: number;
}

/** How long after a keystroke a request counts as VS Code's quick suggestion (its default delay is 10 ms). */
export const QUICK_SUGGEST_WINDOW_MS = 400;

/** True when a completion request at `position` is VS Code's quick suggestion for the edit just typed there. */
export function isQuickSuggestion(
  last: TypedEdit | undefined,
  uri: string,
  position: { line: number; character: number },
  now: number,
  delayMs = 10,
): boolean {
  if (!last || last.uri !== uri) return false;
  if (last.line !== position.line || last.character !== position.character) return false;
  return now - last.at <= Math.max(0, delayMs) + QUICK_SUGGEST_WINDOW_MS;
}

/** The end of a change that inserted text without a line break (typing), or undefined for any other change. */
export function typedEnd(change: { range: { start: { line: number; character: number } }; rangeLength: number; text: string }): { line: number; character: number } | undefined {
  if (change.text.length === 0 || change.text.length > 2 || /[\r\n]/.test(change.text)) return undefined;
  return { line: change.range.start.line, character: change.range.start.character + change.text.length };
}
