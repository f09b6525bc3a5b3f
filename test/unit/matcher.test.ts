import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { excludedRegions, isExcluded } from '../../server/src/core/markup/regions';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import type { Profile } from '../../server/src/core/profile';
import type { LanguageKind, Mention } from '../../server/src/core/types';
import { fakeLoaded, fakeProfile } from '../helpers/fakeProfiles';

const NMRK1: Profile = {
  ...fakeProfile('gene', 'NMRK1', 'nicotinamide riboside kinase 1', [['NRK1', 'alias'], ['C9orf95', 'previous']]),
  snps: [{ id: 'rs99999', description: 'Listed only here.', source: 'test' }],
};
const PROFILES: Profile[] = [
  NMRK1,
  fakeProfile('gene', 'NAMPT', 'nicotinamide phosphoribosyltransferase', [
    { text: 'Visfatin', type: 'synonym', case: 'sensitive', source: 'test' },
    { text: 'pbef', type: 'alias', case: 'insensitive', source: 'test' },
    { text: 'NAMPT1', type: 'alias', source: 'test', ambiguity: { decision: 'skip', alsoNames: ['X'], note: 'test' } },
  ]),
  fakeProfile('gene', 'SIRT1', 'sirtuin 1'),
  fakeProfile('gene', 'CD38', 'CD38 molecule'),
  fakeProfile('chemical', 'NR', 'nicotinamide riboside'),
  fakeProfile('chemical', 'NMN', 'nicotinamide mononucleotide'),
  fakeProfile('chemical', 'NAD+', 'nicotinamide adenine dinucleotide', [['NAD(+)', 'spelling']]),
  fakeProfile('chemical', 'Mg2+', 'magnesium(2+)'),
  fakeProfile('complex', 'AMPK', 'AMP-activated protein kinase'),
  fakeProfile('condition', 'DNA damage', 'DNA damage'),
  fakeProfile('hormone', 'Insulin', 'insulin'),
  fakeProfile('variant', 'rs12611', 'rs12611'),
];

const matcher = createMatcher(buildLexicon(fakeLoaded(PROFILES)));

type Found = [text: string, entityId: string, via?: string];

function found(text: string, language: LanguageKind = 'markdown'): Found[] {
  return matcher.findMentions(text, language).map((m) => [m.text, m.entityId, m.via]);
}

function ids(text: string, language: LanguageKind = 'markdown'): string[] {
  return matcher.findMentions(text, language).map((m) => m.entityId);
}

function assertSound(text: string, mentions: Mention[], language: LanguageKind): void {
  const regions = excludedRegions(text, language);
  let last = 0;
  for (const m of mentions) {
    assert.ok(m.start >= last && m.start < m.end && m.end <= text.length, `mention out of bounds or order: ${m.start}-${m.end}`);
    assert.equal(m.text, text.slice(m.start, m.end));
    assert.ok(!isExcluded(regions, m.start) && !isExcluded(regions, m.end - 1), 'mention inside an excluded region');
    last = m.end;
  }
}

test('symbols, names, aliases and previous symbols resolve to the entity, saying how they were written', () => {
  const text = 'NMRK1 (also NRK1, formerly C9orf95) is nicotinamide riboside kinase 1.';
  assert.deepEqual(found(text), [
    ['NMRK1', 'NMRK1', 'symbol'],
    ['NRK1', 'NMRK1', 'alias'],
    ['C9orf95', 'NMRK1', 'previous'],
    ['nicotinamide riboside kinase 1', 'NMRK1', 'name'],
  ]);
  const [m] = matcher.findMentions('See NMRK1.', 'plaintext');
  assert.deepEqual(m, { start: 4, end: 9, text: 'NMRK1', entityId: 'NMRK1', kind: 'gene', via: 'symbol', known: true });
});

test('gene symbols are case-sensitive; names match in any case', () => {
  assert.deepEqual(ids('nmrk1 Nmrk1 nrk1 NMRK1'), ['NMRK1']);
  assert.deepEqual(found('NICOTINAMIDE Riboside KINASE 1 and Nicotinamide mononucleotide'), [
    ['NICOTINAMIDE Riboside KINASE 1', 'NMRK1', 'name'],
    ['Nicotinamide mononucleotide', 'NMN', 'name'],
  ]);
  assert.deepEqual(ids('nmn nad+ NMN'), ['NMN']);
});

