// Hostile profile files: deep nesting, huge sizes, wrong types, huge alias lists, odd keys and text. Each is loaded
// beside the shipped profiles; the shipped ones must still load, and a file that does not load gets a problem.
import type { Rng } from './rng';

const base = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'FUZZ1', kind: 'gene', symbol: 'FUZZ1', name: 'fuzz gene', symbolSource: 'HGNC', nameSource: 'HGNC', ...extra,
});

const aliases = (n: number, text: (i: number) => unknown = (i) => `FZA${i}`) => Array.from({ length: n }, (_, i) => ({ text: text(i), type: 'alias', source: 'HGNC' }));

/** The text of a hostile profile file, and whether it is valid (then it must load without a problem). */
export function hostileProfile(rng: Rng): { name: string; text: string } {
  const depth = 1 + rng.int(5000);
  const n = 1 + rng.int(2000);
  const cases: [string, () => string][] = [
    ['nested-arrays', () => '['.repeat(depth) + ']'.repeat(depth)],
    ['nested-objects', () => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)],
    ['nested-in-field', () => JSON.stringify(base()).replace(/}$/, `,"note":${'['.repeat(depth)}${']'.repeat(depth)}}`)],
    ['unclosed', () => '{"id":"X",'.repeat(1 + rng.int(200))],
    ['huge-string', () => JSON.stringify(base({ name: 'n'.repeat(n * 500) }))],
    ['many-aliases', () => JSON.stringify(base({ synonyms: aliases(n * 5) }))],
    ['alias-types', () => JSON.stringify(base({ synonyms: aliases(n, (i) => rng.pick([i, null, true, {}, [], '', ' ', 'A'.repeat(i % 300), '\u0000', 'α-β', 'NMRK1', 'the'])) }))],
    ['bad-types', () => JSON.stringify(base({ [rng.pick(['id', 'kind', 'symbol', 'name', 'synonyms', 'identifiers', 'summary', 'location', 'relations', 'proteinLength'])]: rng.pick([null, 1, -1, 1e308, true, [], {}, '', [[[]]], { value: {} }]) }))],
    ['proto-keys', () => JSON.stringify(base()).replace(/}$/, ',"__proto__":{"x":1},"constructor":{"prototype":{}},"toString":1}')],
    ['duplicate-ids', () => JSON.stringify(base({ id: 'NMRK1', symbol: 'NMRK1' }))],
    ['shadow-gene', () => JSON.stringify(base({ synonyms: aliases(3, (i) => ['TP53', 'AMPK', 'NAD+'][i]) }))],
    ['not-json', () => rng.pick(['', ' ', 'null', '[]', '"x"', '1', '\ufeff{}', '{', '}', '{"id":', '\u0000\u0001', '{"a":1}{"b":2}', 'NaN'])],
    ['random-bytes', () => Array.from({ length: n }, () => String.fromCharCode(rng.int(0x3000))).join('')],
    ['deep-relations', () => JSON.stringify(base({ relations: Array.from({ length: n }, (_, i) => ({ type: rng.pick(['activates', 'inhibits', 'x', '']), target: `T${i}`, source: 'seed' })) }))],
  ];
  const [name, make] = rng.pick(cases);
  return { name, text: make() };
}

/** A valid profile with n aliases: the input of the alias-loading growth check. */
export function aliasProfile(n: number): string {
  return JSON.stringify(base({ synonyms: aliases(n) }));
}
