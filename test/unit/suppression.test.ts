import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { DEFAULTS } from '../../server/src/shared/settings';
import { parseDirectives, Suppressions } from '../../server/src/core/features/suppression';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const service = createLanguageService({ profiles: loadShippedProfileDocuments() });
let n = 0;

function codesByLine(text: string, languageId: string): [number, string][] {
  n += 1;
  const doc = TextDocument.create(`file:///w/s${n}.${languageId === 'latex' ? 'tex' : languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
  return service.getDiagnostics(doc, DEFAULTS).map((d) => [d.range.start.line, String(d.code)]);
}

const CONTRA = 'AMPK represses NMRK1.';
const UNSUP = 'NMRK1 inhibits NAMPT.';

describe('suppression comments', () => {
  it('parses the three syntaxes, with or without codes', () => {
    const text = [
      '<!-- genelens-disable-next-line claim-unsupported -->',
      '% genelens-disable-next-line claim-contradicted, claim-overstated',
      'genelens-disable-next-line',
      '<!-- genelens-disable -->',
      '% genelens-enable claim-unsupported',
      'not a directive genelens-disable-next-line',
    ].join('\n');
    assert.deepEqual(parseDirectives(text), [
      { directive: 'disable-next-line', codes: ['claim-unsupported'], line: 0 },
      { directive: 'disable-next-line', codes: ['claim-contradicted', 'claim-overstated'], line: 1 },
      { directive: 'disable-next-line', codes: [], line: 2 },
      { directive: 'disable', codes: [], line: 3 },
      { directive: 'enable', codes: ['claim-unsupported'], line: 4 },
    ]);
  });

  it('Markdown: disable-next-line silences the named code on the next line only', () => {
    const text = [`<!-- genelens-disable-next-line claim-unsupported -->`, `${UNSUP} ${CONTRA}`, UNSUP].join('\n');
    assert.deepEqual(codesByLine(text, 'markdown'), [[1, 'claim-contradicted'], [2, 'claim-unsupported']]);
  });

  it('Markdown: without codes it silences every code on the next line', () => {
    const text = ['<!-- genelens-disable-next-line -->', `${UNSUP} ${CONTRA}`].join('\n');
    assert.deepEqual(codesByLine(text, 'markdown'), []);
  });

  it('LaTeX: % genelens-disable-next-line', () => {
    const text = ['% genelens-disable-next-line claim-contradicted', CONTRA, CONTRA].join('\n');
    assert.deepEqual(codesByLine(text, 'latex'), [[2, 'claim-contradicted']]);
  });

  it('plain text: the directive on a line of its own', () => {
    const text = ['genelens-disable-next-line', CONTRA, '', CONTRA].join('\n');
    assert.deepEqual(codesByLine(text, 'plaintext'), [[3, 'claim-contradicted']]);
  });

  it('disable / enable blocks, per code or for all, in each syntax', () => {
    const md = ['<!-- genelens-disable claim-contradicted -->', CONTRA, UNSUP, '<!-- genelens-enable claim-contradicted -->', CONTRA].join('\n\n');
    assert.deepEqual(codesByLine(md, 'markdown'), [[4, 'claim-unsupported'], [8, 'claim-contradicted']]);
    const tex = ['% genelens-disable', CONTRA, UNSUP, '% genelens-enable', UNSUP].join('\n\n');
    assert.deepEqual(codesByLine(tex, 'latex'), [[8, 'claim-unsupported']]);
    const txt = ['genelens-disable', CONTRA, '', 'genelens-enable', '', CONTRA].join('\n');
    assert.deepEqual(codesByLine(txt, 'plaintext'), [[5, 'claim-contradicted']]);
  });

  it('a block left open runs to the end of the document', () => {
    const s = new Suppressions('a\n<!-- genelens-disable claim-unsupported -->\nb\nc');
    assert.equal(s.isSuppressed('claim-unsupported', 0), false);
    assert.equal(s.isSuppressed('claim-unsupported', 3), true);
    assert.equal(s.isSuppressed('claim-contradicted', 3), false);
  });
});