test('declared case rules and skipped synonyms', () => {
  assert.deepEqual(found('Visfatin visfatin PBEF Pbef'), [
    ['Visfatin', 'NAMPT', 'synonym'],
    ['PBEF', 'NAMPT', 'alias'],
    ['Pbef', 'NAMPT', 'alias'],
  ]);
  assert.deepEqual(ids('NAMPT1 is ambiguous'), []);
});

test('conditions and hormones are words: their symbols match in any case', () => {
  assert.deepEqual(ids('DNA damage, dna damage, insulin and INSULIN'), ['DNA damage', 'DNA damage', 'Insulin', 'Insulin']);
});

test('the longest match wins', () => {
  assert.deepEqual(found('nicotinamide riboside kinase 1 phosphorylates nicotinamide riboside'), [
    ['nicotinamide riboside kinase 1', 'NMRK1', 'name'],
    ['nicotinamide riboside', 'NR', 'name'],
  ]);
  // A longer path that fails falls back to the longest term that matched.
  assert.deepEqual(found('nicotinamide riboside kinase 2'), [['nicotinamide riboside', 'NR', 'name']]);
  assert.deepEqual(found('AMP-activated protein kinase'), [['AMP-activated protein kinase', 'AMPK', 'name']]);
});

test('multi-word terms span runs of spaces and tabs and one line break, not a blank line', () => {
  assert.deepEqual(ids('nicotinamide  \t riboside'), ['NR']);
  assert.deepEqual(ids('nicotinamide riboside\nkinase 1 wraps'), ['NMRK1']);
  assert.deepEqual(ids('nicotinamide riboside\r\n  kinase 1 wraps'), ['NMRK1']);
  assert.deepEqual(ids('nicotinamide\n\nriboside'), []);
  assert.deepEqual(ids('nicotinamide\u00a0riboside'), ['NR']);
  const [m] = matcher.findMentions('x nicotinamide\nriboside y', 'plaintext');
  assert.equal(m?.text, 'nicotinamide\nriboside');
});

test('a hyphen in the text may stand for a space in the term', () => {
  assert.deepEqual(ids('DNA-damage response'), ['DNA damage']);
  assert.deepEqual(ids('nicotinamide-riboside kinase-1'), ['NMRK1']);
  assert.deepEqual(ids('AMP activated protein kinase'), [], 'a space in the text never stands for a hyphen');
});

test('word boundaries around a term', () => {
  for (const ok of ['NMRK1-mediated', "NMRK1's", '(NMRK1)', 'NMRK1.', '_NMRK1_', '**NMRK1**', '"NMRK1"', 'NMRK1/NAMPT', 'anti-NMRK1', 'NMRK1\u2019s']) {
    assert.equal(ids(ok)[0], 'NMRK1', ok);
    const m = matcher.findMentions(ok, 'plaintext')[0];
    assert.equal(m?.text, 'NMRK1', ok);
  }
  for (const no of ['NMRK10', 'XNMRK1', 'ANMRK1', 'NMRK12', 'nmrk1', '1NMRK1', 'NMRK1a', '\u00c4NMRK1', 'NMRK1\u00e9', '\u03b1NMRK1', 'NMRK1\u0301']) {
    assert.deepEqual(ids(no), [], no);
  }
});

test('a plus sign: NAD+ keeps it, and a trailing + after a letter or digit is marker notation', () => {
  assert.deepEqual(found('NAD+ and NAD+-dependent and NAD+. and (NAD+) and NAD(+)'), [
    ['NAD+', 'NAD+', 'symbol'],
    ['NAD+', 'NAD+', 'symbol'],
    ['NAD+', 'NAD+', 'symbol'],
    ['NAD+', 'NAD+', 'symbol'],
    ['NAD(+)', 'NAD+', 'spelling'],
  ]);
  assert.deepEqual(found('Mg2+ is required'), [['Mg2+', 'Mg2+', 'symbol']]);
  assert.deepEqual(found('SIRT1+ cells and CD38+/+ mice'), [['SIRT1', 'SIRT1', 'symbol'], ['CD38', 'CD38', 'symbol']]);
  assert.deepEqual(ids('NAD is not NAD+'), ['NAD+']);
});

