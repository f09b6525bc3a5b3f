// Claims in sentences that hold code, comments or links: the checker reads the prose around them and never a claim
// written inside them (the checker blanks only the pieces of a sentence that a region covers).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const service = createLanguageService({ profiles: loadShippedProfileDocuments() });
let n = 0;
function findings(text: string, language = 'markdown'): string[] {
  const uri = `file:///regions/${++n}`;
  const found = service.analyze(TextDocument.create(uri, language, 1, text)).findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
  service.forget(uri);
  return found;
}

describe('claims around excluded regions', () => {
  it('judges the prose of a sentence that also holds inline code', () => {
    const [f, ...rest] = findings('AMPK inhibits NMRK1 (see `nmrk1_inhibit()` in the notebook).\n');
    assert.match(f ?? '', /^claim-contradicted /);
    assert.deepEqual(rest, []);
  });

  it('reads no claim whose verb or entities are inside code', () => {
    assert.deepEqual(findings('AMPK `inhibits` NMRK1 in this snippet.\n'), []);
    assert.deepEqual(findings('Run `AMPK inhibits NMRK1` as a test string.\n'), []);
    assert.deepEqual(findings('```\nAMPK inhibits NMRK1.\n```\n'), []);
  });

  it('reads no claim inside a comment, and still the one after it', () => {
    assert.deepEqual(findings('<!-- AMPK inhibits NMRK1. -->\n'), []);
    const after = findings('<!-- draft --> AMPK inhibits NMRK1.\n');
    assert.equal(after.length, 1);
    assert.match(after[0] ?? '', /^claim-contradicted /);
    assert.deepEqual(findings('% AMPK inhibits NMRK1.\nNMRK1 is expressed.\n', 'latex'), []);
    assert.equal(findings('AMPK inhibits NMRK1. % a LaTeX comment\n', 'latex').length, 1);
  });

  it('does not let a URL carry a claim', () => {
    assert.deepEqual(findings('See https://example.org/AMPK-inhibits-NMRK1 for the preprint.\n'), []);
  });
});
