import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, LocationLink, Range } from 'vscode-languageserver-types';
import { DocumentAnalyzer } from '../../server/src/core/analysis/analyzer';
import { DefinitionProvider } from '../../server/src/core/features/definition';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { loadProfiles } from '../../server/src/core/lexicon/loadProfiles';
import type { Profile } from '../../server/src/core/profile';
import { docWithCursor } from '../helpers/cursor';
import { AMPK, DEFAULT_PROFILES, loadFixture, NAD, NMN, NMRK1, profileDocument } from '../helpers/featureProfiles';

function definitionAt(textWithCursor: string, linkSupport: boolean, profiles: readonly Profile[] = DEFAULT_PROFILES) {
  const fixture = loadFixture(profiles);
  const { doc, position } = docWithCursor(textWithCursor);
  const result = new DefinitionProvider(fixture.lexicon, fixture.analyzer).provideDefinition(doc, position, linkSupport);
  const textOf = (uri: string, range: Range): string => {
    const file = fixture.docs.find((d) => d.uri === uri);
    assert.ok(file, `definition points into a loaded profile file, got ${uri}`);
    return TextDocument.create(uri, 'json', 1, file.text).getText(range);
  };
  return { result, doc, textOf };
}

function singleLink(result: unknown): LocationLink {
  assert.ok(Array.isArray(result), 'expected LocationLink[]');
  assert.equal(result.length, 1);
  return result[0] as LocationLink;
}

describe('DefinitionProvider', () => {
  for (const [what, text, id, term] of [
    ['symbol', 'We studied NMR$$CURSOR$$K1 in liver.', 'NMRK1', 'NMRK1'],
    ['alias', 'The alias N$$CURSOR$$RK1 still appears.', 'NMRK1', 'NRK1'],
    ['full name', 'We studied nicotinamide $$CURSOR$$riboside kinase 1 here.', 'NMRK1', 'nicotinamide riboside kinase 1'],
    ['chemical', 'NAD$$CURSOR$$+ declines with age.', 'NAD+', 'NAD+'],
    ['rs ID', 'The variant rs1261$$CURSOR$$1 was studied.', 'rs12611', 'rs12611'],
    ['complex', 'AM$$CURSOR$$PK senses energy.', 'AMPK', 'AMPK'],
  ] as const) {
    it(`goes from a ${what} to the exact entry of ${id} in its profile file`, () => {
      const { result, doc, textOf } = definitionAt(text, true);
      const link = singleLink(result);
      assert.equal(link.targetUri, profileDocument(DEFAULT_PROFILES.find((p) => p.id === id) ?? NMRK1).uri);
      const entry = textOf(link.targetUri, link.targetRange);
      assert.ok(entry.startsWith('{') && entry.endsWith('}'), 'the target is the whole entry object');
      assert.equal(JSON.parse(entry).id, id);
      assert.equal(textOf(link.targetUri, link.targetSelectionRange), id, 'the cursor lands on the symbol');
      const origin = link.originSelectionRange;
      assert.ok(origin);
      assert.equal(doc.getText(origin), term, 'the origin is the whole mention');
    });
  }

  it('returns a Location at the entry when the client has no link support', () => {
    const { result, textOf } = definitionAt('Activated NMR$$CURSOR$$K1.', false);
    assert.ok(result && !Array.isArray(result), 'expected one Location');
    const location = result as Location;
    assert.equal(location.uri, profileDocument(NMRK1).uri);
    const entry = textOf(location.uri, location.range);
    assert.equal(entry, profileDocument(NMRK1).text.trimEnd());
  });

  it('uses the parser\'s ranges, not line guesses: a commented file, entry on line 2', () => {
    const doc = profileDocument(NMN);
    const text = `// NMN, curated from ChEBI\n\n  ${doc.text.replace(/\n/g, '\n  ')}`;
    const loaded = loadProfiles([{ uri: doc.uri, text }]);
    assert.deepEqual(loaded.problems.filter((p) => p.severity === 'error'), []);
    const lexicon = buildLexicon(loaded.profiles);
    const { doc: note, position } = docWithCursor('NM$$CURSOR$$N powder.');
    const link = singleLink(new DefinitionProvider(lexicon, new DocumentAnalyzer(lexicon)).provideDefinition(note, position, true));
    const file = TextDocument.create(doc.uri, 'json', 1, text);
    assert.deepEqual(link.targetRange.start, { line: 2, character: 2 });
    assert.equal(JSON.parse(file.getText(link.targetRange)).id, 'NMN');
    assert.equal(file.getText(link.targetSelectionRange), 'NMN');
    assert.equal(file.getText({ start: { line: link.targetSelectionRange.start.line, character: 0 }, end: link.targetSelectionRange.end }), '    "symbol": "NMN');
  });

  it('has no definition for an rs ID the data does not know, or away from any term', () => {
    assert.equal(definitionAt('The variant rs99$$CURSOR$$99999 was studied.', true).result, null);
    assert.equal(definitionAt('Nothing $$CURSOR$$here.', true).result, null);
  });

  it('goes to the snps entry that names an rs ID with no profile of its own', () => {
    const { result, textOf } = definitionAt('The variant rs1261$$CURSOR$$1 was studied.', true, [NMRK1, AMPK, NAD, NMN]);
    const link = singleLink(result);
    assert.equal(link.targetUri, profileDocument(NMRK1).uri);
    assert.equal(JSON.parse(textOf(link.targetUri, link.targetRange)).id, 'rs12611');
    assert.equal(textOf(link.targetUri, link.targetSelectionRange), 'rs12611');
  });
});
