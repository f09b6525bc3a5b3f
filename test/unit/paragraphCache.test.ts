// Hovers in a large document not analysed yet read the paragraph under the cursor (DocumentAnalyzer.mentionsNear):
// a paragraph is scanned once per version, not once per hover, and a changed paragraph is scanned anew.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/core/analysis/paragraphCache';
import { HoverProvider } from '../../server/src/core/features/hover';
import type { Mention } from '../../server/src/core/types';
import { loadFixture } from '../helpers/featureProfiles';

const FILLER = 'Plain words about the weather and the sea, nothing else at all here.\n\n';
const TARGET = 'AMPK inhibits NMRK1 in muscle, and NMRK1 makes NMN from NR.\n\n';

/** About 100 KB of Markdown: larger than a hover analyses whole, with one paragraph about genes in the middle. */
function largeText(target = TARGET): string {
  const half = FILLER.repeat(Math.ceil(50_000 / FILLER.length));
  return `${half}${target}${half}`;
}

/** A fixture whose analyzer counts the texts it scans for mentions outside a whole analysis. */
function countingFixture() {
  const fixture = loadFixture();
  const scanned: string[] = [];
  const findMentions = fixture.analyzer.findMentions.bind(fixture.analyzer);
  fixture.analyzer.findMentions = (text, language) => {
    scanned.push(text);
    return findMentions(text, language);
  };
  return { ...fixture, scanned };
}

describe('paragraphs read for hovers in a large document', () => {
  it('two hovers in one paragraph scan it once', () => {
    const { analyzer, lexicon, scanned } = countingFixture();
    const text = largeText();
    assert.ok(text.length > 64 * 1024, 'not analysed whole for a hover');
    const doc = TextDocument.create('file:///large.md', 'markdown', 1, text);
    const hover = new HoverProvider(lexicon, analyzer);
    const first = text.indexOf('NMRK1');
    const second = text.indexOf('NMRK1', first + 1);
    assert.ok(hover.provideHover(doc, doc.positionAt(first + 1)), 'a card for the first NMRK1');
    assert.ok(hover.provideHover(doc, doc.positionAt(second + 1)), 'a card for the second NMRK1');
    assert.equal(scanned.length, 1, 'the paragraph was scanned once');
    assert.ok(scanned[0]!.includes('AMPK inhibits NMRK1'), 'and only the paragraph');
  });

  it('a paragraph changed by an edit is scanned anew and shows the new text', () => {
    const { analyzer, lexicon, scanned } = countingFixture();
    const text = largeText();
    const doc = TextDocument.create('file:///large.md', 'markdown', 1, text);
    const hover = new HoverProvider(lexicon, analyzer);
    const at = text.indexOf('NMRK1');
    assert.ok(hover.provideHover(doc, doc.positionAt(at + 1)));
    // NMRK1 becomes AMPK: the word under the cursor is no longer a profile's gene.
    const edited = TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 5) }, text: 'house' }], 2);
    assert.equal(hover.provideHover(edited, edited.positionAt(at + 1)), null, 'no card for a plain word');
    assert.equal(scanned.length, 2, 'scanned again for the new version');
  });

  it('an entry answers only for the same document, version, place and text', () => {
    const cache = new ParagraphCache();
    const mentions: Mention[] = [];
    cache.set('file:///a.md', 3, 100, 'NMRK1 here', mentions);
    assert.equal(cache.get('file:///a.md', 3, 100, 'NMRK1 here'), mentions);
    assert.equal(cache.get('file:///a.md', 3, 100, 'NAMPT here'), undefined, 'other text (a reopened document)');
    assert.equal(cache.get('file:///a.md', 4, 100, 'NMRK1 here'), undefined, 'other version');
    assert.equal(cache.get('file:///a.md', 3, 101, 'NMRK1 here'), undefined, 'other place');
    assert.equal(cache.get('file:///b.md', 3, 100, 'NMRK1 here'), undefined, 'other document');
    cache.forget('file:///a.md');
    assert.equal(cache.get('file:///a.md', 3, 100, 'NMRK1 here'), undefined, 'forgotten with its document');
  });
});
