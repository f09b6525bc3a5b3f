// claims/readers/readers.ts runs a reader only where its `may` says it may read: a relation reader at the words it
// names, an attribute reader on a sentence holding one. That is sound only if `may` holds wherever the reader reads
// something. Checked here on every sentence of the claims tests: each reader is called where `may` says no, and must
// read nothing there; and reading a sentence with the triggers gives the claims of every reader run everywhere.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Arg, AttributeClaim, Claim, RelationClaim } from '../../server/src/core/claims/claim';
import { assertedBefore } from '../../server/src/core/claims/readers/attributes';
import { ATTRIBUTE_READERS, RELATION_READERS, readClaims } from '../../server/src/core/claims/readers/readers';
import { endIndex, unique, type Previous } from '../../server/src/core/claims/readers/relations';
import { tokenize, type Token } from '../../server/src/core/claims/sentences/tokens';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import { shippedProfiles } from '../helpers/profiles';

const root = path.resolve(__dirname, '../../..');

/** The sentences written in the claims tests (single-quoted strings of several words). */
function testSentences(): string[] {
  const dir = path.join(root, 'test', 'unit');
  const files = fs.readdirSync(dir).filter((f) => /^(claims|goClaims|modified|dependent|certainty|overstated)/.test(f) && f.endsWith('.test.ts'));
  const out = new Set<string>();
  for (const f of files) {
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
      const s = m[1]!.replace(/\\'/g, "'");
      if (s.split(' ').length >= 3 && /[A-Za-z]/.test(s)) out.add(s);
    }
  }
  return [...out];
}

const matcher = createMatcher(buildLexicon(shippedProfiles().profiles));
const sentences = testSentences().map((text): Token[] => tokenize(text, { start: 0, end: text.length }, matcher.findMentions(text, 'markdown')));

/** Every claim of the tokens with every reader run everywhere, as readers.ts read them before the triggers. */
function readEverywhere(toks: Token[]): Claim[] {
  if (toks.length === 0 || toks[toks.length - 1]!.low === '?') return [];
  const relations: Claim[] = [];
  const attributes: AttributeClaim[] = [];
  let previous: Previous | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct || t.mention) continue;
    const before = relations.length;
    for (const reader of RELATION_READERS) if (reader.read(toks, i, relations, previous) === true || relations.length > before) break;
    if (relations.length > before) {
      const last = relations[relations.length - 1]! as RelationClaim;
      const subjects = relations.slice(before).map((c) => (c.type === 'relation' && !c.verb.passive ? c.subject : c.type === 'conversion' ? c.enzyme : undefined));
      previous = { subjects: unique(subjects.filter((x): x is Arg => x !== undefined)), end: endIndex(toks, last.end) };
    }
  }
  for (const reader of ATTRIBUTE_READERS) reader.read(toks, attributes);
  return [...relations, ...attributes.filter((c) => !assertedBefore(toks, c.subject.start))];
}

describe('claims: the readers run only where they may read', () => {
  it('has sentences to check', () => {
    assert.ok(sentences.length > 300, `${sentences.length} sentences`);
  });

  it('a relation reader reads nothing at a word its `may` rules out', () => {
    const wrong: string[] = [];
    for (const toks of sentences) {
      toks.forEach((t, i) => {
        if (t.punct || t.mention) return;
        for (const reader of RELATION_READERS) {
          if (reader.may(t.low)) continue;
          const claims: Claim[] = [];
          if (reader.read(toks, i, claims, undefined) === true || claims.length > 0) wrong.push(`${reader.name} at "${t.low}"`);
        }
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('an attribute reader reads nothing in a sentence its `may` rules out', () => {
    const wrong: string[] = [];
    for (const toks of sentences) {
      for (const reader of ATTRIBUTE_READERS) {
        if (toks.some((t) => reader.may(t.low) || (t.mention !== undefined && reader.mayMention?.(t.mention) === true))) continue;
        const out: AttributeClaim[] = [];
        reader.read(toks, out);
        if (out.length > 0) wrong.push(`${reader.name}: ${toks.map((t) => t.text).join(' ')}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('reads the same claims as every reader run everywhere', () => {
    let claims = 0;
    for (const toks of sentences) {
      const expected = readEverywhere(toks);
      claims += expected.length;
      assert.deepEqual(readClaims(toks), expected);
    }
    assert.ok(claims > 200, `${claims} claims`);
  });
});
