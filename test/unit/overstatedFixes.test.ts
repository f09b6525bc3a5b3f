// The rewording fixes of claim-overstated (issue #15 item 5; claims/rewordings.ts, used by readers/overstated.ts):
// each milder wording is a quick fix the writer picks from the menu, none preferred (nothing applies one unasked), and
// applying it gives the sentence with only the overstated words changed. Every sentence is written for the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { rewordings } from '../../server/src/core/claims/rewordings';
import { DEFAULTS } from '../../server/src/shared/settings';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const service = createLanguageService({ profiles: loadShippedProfileDocuments() });
let n = 0;

/** Each rewording offered for the sentence's overstated diagnostic, applied: [title, resulting text]. */
function reworded(text: string): [string, string][] {
  const doc = TextDocument.create(`file:///w/overstated${++n}.md`, 'markdown', 1, text);
  const d = service.getDiagnostics(doc, DEFAULTS).find((x) => x.code === 'claim-overstated');
  assert.ok(d, `no claim-overstated for: ${text}`);
  const actions = service.getCodeActions(doc, d.range, { diagnostics: [d] }, DEFAULTS).filter((a) => /^(Reword:|Remove) /.test(a.title));
  for (const a of actions) assert.notEqual(a.isPreferred, true, `${a.title} must not be preferred`);
  return actions.map((a) => [a.title, TextDocument.applyEdits(doc, a.edit?.changes?.[doc.uri] ?? [])]);
}

describe('claim-overstated: rewording fixes', () => {
  it('offers milder words in the place of the overstated ones, keeping the rest', () => {
    assert.deepEqual(reworded('NR supplements cure ageing.'), [['Reword: "cure" -> "may help treat"', 'NR supplements may help treat ageing.']]);
    assert.deepEqual(reworded('NR is a cure for ageing.'), [['Reword: "cure" -> "treatment"', 'NR is a treatment for ageing.']]);
    assert.deepEqual(reworded('This study proves that NMN raises NAD+.')[0], ['Reword: "proves" -> "suggests"', 'This study suggests that NMN raises NAD+.']);
    assert.deepEqual(reworded('NMN reverses ageing in mice.'), [['Reword: "reverses" -> "may slow"', 'NMN may slow ageing in mice.']]);
    assert.deepEqual(reworded('NR always works for NAD+ repletion.'), [
      ['Reword: "always works" -> "often works"', 'NR often works for NAD+ repletion.'],
      ['Reword: "always works" -> "works in some studies"', 'NR works in some studies for NAD+ repletion.'],
    ]);
  });

  it('drops a certainty adverb, with the space after it, and keeps a capital', () => {
    assert.deepEqual(reworded('NMN certainly boosts NAD+.')[0], ['Remove "certainly"', 'NMN boosts NAD+.']);
    assert.deepEqual(rewordings('Proven'), [{ text: 'Suggested', length: 6 }, { text: 'Supported', length: 6 }]);
  });

  it('offers nothing for words with no honest milder form', () => {
    assert.deepEqual(rewordings('fountain of youth'), []);
    assert.deepEqual(rewordings('immortality'), []);
  });
});
