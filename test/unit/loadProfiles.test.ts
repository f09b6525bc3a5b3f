import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineStarts, positionAt } from '../../server/src/core/lexicon/jsonLocations';
import { hasDuplicateKeys, loadProfiles } from '../../server/src/core/lexicon/loadProfiles';
import type { Profile } from '../../server/src/core/profile';
import type { ProfileDocument, ProfileProblem } from '../../server/src/core/types';

const ROOT = 'file:///ws/data/profiles';

function profile(id: string, extra: Partial<Profile> = {}): Profile {
  return { id, kind: 'gene', symbol: id, name: `${id} name`, symbolSource: 'HGNC', nameSource: 'HGNC', ...extra };
}

function doc(uri: string, value: unknown): ProfileDocument {
  return { uri, text: JSON.stringify(value, null, 2) };
}

/** Line and character of the nth occurrence of needle, counted independently of the loader's helpers. */
function posOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" not in text`);
  const before = text.slice(0, index).split(/\r\n|\n/);
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

function only(problems: ProfileProblem[], uri: string): ProfileProblem[] {
  return problems.filter((p) => p.uri === uri);
}

describe('loadProfiles', () => {
  it('loads a valid profile with its entry, symbol and path ranges', () => {
    const d = doc(`${ROOT}/genes/a.json`, profile('NMRK1', { snps: [{ id: 'rs1', description: 'x', source: 'seed' }] }));
    const rs = doc(`${ROOT}/variants/rs1.json`, { ...profile('rs1'), kind: 'variant' });
    const result = loadProfiles([d, rs]);
    assert.deepEqual(result.problems, []);
    const loaded = result.profiles.find((p) => p.profile.id === 'NMRK1');
    assert.ok(loaded);
    assert.equal(loaded.uri, d.uri);
    assert.deepEqual(loaded.entryRange.start, { line: 0, character: 0 });
    assert.deepEqual(loaded.entryRange.end, posOf(d.text + '\u0000', '\u0000'));
    const symbolAt = posOf(d.text, '"NMRK1"', 1); // the second "NMRK1" is the symbol's value
    assert.deepEqual(loaded.symbolRange, {
      start: { line: symbolAt.line, character: symbolAt.character + 1 },
      end: { line: symbolAt.line, character: symbolAt.character + 6 },
    });
    assert.deepEqual(loaded.rangeOf(['snps', 0, 'id'])?.start, posOf(d.text, '"rs1"'));
    assert.equal(loaded.rangeOf(['snps', 3]), undefined);
    assert.equal(loaded.rangeOf(['nothing']), undefined);
  });

  it('reports a syntax error at its line and column, skips that file and loads the rest', () => {
    const bad = { uri: `${ROOT}/genes/bad.json`, text: '{\n  "id": "X",\n  "kind": "gene"\n  "symbol": "X"\n}\n' };
    const good = doc(`${ROOT}/genes/good.json`, profile('NAMPT'));
    const result = loadProfiles([bad, good]);
    assert.deepEqual(result.profiles.map((p) => p.profile.id), ['NAMPT']);
    const problems = only(result.problems, bad.uri);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.ok(problem);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /comma expected/);
    assert.deepEqual(problem.range.start, { line: 3, character: 2 }); // where the missing comma is noticed: "symbol"
  });

  it('reports positions on CRLF text and in an empty file', () => {
    const crlf = { uri: `${ROOT}/genes/crlf.json`, text: '{\r\n  "id": "X",\r\n  "kind": \r\n}' };
    const empty = { uri: `${ROOT}/genes/empty.json`, text: '   ' };
    const result = loadProfiles([crlf, empty]);
    assert.equal(result.profiles.length, 0);
    const [crlfProblem] = only(result.problems, crlf.uri);
    assert.deepEqual(crlfProblem?.range.start, { line: 3, character: 0 });
    assert.match(crlfProblem?.message ?? '', /value expected/);
    assert.equal(only(result.problems, empty.uri).length, 1);
  });

  it('reports a schema error at the property value, with a readable path and the allowed values', () => {
    const value = profile('NMRK1', {
      upstream: [{ entity: 'NMRK1', effect: 'boosts' as 'activates', label: 'Activator', description: 'd', source: 'seed' }],
    });
    const bad = doc(`${ROOT}/genes/nmrk1.json`, value);
    const good = doc(`${ROOT}/genes/nampt.json`, profile('NAMPT'));
    const result = loadProfiles([bad, good]);
    assert.deepEqual(result.profiles.map((p) => p.profile.id), ['NAMPT']);
    const [problem, ...rest] = only(result.problems, bad.uri);
    assert.deepEqual(rest, []);
    assert.ok(problem);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /^upstream\[0\]\.effect must be one of activates, inhibits, produces, modulates/);
    const at = posOf(bad.text, '"boosts"');
    assert.deepEqual(problem.range, { start: at, end: { line: at.line, character: at.character + 8 } });
  });

  it('points unknown properties at their key, missing ones at the object, and explains sources', () => {
    const value = {
      ...profile('NMRK1'),
      nameSource: 'Wikipedia',
      sumary: { value: 'typo', source: 'seed' },
      downstream: [{ entity: 'NMRK1', effect: 'produces', description: 'd', source: 'seed' }],
      location: { value: '9q21.13', source: 'curator' },
    };
    const d = doc(`${ROOT}/genes/nmrk1.json`, value);
    const problems = only(loadProfiles([d]).problems, d.uri);
    const byStart = (needle: string, nth = 0): ProfileProblem | undefined => {
      const at = posOf(d.text, needle, nth);
      return problems.find((p) => p.range.start.line === at.line && p.range.start.character === at.character);
    };
    assert.match(byStart('"sumary"')?.message ?? '', /^profile has unknown property "sumary" \(expected one of .*summary/);
    assert.match(byStart('"Wikipedia"')?.message ?? '', /^nameSource must be "seed", "curator", "PMID:<digits>"/);
    const missing = problems.find((p) => p.message.startsWith('downstream[0] is missing required property "label"'));
    assert.ok(missing);
    const brace = posOf(d.text, '{', 2); // root, sumary, then the downstream item
    assert.deepEqual(missing.range, { start: brace, end: { line: brace.line, character: brace.character + 1 } });
    assert.ok(problems.some((p) => p.message.startsWith('location has source "curator" and needs a "note"')));
    assert.ok(problems.every((p) => p.severity === 'error'));
  });

  it('lets a later file override the same id, warning only within one profile folder', () => {
    const shipped = doc(`${ROOT}/genes/nmrk1.json`, profile('NMRK1', { name: 'shipped' }));
    const sameFolder = doc(`${ROOT}/other/nmrk1-copy.json`, profile('NMRK1', { name: 'copy' }));
    const workspace = doc('file:///ws/.genelens/profiles/nmrk1.json', profile('NMRK1', { name: 'team' }));

    const overridden = loadProfiles([shipped, workspace]);
    assert.deepEqual(overridden.problems, []);
    assert.deepEqual(overridden.profiles.map((p) => [p.profile.name, p.uri]), [['team', workspace.uri]]);

    const duplicated = loadProfiles([shipped, sameFolder]);
    assert.deepEqual(duplicated.profiles.map((p) => p.profile.name), ['copy']);
    assert.equal(duplicated.problems.length, 2);
    assert.ok(duplicated.problems.every((p) => p.severity === 'warning' && p.message.includes('Duplicate id "NMRK1"')));
    const later = only(duplicated.problems, sameFolder.uri)[0];
    assert.ok(later?.message.includes(shipped.uri));
    assert.deepEqual(later?.range.start, posOf(sameFolder.text, '"NMRK1"'));
    assert.equal(only(duplicated.problems, shipped.uri).length, 1);
  });

  it('warns about references to ids no profile defines, and keeps the profile', () => {
    const value = profile('NMRK1', {
      upstream: [{ entity: 'AMPKK', effect: 'activates', label: 'Activator', description: 'd', source: 'seed' }],
      reactions: [{ substrates: ['NR'], products: ['NMRK1'], description: 'd', source: 'seed' }],
      requires: [{ entity: 'NMRK1', description: 'd', source: 'seed' }],
      snps: [{ id: 'rs99', description: 'd', source: 'seed' }],
      members: { value: ['NMRK1', 'PRKX'], source: 'seed' },
    });
    const d = doc(`${ROOT}/genes/nmrk1.json`, value);
    const result = loadProfiles([d]);
    assert.equal(result.profiles.length, 1);
    const messages = result.problems.map((p) => [p.severity, p.message]);
    assert.deepEqual(messages, [
      ['warning', 'upstream[0].entity "AMPKK" refers to no loaded profile'],
      ['warning', 'reactions[0].substrates[0] "NR" refers to no loaded profile'],
      ['warning', 'snps[0].id "rs99" refers to no loaded profile'],
      ['warning', 'members.value[1] "PRKX" refers to no loaded profile'],
    ]);
    assert.deepEqual(result.problems[0]?.range.start, posOf(d.text, '"AMPKK"'));
  });

  it('warns about a duplicate key and uses the last one', () => {
    const text = '{"id": "A", "kind": "gene", "symbol": "A", "name": "first", "name": "a", "symbolSource": "HGNC", "nameSource": "HGNC"}';
    const result = loadProfiles([{ uri: `${ROOT}/a.json`, text }]);
    assert.equal(result.profiles[0]?.profile.name, 'a');
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.severity, 'warning');
    assert.deepEqual(result.problems[0]?.range.start, posOf(text, '"name"', 1));
  });

  it('reads plain JSON and JSON with comments alike: same profile, same ranges', () => {
    const d = doc(`${ROOT}/genes/a.json`, profile('NMRK1', { snps: [{ id: 'rs1', description: 'x', source: 'seed' }] }));
    const commented = { uri: `${ROOT}/genes/b.json`, text: `${d.text}\n// a curator's note\n` };
    const [plain, withComment] = [loadProfiles([d]), loadProfiles([commented])];
    const problems = (r: typeof plain): unknown[] => r.problems.map((p) => [p.range, p.message, p.severity]);
    assert.deepEqual(problems(withComment), problems(plain));
    assert.equal(plain.problems.length, 1); // rs1 has no profile: the warning points into the file
    const [a, b] = [plain.profiles[0], withComment.profiles[0]];
    assert.ok(a && b);
    assert.deepEqual(a.profile, b.profile);
    assert.deepEqual(a.entryRange, b.entryRange);
    assert.deepEqual(a.symbolRange, b.symbolRange);
    for (const path of [['snps', 0, 'id'], ['name'], ['snps', 1]]) assert.deepEqual(a.rangeOf(path), b.rangeOf(path), path.join('.'));
  });

  it('finds duplicate keys the way JSON reads them: per object, escapes decoded, strings skipped', () => {
    assert.equal(hasDuplicateKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}'), false);
    assert.equal(hasDuplicateKeys('{"a": 1, "b": {"x": 2, "x": 3}}'), true);
    assert.equal(hasDuplicateKeys('{"a": 1, "\\u0061": 2}'), true);
    assert.equal(hasDuplicateKeys('{"a": "\\"a\\": {", "b": "}, \\"a\\": 1", "c": ["a", "a"]}'), false);
    assert.equal(hasDuplicateKeys('[{"a": 1}, {"a" : 1, "a" :2}]'), true);
  });

  it('never throws on strange input', () => {
    const texts = ['[]', 'null', '"text"', '{', '}', '{"id": 1}', '\uFEFF{}', '/* comment */ {"id": "x"}', 'x'.repeat(10000)];
    const result = loadProfiles(texts.map((text, i) => ({ uri: `${ROOT}/s${i}.json`, text })));
    assert.equal(result.profiles.length, 0);
    for (let i = 0; i < texts.length; i++) assert.ok(only(result.problems, `${ROOT}/s${i}.json`).length > 0, texts[i]);
  });
});

describe('jsonLocations', () => {
  it('maps offsets to positions across \\n, \\r\\n and \\r line ends', () => {
    const text = 'ab\ncd\r\nef\rg';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 3, 7, 10]);
    assert.deepEqual(positionAt(starts, 0, text.length), { line: 0, character: 0 });
    assert.deepEqual(positionAt(starts, 4, text.length), { line: 1, character: 1 });
    assert.deepEqual(positionAt(starts, 10, text.length), { line: 3, character: 0 });
    assert.deepEqual(positionAt(starts, 99, text.length), { line: 3, character: 1 });
  });
});
