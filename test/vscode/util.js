// Helpers for the VS Code integration suite: find fixture documents in the test workspace and poll with deadlines
// (the language server starts asynchronously, so every check waits for its condition, never for a fixed time).
const vscode = require('vscode');

/** The workspace the runner opened: a throwaway copy of test/vscode/fixtures. */
function fixtureUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder open: the runner must open a copy of test/vscode/fixtures');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openFixture(name) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/**
 * Calls `probe` until it returns a truthy value or `timeoutMs` passes; returns that value.
 * On timeout, throws with `what` and the last value seen, so a failure says what was actually there.
 */
async function waitFor(what, probe, timeoutMs = 30000, intervalMs = 150) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError && lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Position of the `occurrence`-th (0-based) `needle` in the document, plus `delta` characters. */
function positionOf(doc, needle, delta = 0, occurrence = 0) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + delta);
}

/** Plain text of hover results (MarkdownString, MarkedString or string contents). */
function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Hover text at a position, from every hover provider (GeneLens's card among them). */
async function hoverAt(doc, position) {
  return hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position));
}

/** What the NMRK1 card must say, and where its profile lives (shipped inside the extension). */
const NMRK1_NAME = /nicotinamide riboside kinase 1/i;
const PROFILE_PATH = /\/data\/profiles\/genes\/nmrk1\.json$/;

/** The code of a diagnostic, whether a string, a number or `{ value, target }`. */
function codeOf(diagnostic) {
  const c = diagnostic.code;
  return c !== null && typeof c === 'object' ? String(c.value) : String(c);
}

module.exports = { fixtureUri, openFixture, waitFor, positionOf, hoverText, hoverAt, codeOf, NMRK1_NAME, PROFILE_PATH };