test('rs IDs are variant mentions, known when the lexicon has the variant', () => {
  const ms = matcher.findMentions('rs12611, rs99999 and rs555 but not RS12611, rs12611a, xrs12611 or rs.', 'plaintext');
  assert.deepEqual(ms.map((m) => [m.text, m.entityId, m.kind, m.via, m.known]), [
    ['rs12611', 'rs12611', 'variant', 'rsid', true],
    ['rs99999', 'rs99999', 'variant', 'rsid', true],
    ['rs555', 'rs555', 'variant', 'rsid', false],
  ]);
});

test('markdown: code, links, URLs, comments and tags are skipped; link text is prose', () => {
  const md = [
    '---',
    'gene: NMRK1',
    '---',
    'Use `NMRK1` or [NAMPT](https://example.org/NMRK1 "SIRT1") or <https://x.org/CD38>.',
    '```',
    'NMN in code',
    '```',
    'Mail nmrk1@lab.org, see www.example.org/NR and https://example.org/rs12611 <!-- NAD+ -->',
    '<span title="NMRK1">SIRT1</span> and NMRK1 is \\`NMN\\`.',
  ].join('\n');
  assert.deepEqual(ids(md), ['NAMPT', 'SIRT1', 'NMRK1', 'NMN']);
  assertSound(md, matcher.findMentions(md, 'markdown'), 'markdown');
});

test('latex: comments, keys and verbatim are skipped; text arguments are prose', () => {
  const tex = [
    '\\section{NMRK1} % NAMPT in a comment',
    'As \\cite{NMRK1} and Fig.~\\ref{fig:SIRT1} show, \\textbf{CD38} and 50\\% NMN.',
    '\\begin{verbatim}',
    'NR',
    '\\end{verbatim}',
    '\\href{https://x.org/NAD+}{the NAD+ page}, \\NMRK1 and \\label{rs12611}.',
  ].join('\n');
  assert.deepEqual(ids(tex, 'latex'), ['NMRK1', 'CD38', 'NMN', 'NAD+']);
  assertSound(tex, matcher.findMentions(tex, 'latex'), 'latex');
});

test('plain text: URLs and e-mail addresses are skipped, markup is not', () => {
  const txt = 'Use `NMRK1` at https://x.org/NMRK1 or nmrk1@x.org, <b>NAMPT</b> and % SIRT1';
  assert.deepEqual(ids(txt, 'plaintext'), ['NMRK1', 'NAMPT', 'SIRT1']);
});

test('later profiles override earlier ones with the same id', () => {
  const lexicon = buildLexicon(fakeLoaded([
    fakeProfile('gene', 'OLDSYM', 'old name', [], 'G1'),
    fakeProfile('gene', 'NEWSYM', 'new name', [], 'G1'),
  ]));
  const m = createMatcher(lexicon);
  assert.deepEqual(m.findMentions('OLDSYM old name NEWSYM new name', 'plaintext').map((x) => x.text), ['NEWSYM', 'new name']);
});

test('at equal length a case-sensitive term beats an insensitive one, then the symbol beats a synonym', () => {
  const lexicon = buildLexicon(fakeLoaded([
    fakeProfile('chemical', 'Foo', 'foo compound', [['ABC', 'synonym']]),
    fakeProfile('gene', 'ABC', 'abc protein'),
  ]));
  const m = createMatcher(lexicon);
  assert.deepEqual(m.findMentions('ABC and abc', 'plaintext').map((x) => [x.text, x.entityId]), [['ABC', 'ABC'], ['abc', 'Foo']]);
});

test('findMentionsOutside uses the regions it is given', () => {
  const text = 'NMRK1 NAMPT';
  assert.deepEqual(matcher.findMentionsOutside(text, [{ start: 0, end: 5 }]).map((m) => m.text), ['NAMPT']);
  assert.deepEqual(matcher.findMentionsOutside(text, [{ start: 8, end: 9 }]).map((m) => m.text), ['NMRK1']);
});

test('an empty lexicon still finds rs IDs', () => {
  const m = createMatcher(buildLexicon([]));
  assert.deepEqual(m.findMentions('rs1 NMRK1', 'markdown').map((x) => [x.entityId, x.known]), [['rs1', false]]);
});

test('a term may start with a non-word character, still at a word boundary', () => {
  const m = createMatcher(buildLexicon(fakeLoaded([fakeProfile('chemical', '(+)-catechin', 'cianidanol')])));
  assert.deepEqual(m.findMentions('Drink (+)-catechin daily; x(+)-catechin is not one.', 'plaintext').map((x) => [x.start, x.text]), [
    [6, '(+)-catechin'],
  ]);
});

