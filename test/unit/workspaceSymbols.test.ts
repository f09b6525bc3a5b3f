// Workspace symbols through the facade: query by symbol, alias or name over the lexicon; each symbol points at its
// profile entry; capped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { MAX_WORKSPACE_SYMBOLS } from '../../server/src/core/features/workspaceSymbols';
import type { Profile } from '../../server/src/core/profile';
import { DEFAULT_PROFILES, NMRK1, profileDocument } from '../helpers/featureProfiles';

const service = createLanguageService({ profiles: DEFAULT_PROFILES.map(profileDocument) });

describe('WorkspaceSymbolProvider', () => {
  it('finds an entity by its symbol and points at the symbol in its profile file', () => {
    const found = service.getWorkspaceSymbols('NMRK1');
    assert.equal(found[0]?.name, 'NMRK1');
    assert.equal(found[0]?.kind, 5, 'genes are classes');
    assert.match(found[0]?.containerName ?? '', /nicotinamide riboside kinase 1 · gene/);
    const profile = profileDocument(NMRK1);
    assert.equal(found[0]?.location.uri, profile.uri);
    assert.equal(TextDocument.create(profile.uri, 'json', 1, profile.text).getText(found[0]?.location.range), 'NMRK1');
  });

  it('finds it by an alias, a previous symbol, a prefix or a word of its name, showing what matched', () => {
    assert.equal(service.getWorkspaceSymbols('NRK1')[0]?.name, 'NRK1 (NMRK1)');
    assert.equal(service.getWorkspaceSymbols('c9orf')[0]?.name, 'C9orf95 (NMRK1)');
    assert.deepEqual(service.getWorkspaceSymbols('nm').map((s) => s.name).sort(), ['NMN', 'NMRK1']);
    assert.equal(service.getWorkspaceSymbols('riboside')[0]?.name, 'nicotinamide riboside kinase 1 (NMRK1)');
    assert.deepEqual(service.getWorkspaceSymbols('zzzz'), []);
  });

  it('lists the profiles for an empty query, and points an rs ID without a profile at the entry naming it', () => {
    assert.deepEqual(service.getWorkspaceSymbols('').map((s) => s.name), ['AMPK', 'NAD+', 'NMN', 'NMRK1', 'rs12611']);
    const bare = createLanguageService({ profiles: [NMRK1].map(profileDocument) });
    const rs = bare.getWorkspaceSymbols('rs12611')[0];
    assert.equal(rs?.location.uri, profileDocument(NMRK1).uri);
    assert.equal(TextDocument.create('x', 'json', 1, profileDocument(NMRK1).text).getText(rs?.location.range), '"rs12611"');
  });

  it('answers the same after warming up in steps', () => {
    const warm = createLanguageService({ profiles: DEFAULT_PROFILES.map(profileDocument) });
    let steps = 0;
    for (const step of warm.warmUp()) steps += step === undefined ? 1 : 0;
    assert.ok(steps >= 1);
    assert.deepEqual(warm.getWorkspaceSymbols('NRK1'), service.getWorkspaceSymbols('NRK1'));
  });

  it('caps the answer', () => {
    const many: Profile[] = Array.from({ length: MAX_WORKSPACE_SYMBOLS + 50 }, (_, i) => ({
      id: `QQ${i}`,
      kind: 'gene',
      symbol: `QQ${i}`,
      name: `test gene ${i}`,
      symbolSource: 'seed',
      nameSource: 'seed',
    }));
    const big = createLanguageService({ profiles: many.map(profileDocument) });
    assert.equal(big.getWorkspaceSymbols('QQ').length, MAX_WORKSPACE_SYMBOLS);
    assert.equal(big.getWorkspaceSymbols('QQ7')[0]?.name, 'QQ7', 'the exact match first');
  });
});
