// A cursor marker for tests, as in vscode-markdown-languageservice: write `$$CURSOR$$` where the cursor is.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

export const CURSOR = '$$CURSOR$$';

/** Removes the single cursor marker; returns the text and the marker's offset. */
export function withCursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset < 0) throw new Error(`no ${CURSOR} marker in test text`);
  if (textWithCursor.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`more than one ${CURSOR} marker`);
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length), offset };
}

let documents = 0;

/**
 * An in-memory document plus the cursor position, for feature tests. Each call gets a new URI unless one is given,
 * so a service's per-document cache never hands one test's analysis to another.
 */
export function docWithCursor(
  textWithCursor: string,
  languageId = 'markdown',
  uri?: string,
): { doc: TextDocument; position: Position; offset: number } {
  const { text, offset } = withCursor(textWithCursor);
  documents += 1;
  uri ??= `file:///workspace/doc${documents}.${languageId === 'latex' ? 'tex' : languageId === 'markdown' ? 'md' : 'txt'}`;
  const doc = TextDocument.create(uri, languageId, 1, text);
  return { doc, position: doc.positionAt(offset), offset };
}