test('a large lexicon: every term is found where it is written, and nothing else', () => {
  const rand = prng(54981);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const words = ['protein', 'kinase', 'family', 'member', 'receptor', 'factor', 'binding', 'domain', 'zinc', 'finger', 'alpha'];
  const used = new Set<string>();
  const symbol = (): string => {
    for (;;) {
      let s = '';
      for (let k = 0, n = 2 + Math.floor(rand() * 4); k < n; k++) s += letters[Math.floor(rand() * 26)];
      s += String(Math.floor(rand() * 30));
      if (!used.has(s)) {
        used.add(s);
        return s;
      }
    }
  };
  const profiles: Profile[] = [];
  for (let g = 0; g < 3000; g++) {
    const name = [words[g % words.length], words[Math.floor(g / words.length) % words.length], String(g)].join(' ');
    profiles.push(fakeProfile('gene', symbol(), name, [[symbol(), 'alias'], [symbol(), 'previous']]));
  }
  const big = createMatcher(buildLexicon(fakeLoaded(profiles)));
  const parts: string[] = [];
  const expected: [string, string, string][] = [];
  for (const p of profiles) {
    const alias = p.synonyms?.[0]?.text ?? '';
    const previous = p.synonyms?.[1]?.text ?? '';
    parts.push(`The ${p.symbol} gene (${alias}, formerly ${previous}) encodes ${p.name.toUpperCase()}; not ${p.symbol}x or x${p.symbol}.`);
    expected.push([p.symbol, p.id, 'symbol'], [alias, p.id, 'alias'], [previous, p.id, 'previous'], [p.name.toUpperCase(), p.id, 'name']);
  }
  const text = parts.join('\n');
  assert.deepEqual(big.findMentions(text, 'markdown').map((m) => [m.text, m.entityId, m.via]), expected);
});

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('fuzz: random code units, random bytes, prose soup and huge lines never throw and stay in bounds', () => {
  const rand = prng(12611);
  const pieces = ['NMRK1', 'nicotinamide', ' riboside', ' kinase 1', 'NAD+', '-', '\n', '\n\n', '`', '```', '<!--', '-->',
    '<', '>', '](', ')', '[', ']', '\\cite{', '}', '%', '\\', 'https://', 'www.', '@', 'rs', '12611', ' ', '\t', '\r\n',
    '\ud800', '\udc00', '\u00a0', '$', '~~~', '    ', '- ', '> ', '"', "'", 'DNA', ' damage', '+', '(', 'x'];
  const docs: string[] = [];
  for (let d = 0; d < 60; d++) {
    const len = Math.floor(rand() * 2000);
    let units = '';
    let soup = '';
    const bytes: number[] = [];
    for (let i = 0; i < len; i++) {
      units += String.fromCharCode(Math.floor(rand() * 65536));
      soup += pieces[Math.floor(rand() * pieces.length)];
      bytes.push(Math.floor(rand() * 256));
    }
    docs.push(units, soup, Buffer.from(bytes).toString('latin1'));
  }
  docs.push('NMRK1 '.repeat(20000) + 'nicotinamide riboside kinase 1'.repeat(5000)); // one 250,000-character line
  docs.push(' '.repeat(100000) + 'nicotinamide' + ' '.repeat(100000) + 'riboside');
  docs.push('nicotinamide '.repeat(20000));
  docs.push('\ud800'.repeat(100000));
  for (const doc of docs) {
    for (const language of ['markdown', 'latex', 'plaintext'] as const) {
      const ms = matcher.findMentions(doc, language);
      assertSound(doc, ms, language);
    }
  }
  const huge = 'NMRK1 '.repeat(20000);
  assert.equal(matcher.findMentions(huge, 'plaintext').length, 20000);
  assert.deepEqual(matcher.findMentions(undefined as unknown as string, 'markdown'), []);
  assert.deepEqual(matcher.findMentions('', 'latex'), []);
});

test('a multi-megabyte document is scanned whole', () => {
  const para = 'NMRK1 turns nicotinamide riboside into NMN; see `code`, https://x.org and rs12611.\n\n';
  const doc = para.repeat(Math.ceil((4 << 20) / para.length));
  const ms = matcher.findMentions(doc, 'markdown');
  const copies = Math.ceil((4 << 20) / para.length);
  assert.equal(ms.length, copies * 4);
  assert.equal(ms[ms.length - 1]?.entityId, 'rs12611');
});
