// Sources named as a reader would (issue #15 item 5): the seed the profiles were made from is "GeneLens curated
// profile" wherever a user sees it (hover footers, the profile page, claim messages and their relatedInformation),
// never the internal "seed"; other sources (HGNC, PMIDs) as written. shared/sourceNames.ts names them for all three.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { renderProfilePage } from '../../client/src/profilePage';
import { createLanguageService } from '../../server/src/core';
import { sourceName } from '../../server/src/shared/sourceNames';
import { DEFAULTS } from '../../server/src/shared/settings';
import { docWithCursor } from '../helpers/cursor';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const service = createLanguageService({ profiles: loadShippedProfileDocuments() });

describe('source names', () => {
  it('names the seed and a curator note, and leaves other sources as written', () => {
    assert.equal(sourceName('seed'), 'GeneLens curated profile');
    assert.equal(sourceName('curator'), 'GeneLens curator note');
    assert.equal(sourceName('HGNC'), 'HGNC');
    assert.equal(sourceName('PMID:27725675'), 'PMID:27725675');
    assert.equal(sourceName('toString'), 'toString');
  });

  it('hover footers of profiled entities never name the source "seed"', () => {
    for (const text of ['We studied NM$$CURSOR$$RK1 in liver.', 'We studied NA$$CURSOR$$MPT in liver.', 'We gave N$$CURSOR$$MN to mice.']) {
      const { doc, position } = docWithCursor(text);
      const hover = service.getHover(doc, position);
      const card = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      const footer = card.split('\n').find((l) => l.startsWith('Sources: ')) ?? '';
      assert.match(footer, /GeneLens curated profile/, text);
      assert.doesNotMatch(footer, /\bseed\b/, text);
    }
  });

  it('the profile page never says "seed"', () => {
    const result = service.getProfile('NMRK1');
    assert.ok(result);
    const html = renderProfilePage(result, { cspSource: 'https://webview.test', nonce: 'n0nce4test', link: () => 'command:x' });
    assert.match(html, /\[GeneLens curated profile\]/);
    assert.doesNotMatch(html, /\[seed\]/, 'no source shown as [seed]');
  });

  it('claim messages and their relatedInformation never say "seed"', () => {
    const doc = TextDocument.create('file:///w/sources.md', 'markdown', 1, 'AMPK inhibits NMRK1. NMRK1 converts NMN to NAD+. NMRK1 activates mTOR signaling.');
    const diagnostics = service.getDiagnostics(doc, DEFAULTS).filter((d) => String(d.code).startsWith('claim-'));
    assert.ok(diagnostics.length >= 2);
    for (const d of diagnostics) {
      assert.doesNotMatch(String(d.message), /\bseed\b/);
      for (const r of d.relatedInformation ?? []) assert.doesNotMatch(r.message, /\bseed\b/);
    }
    assert.ok(diagnostics.some((d) => /GeneLens curated profile/.test(String(d.message)) || (d.relatedInformation ?? []).some((r) => /GeneLens curated profile/.test(r.message))));
  });
});
