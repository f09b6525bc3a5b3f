// The claims checker: splits the document into sentences, reads the claims of each sentence that holds a mention,
// and judges them against the profile data. Sentences without a mention cost only the split.
//
// Codes:
// - claim-contradicted: the profile data says otherwise (message names the profile's value and its source);
// - claim-unsupported: a claim verb links an entity to another entity or to something no profile carries;
// - claim-overstated: certainty no evidence can carry ("cures", "guarantees", "proven", "reverses ageing",
//   "miracle", "definitely"), whatever the relation.
import type { Finding, LanguageKind, Lexicon, Mention } from '../types';
import type { Claim } from './claim';
import { extractAttributes } from './attributes';
import { extractRelations } from './extract';
import { FactIndex } from './facts';
import { judgeConversion, judgeRelation, type JudgeContext } from './judge';
import { judgeAttribute } from './judgeAttribute';
import { overstatedFinding } from './overstated';
import { maskExcluded, splitMasked, type Sentence } from './sentences';
import { excludedRegions, type TextRegion } from '../markup/regions';
import { tokenize } from './tokens';

export interface ClaimChecker {
  /** `regions`: the text's excluded regions when the caller already has them (else they are found here). */
  check(text: string, language: LanguageKind, mentions: Mention[], regions?: readonly TextRegion[]): Finding[];
}

/** Findings of a sentence depend only on its text and mentions: typing in one sentence re-reads that one only. */
const CACHE_LIMIT = 4000;
/** Longer "sentences" are tables, dumps or unpunctuated text, not prose claims: skipped, so cost stays linear. */
const MAX_SENTENCE = 1500;

export function createClaimChecker(lexicon: Lexicon): ClaimChecker {
  const facts = new FactIndex(lexicon);
  const cache = new Map<string, Finding[]>();
  const cached = (ctx: JudgeContext, masked: string, sentence: Sentence, inside: Mention[]): Finding[] => {
    const { start, end } = sentence;
    const key = `${ctx.text.slice(start, end)}\u0000${masked.slice(start, end)}\u0000${inside.map((m) => `${m.start - start}:${m.end - start}:${m.entityId}:${m.kind}`).join(',')}`;
    let relative = cache.get(key);
    if (!relative) {
      relative = checkSentence(ctx, masked, sentence, inside).map((f) => shift(f, -start));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, relative);
    }
    return relative.map((f) => shift(f, start));
  };
  return {
    check(text, language, mentions, regions) {
      if (mentions.length === 0 || typeof text !== 'string') return [];
      const masked = maskExcluded(text, regions ?? excludedRegions(text, language));
      const sorted = [...mentions].sort((a, b) => a.start - b.start);
      const findings: Finding[] = [];
      let m = 0;
      for (const sentence of splitMasked(masked, language, text)) {
        while (m < sorted.length && sorted[m]!.end <= sentence.start) m++;
        if (m >= sorted.length) break;
        if (sorted[m]!.start >= sentence.end || sentence.end - sentence.start > MAX_SENTENCE) continue;
        const inside: Mention[] = [];
        for (let k = m; k < sorted.length && sorted[k]!.start < sentence.end; k++) inside.push(sorted[k]!);
        try {
          findings.push(...cached({ lexicon, facts, text, sentence }, masked, sentence, inside));
        } catch {
          // A claim the reader cannot parse is no claim: never take the analysis down.
        }
      }
      return dedupe(findings);
    },
  };
}

/** The findings of one sentence (exported for tests). */
export function checkSentence(ctx: JudgeContext, masked: string, sentence: Sentence, mentions: readonly Mention[]): Finding[] {
  const toks = tokenize(masked, sentence, mentions);
  // A claim inside quotation marks is cited, not made: 'flags claims such as "AMPK inhibits NMRK1."'.
  const quotes = quotedSpans(masked, sentence);
  const quoted = (c: { start: number; end: number }) => quotes.some((q) => c.start >= q.start && c.end <= q.end);
  const claims: Claim[] = [...extractRelations(toks), ...extractAttributes(toks)].filter((c) => !quoted(c));
  const out: Finding[] = [];
  const overstated = overstatedFinding(masked, sentence);
  if (overstated && !quoted(overstated)) out.push(overstated);
  for (const c of claims) {
    if (c.type === 'relation') {
      const f = judgeRelation(ctx, c);
      if (f) out.push(f);
    } else if (c.type === 'conversion') {
      out.push(...judgeConversion(ctx, c));
    } else if (c.type === 'attribute') {
      const f = judgeAttribute(ctx, c);
      if (f) out.push(f);
    }
  }
  // "It has been proven that NR reverses hair loss": the overstatement is the sentence's note; a second, milder one
  // would only repeat it (a contradiction still shows).
  return out.some((f) => f.code === 'claim-overstated') ? out.filter((f) => f.code !== 'claim-unsupported') : out;
}

/** Spans between straight or curly double quotes in a sentence (document offsets). */
function quotedSpans(masked: string, sentence: Sentence): { start: number; end: number }[] {
  const text = masked.slice(sentence.start, sentence.end);
  if (!/["“]/.test(text)) return [];
  return [...text.matchAll(/"[^"]*"|“[^”]*”/g)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }));
}

function shift(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.code}:${f.start}:${f.end}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
