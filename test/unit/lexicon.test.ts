import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import type { Profile } from '../../server/src/core/profile';
import { fakeLoaded, fakeProfile } from '../helpers/fakeProfiles';

const NMRK1: Profile = {
  ...fakeProfile('gene', 'NMRK1', 'nicotinamide riboside kinase 1', [
    ['NRK1', 'alias'],
    ['C9orf95', 'previous'],
    ['NR kinase', 'abbreviation'],
    ['Nicotinamide Riboside Kinase 1', 'name'],
    { text: 'nrk-1', type: 'spelling', source: 'test' },
    { text: 'RK1', type: 'alias', case: 'insensitive', source: 'test' },
    { text: 'Nrk', type: 'synonym', case: 'sensitive', source: 'test' },
    { text: 'NRK', type: 'alias', source: 'test', ambiguity: { decision: 'skip', alsoNames: ['NMRK2'], note: 'both' } },
    { text: 'NRK-1', type: 'alias', source: 'test', ambiguity: { decision: 'this', alsoNames: ['X'], note: 'ours' } },
  ]),
  snps: [
    { id: 'rs12611', description: 'Has a profile.', source: 'test' },
    { id: 'rs99999', description: 'No profile.', source: 'test' },
  ],
};
const PROFILES: Profile[] = [
  NMRK1,
  fakeProfile('chemical', 'NAD+', 'nicotinamide adenine dinucleotide'),
  fakeProfile('condition', 'DNA damage', 'DNA damage'),
  fakeProfile('hormone', 'Insulin', 'insulin hormone'),
  fakeProfile('complex', 'AMPK', 'AMP-activated protein kinase'),
  fakeProfile('variant', 'rs12611', 'rs12611'),
];

const lexicon = buildLexicon(fakeLoaded(PROFILES));

function termsOf(id: string): [string, string, boolean][] {
  return lexicon.terms.filter((t) => t.entityId === id).map((t) => [t.text, t.via, t.caseSensitive]);
}

test('entities: one per profile, keyed by id; a variant profile is keyed by its rs ID', () => {
  assert.deepEqual([...lexicon.entities.keys()].sort(), ['AMPK', 'DNA damage', 'Insulin', 'NAD+', 'NMRK1', 'rs12611', 'rs99999']);
  const e = lexicon.get('NMRK1');
  assert.equal(e?.kind, 'gene');
  assert.equal(e?.symbol, 'NMRK1');
  assert.equal(e?.name, 'nicotinamide riboside kinase 1');
  assert.equal(e?.profile?.profile, NMRK1);
  assert.equal(lexicon.get('rs12611')?.kind, 'variant');
  assert.ok(lexicon.get('rs12611')?.profile);
});

test('an rs ID named only in a snps list becomes a bare variant entity', () => {
  const bare = lexicon.get('rs99999');
  assert.deepEqual(bare, { id: 'rs99999', kind: 'variant', symbol: 'rs99999', name: 'rs99999' });
  assert.equal(lexicon.get('rs1'), undefined);
});

test('terms carry their case rule: declared, or the default for their type; skipped synonyms are not terms', () => {
  assert.deepEqual(termsOf('NMRK1'), [
    ['NMRK1', 'symbol', true],
    ['nicotinamide riboside kinase 1', 'name', false],
    ['NRK1', 'alias', true],
    ['C9orf95', 'previous', true],
    ['NR kinase', 'abbreviation', true],
    ['nrk-1', 'spelling', false],
    ['RK1', 'alias', false],
    ['Nrk', 'synonym', true],
    ['NRK-1', 'alias', true],
  ]);
});

test('conditions and hormones have word symbols that match in any case; other symbols are case-sensitive', () => {
  assert.deepEqual(termsOf('DNA damage'), [['DNA damage', 'symbol', false]]);
  assert.deepEqual(termsOf('Insulin'), [['Insulin', 'symbol', false], ['insulin hormone', 'name', false]]);
  assert.deepEqual(termsOf('NAD+')[0], ['NAD+', 'symbol', true]);
  assert.deepEqual(termsOf('AMPK')[0], ['AMPK', 'symbol', true]);
});

test('later profiles override earlier ones with the same id', () => {
  const lx = buildLexicon(fakeLoaded([
    fakeProfile('gene', 'OLD1', 'old name', [['OLDALIAS', 'alias']], 'G'),
    fakeProfile('gene', 'OTHER', 'other gene'),
    fakeProfile('gene', 'NEW1', 'new name', [], 'G'),
  ]));
  assert.equal(lx.get('G')?.symbol, 'NEW1');
  assert.deepEqual(lx.terms.filter((t) => t.entityId === 'G').map((t) => t.text), ['NEW1', 'new name']);
  assert.equal(lx.resolve('OLDALIAS'), undefined);
  assert.equal(lx.resolve('NEW1')?.id, 'G');
});

test('resolve finds an entity by id, symbol or any term, honouring case rules', () => {
  const r = (text: string): string | undefined => lexicon.resolve(text)?.id;
  assert.equal(r('NMRK1'), 'NMRK1');
  assert.equal(r('NRK1'), 'NMRK1');
  assert.equal(r('C9orf95'), 'NMRK1');
  assert.equal(r('NICOTINAMIDE riboside kinase 1'), 'NMRK1');
  assert.equal(r('  nicotinamide   riboside kinase 1 '), 'NMRK1');
  assert.equal(r('NAD+'), 'NAD+');
  assert.equal(r('AMPK'), 'AMPK');
  assert.equal(r('amp-activated protein kinase'), 'AMPK');
  assert.equal(r('dna damage'), 'DNA damage');
  assert.equal(r('rs12611'), 'rs12611');
  assert.equal(r('rs99999'), 'rs99999');
  assert.equal(r('nrk1'), undefined, 'an alias is case-sensitive');
  assert.equal(r('NRK'), undefined, 'a skipped synonym is not a term');
  assert.equal(r('Nad+'), undefined);
  assert.equal(r(''), undefined);
  assert.equal(r('unknown'), undefined);
});

test('duplicate spellings of one entity become one term; malformed entries are ignored', () => {
  const lx = buildLexicon(fakeLoaded([
    fakeProfile('gene', 'ABC1', 'abc protein', [['ABC protein', 'synonym'], ['ABC1', 'alias'], ['  ', 'alias']]),
  ]));
  assert.deepEqual(lx.terms.map((t) => t.text), ['ABC1', 'abc protein']);
  assert.doesNotThrow(() => buildLexicon(undefined as unknown as []));
});
