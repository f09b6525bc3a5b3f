// Find All References through the facade: the mentions of the entity under the cursor, under any of its names, in
// the document and in every document of the workspace index, which the host feeds and updates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/core';
import { docWithCursor } from '../helpers/cursor';
import { DEFAULT_PROFILES, NMRK1, profileDocument } from '../helpers/featureProfiles';

const service = (): LanguageService => createLanguageService({ profiles: DEFAULT_PROFILES.map(profileDocument) });

/** The text each location covers, from the documents given. */
function texts(locations: Location[] | null, docs: Record<string, string>): string[] {
  assert.ok(locations, 'expected locations');
  return locations.map((l) => {
    const text = docs[l.uri];
    assert.ok(text !== undefined, `location in an unexpected document: ${l.uri}`);
    return TextDocument.create(l.uri, 'markdown', 0, text).getText(l.range);
  });
}

describe('ReferencesProvider', () => {
  const other = 'file:///workspace/notes/other.md';
  const otherText = 'Old papers call it C9orf95.\n\nThe nicotinamide riboside kinase 1 enzyme and NMRK1 again; AMPK too.\n';

  it('finds every mention of the entity under any of its names, here and in other indexed documents', () => {
    const s = service();
    s.indexFile(other, otherText, 'md');
    const { doc, position } = docWithCursor('NMRK1 is also N$$CURSOR$$RK1. NAD+ is not it.');
    const found = s.getReferences(doc, position, false);
    const docs = { [doc.uri]: doc.getText(), [other]: otherText };
    assert.deepEqual(texts(found, docs), ['NMRK1', 'NRK1', 'C9orf95', 'nicotinamide riboside kinase 1', 'NMRK1']);
    assert.equal(found?.[0]?.uri, doc.uri, 'the document itself comes first');
    assert.deepEqual(found?.[2]?.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 26 } });
  });

  it('puts the profile entry first when the declaration is asked for', () => {
    const s = service();
    const { doc, position } = docWithCursor('Only $$CURSOR$$NMRK1 here.');
    const found = s.getReferences(doc, position, true);
    assert.ok(found && found.length === 2);
    const profile = profileDocument(NMRK1);
    assert.equal(found[0]?.uri, profile.uri);
    assert.equal(TextDocument.create(profile.uri, 'json', 1, profile.text).getText(found[0]?.range), 'NMRK1');
  });

  it('answers null off a term, and an empty list for an entity no other document mentions', () => {
    const s = service();
    s.indexFile(other, otherText, 'md');
    const off = docWithCursor('Some $$CURSOR$$prose. NMRK1.');
    assert.equal(s.getReferences(off.doc, off.position, false), null);
    const nmn = docWithCursor('N$$CURSOR$$MN only.');
    assert.deepEqual(texts(s.getReferences(nmn.doc, nmn.position, false), { [nmn.doc.uri]: nmn.doc.getText() }), ['NMN']);
  });

  it('keeps the index current: a re-indexed document replaces its old mentions, a removed one is gone', () => {
    const s = service();
    s.indexFile(other, otherText, 'md');
    const { doc, position } = docWithCursor('$$CURSOR$$AMPK here.');
    assert.equal(s.getReferences(doc, position, false)?.filter((l) => l.uri === other).length, 1);
    s.indexFile(other, 'AMPK, AMPK and AMPK.', 'md');
    assert.equal(s.getReferences(doc, position, false)?.filter((l) => l.uri === other).length, 3);
    s.unindex(other);
    assert.equal(s.getReferences(doc, position, false)?.filter((l) => l.uri === other).length, 0);
    assert.equal(s.workspace.stats().documents, 0);
  });

  it('reads the document being edited from its current version, not from an older one in the index', () => {
    const s = service();
    const uri = 'file:///workspace/draft.md';
    s.indexDocument(TextDocument.create(uri, 'markdown', 1, 'NMRK1 NMRK1 NMRK1'));
    const now = TextDocument.create(uri, 'markdown', 2, 'NMRK1 once.');
    const found = s.getReferences(now, { line: 0, character: 1 }, false);
    assert.equal(found?.length, 1);
  });

  it('skips code and other markup in indexed files, as the matcher does', () => {
    const s = service();
    s.indexFile('file:///workspace/code.md', '`NMRK1` in code, and NMRK1 in prose.\n', 'md');
    s.indexFile('file:///workspace/paper.tex', '\\label{NMRK1} NMRK1 in LaTeX prose.\n', 'tex');
    const { doc, position } = docWithCursor('$$CURSOR$$NMRK1');
    const found = s.getReferences(doc, position, false) ?? [];
    assert.deepEqual(found.map((l) => [l.uri, l.range.start.character]), [
      [doc.uri, 0],
      ['file:///workspace/code.md', 21],
      ['file:///workspace/paper.tex', 14],
    ]);
  });
});
