// One hostile profile file cannot switch the others off: nesting and size limits checked before parsing (issue #16).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/core';
import { loadProfiles } from '../../server/src/core/lexicon/loadProfiles';
import { MAX_PROFILE_DEPTH, MAX_PROFILE_STRING, profileLimitBreach } from '../../server/src/core/lexicon/profileLimits';

const ROOT = 'file:///ws/.genelens/profiles';
const good = {
  uri: `${ROOT}/nampt.json`,
  text: JSON.stringify({ id: 'NAMPT', kind: 'gene', symbol: 'NAMPT', name: 'nicotinamide phosphoribosyltransferase', symbolSource: 'HGNC', nameSource: 'HGNC' }),
};

describe('profile limits', () => {
  it('3,000 nested arrays: that file gets a problem naming the limit, the others load', () => {
    const deep = { uri: `${ROOT}/d.json`, text: '['.repeat(3000) + ']'.repeat(3000) };
    const result = loadProfiles([deep, good]);
    assert.deepEqual(result.profiles.map((p) => p.profile.id), ['NAMPT']);
    const problems = result.problems.filter((p) => p.uri === deep.uri);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, new RegExp(`more than ${MAX_PROFILE_DEPTH} levels`));
    assert.deepEqual(problems[0]!.range.start, { line: 0, character: MAX_PROFILE_DEPTH });
  });

  it('a name of a megabyte: that file gets a problem at the string, the others load', () => {
    const huge = { uri: `${ROOT}/huge.json`, text: JSON.stringify({ id: 'HUGE', kind: 'gene', symbol: 'HUGE', name: 'x'.repeat(1 << 20) }) };
    const result = loadProfiles([huge, good]);
    assert.deepEqual(result.profiles.map((p) => p.profile.id), ['NAMPT']);
    const problems = result.problems.filter((p) => p.uri === huge.uri);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, new RegExp(`up to ${MAX_PROFILE_STRING}`));
    assert.equal(problems[0]!.range.start.character, huge.text.indexOf('"x'));
    // A string at the limit is read.
    assert.equal(profileLimitBreach(JSON.stringify({ summary: 'y'.repeat(MAX_PROFILE_STRING) })), undefined);
  });

  it('brackets inside strings do not count, and escaped quotes do not end a string', () => {
    assert.equal(profileLimitBreach(JSON.stringify({ note: '['.repeat(500), quote: 'a \\" [[[' })), undefined);
    assert.equal(profileLimitBreach('{"a":'.repeat(MAX_PROFILE_DEPTH) + '1' + '}'.repeat(MAX_PROFILE_DEPTH)), undefined);
    assert.ok(profileLimitBreach('{"a":'.repeat(MAX_PROFILE_DEPTH + 1) + '1' + '}'.repeat(MAX_PROFILE_DEPTH + 1)));
  });
});

describe('a profile with many aliases', () => {
  it('loads all 40,000 of them and recognizes each (terms are de-duplicated by a Set past a few, not a list)', () => {
    const synonyms = Array.from({ length: 40_000 }, (_, i) => ({ text: `ALIASX${i}`, type: 'alias', source: 'HGNC' }));
    synonyms.push({ text: 'ALIASX7', type: 'alias', source: 'HGNC' });
    const text = JSON.stringify({ id: 'BIG', kind: 'gene', symbol: 'BIG', name: 'big gene', symbolSource: 'HGNC', nameSource: 'HGNC', synonyms });
    const service = createLanguageService({ profiles: [{ uri: `${ROOT}/big.json`, text }] });
    assert.deepEqual(service.profileProblems, []);
    assert.equal(service.lexicon.terms.filter((t) => t.entityId === 'BIG' && t.via === 'alias').length, 40_000);
    assert.deepEqual(service.findMentions('ALIASX39999 and ALIASX7.', 'plaintext').map((m) => m.entityId), ['BIG', 'BIG']);
  });
});
