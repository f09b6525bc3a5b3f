// The claims checker over a lexicon, as the analysis runs it (the matcher's mentions, then the checker), and the
// verdict tables the claims tests are written in.
import assert from 'node:assert/strict';
import { createClaimChecker } from '../../server/src/core/claims/checker';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import type { Finding, LanguageKind, Lexicon } from '../../server/src/core/types';
import { shippedProfiles } from './profiles';

export type Check = (text: string, language?: LanguageKind) => Finding[];

export function checkerFor(lexicon: Lexicon): Check {
  const matcher = createMatcher(lexicon);
  const checker = createClaimChecker(lexicon);
  return (text, language = 'markdown') => checker.check(text, language, matcher.findMentions(text, language));
}

/** The checker over the shipped profiles. */
export function shippedChecker(): Check {
  return checkerFor(buildLexicon(shippedProfiles().profiles));
}

export type Verdict = 'contradicted' | 'unsupported' | 'overstated' | 'none';

/** A sentence's verdict: its strongest finding. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.code === 'claim-contradicted')) return 'contradicted';
  if (findings.some((f) => f.code === 'claim-unsupported')) return 'unsupported';
  if (findings.some((f) => f.code === 'claim-overstated')) return 'overstated';
  return 'none';
}

/** Asserts each sentence's verdict; `verdict` may coarsen it (a table that tells only flagged from not). */
export function expectVerdicts<V extends string>(check: Check, cases: [string, V][], verdict: (findings: readonly Finding[]) => V): void {
  const wrong = cases.map(([sentence, expected]) => ({ sentence, expected, got: verdict(check(sentence)) })).filter((c) => c.got !== c.expected);
  assert.deepEqual(wrong, []);
}

/** Applies a finding's first fix to the text. */
export function applyFirstFix(text: string, f: Finding): string {
  const fix = f.fixes[0];
  assert.ok(fix, `no fix for: ${f.message}`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
