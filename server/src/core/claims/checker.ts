// The claims checker: splits the document into sentences, reads the claims of each sentence that holds a mention,
// and judges them against the profile data. Paragraphs without a mention are not even cut into sentences.
//
// Codes:
// - claim-contradicted: the profile data says otherwise (message names the profile's value and its source);
// - claim-unsupported: a claim verb links an entity to another entity or to something no profile carries;
// - claim-overstated: certainty no evidence can carry ("cures", "guarantees", "proven", "reverses ageing",
//   "miracle", "definitely"), whatever the relation.
import type { Finding, LanguageKind, Lexicon, Mention } from '../types';
import type { Claim } from './claim';
import { readAttributes, readClaims } from './readers/readers';
import { FactIndex } from './knowledge/facts';
import { judgeConversion, judgeRelation, type JudgeContext } from './judge/relations';
import { judgeAttribute, profileCovers } from './judge/attributes';
import { judgeGo } from './judge/goClaims';
import { GeneOntologyFacts } from './knowledge/geneOntology';
import type { GeneFunctions } from '../lexicon/geneFunctions';
import { overstatedFinding } from './readers/overstated';
import { SentenceCache, shift } from './sentences/cache';
import { blankedRuns, type Sentence } from './sentences/splitter';
import { walkSentences, type SentenceVisitor } from './sentences/walk';
import { excludedRegions, type TextRegion } from '../markup/regions';
import { tokenize } from './sentences/tokens';
import { withSpeciesNote } from './speciesNote';

export interface ClaimChecker {
  /**
   * `regions`: the text's excluded regions when the caller already has them (else they are found here); `inOrder`: the
   * caller knows the mentions are in order of their start (else they are looked at, and sorted when not); `judged`:
   * the mentions to judge (the others are as if absent; all when undefined), so the caller need not copy its list.
   */
  check(text: string, language: LanguageKind, mentions: Mention[], regions?: readonly TextRegion[], inOrder?: boolean, judged?: (m: Mention) => boolean): Finding[];
}

/** Longer "sentences" are tables, dumps or unpunctuated text, not prose claims: skipped, so cost stays linear. */
const MAX_SENTENCE = 1500;

/** `functions`: the Gene Ontology table, for location, enzyme-class and process claims about any gene. */
export function createClaimChecker(lexicon: Lexicon, functions?: GeneFunctions): ClaimChecker {
  const judge = new SentenceJudge(lexicon, new GeneOntologyFacts(lexicon, functions));
  return {
    check(text, language, mentions, regions, inOrder = false, judged = undefined) {
      if (mentions.length === 0 || typeof text !== 'string') return [];
      const runs = blankedRuns(text, regions ?? excludedRegions(text, language));
      const sorted = inOrder || mentionsInOrder(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
      judge.text = text;
      judge.judged = judged;
      try {
        walkSentences(text, language, runs, sorted, MAX_SENTENCE, judge);
        return dedupe(judge.findings);
      } finally {
        judge.text = '';
        judge.judged = undefined;
        judge.findings.length = 0;
      }
    },
  };
}

/** Judges the sentences of one document at a time, each once per distinct sentence (SentenceCache). */
class SentenceJudge implements SentenceVisitor {
  private readonly facts: FactIndex;
  private readonly cache = new SentenceCache();
  text = '';
  /** The mentions of the document being judged that are to be judged (undefined: all). */
  judged: ((m: Mention) => boolean) | undefined = undefined;
  /** The findings of the document being judged (one list for every document: cleared after each). */
  readonly findings: Finding[] = [];

  constructor(private readonly lexicon: Lexicon, private readonly go: GeneOntologyFacts) {
    this.facts = new FactIndex(lexicon);
  }

  visit(start: number, end: number, sorted: readonly Mention[], from: number, to: number, masked: string, base: number, blanked: string | undefined): void {
    const { text, cache, judged: keep } = this;
    try {
      if (keep !== undefined && !everyKept(keep, sorted, from, to)) {
        // Mentions not to judge are as if absent: the sentence is read with the others, or not at all.
        const kept: Mention[] = [];
        for (let k = from; k < to; k++) if (keep(sorted[k]!)) kept.push(sorted[k]!);
        if (kept.length === 0) return;
        sorted = kept;
        from = 0;
        to = kept.length;
      }
      let relative = cache.get(text, blanked, start, end, sorted, from, to);
      if (relative !== undefined && relative.length === 0) return;
      // The sentence's own list of mentions, made only when it is read or has findings.
      const inside = sorted.slice(from, to);
      if (relative === undefined) {
        const sentence = { start, end };
        const ctx = { lexicon: this.lexicon, facts: this.facts, go: this.go, text, sentence };
        // Genes known only from the gene table are judged on what the Gene Ontology says of them, nothing else.
        const judged = inside.some(tableGene) ? inside.filter((m) => !tableGene(m)) : inside;
        const found = judged.length > 0 ? checkSentence(ctx, masked, sentence, judged, base) : [];
        if (judged !== inside) found.push(...checkGoSentence(ctx, masked, sentence, inside, base));
        relative = cache.set(text, sentence, inside, found);
      }
      for (const f of relative) this.findings.push(withSpeciesNote(shift(f, start), inside));
    } catch {
      // A claim the reader cannot parse is no claim: never take the analysis down.
    }
  }
}

/**
 * The findings of one sentence (exported for tests). `masked` is the document with excluded regions blanked, or a
 * piece of it starting at offset `base` that holds the sentence, the character before it and 4 after it.
 */
export function checkSentence(ctx: JudgeContext, masked: string, sentence: Sentence, mentions: readonly Mention[], base = 0): Finding[] {
  const toks = tokenize(masked, sentence, mentions, base);
  // A claim inside quotation marks is cited, not made: 'flags claims such as "AMPK inhibits NMRK1."'.
  const quotes = quotedSpans(masked, sentence, base);
  const quoted = (c: { start: number; end: number }) => quotes.some((q) => c.start >= q.start && c.end <= q.end);
  const claims: Claim[] = readClaims(toks).filter((c) => !quoted(c));
  const out: Finding[] = [];
  const overstated = overstatedFinding(masked, sentence, base);
  if (overstated && !quoted(overstated)) out.push(overstated);
  for (const c of claims) {
    if (c.type === 'relation') {
      const f = judgeRelation(ctx, c);
      if (f) out.push(f);
    } else if (c.type === 'conversion') {
      out.push(...judgeConversion(ctx, c));
    } else if (c.type === 'attribute') {
      // A profile's own value is weighed first; the Gene Ontology speaks where the profile is silent.
      const f = judgeAttribute(ctx, c) ?? (profileCovers(ctx, c) ? undefined : judgeGo(ctx, c));
      if (f) out.push(f);
    }
  }
  // "It has been proven that NR reverses hair loss": the overstatement is the sentence's note; a second, milder one
  // would only repeat it (a contradiction still shows).
  return out.some((f) => f.code === 'claim-overstated') ? out.filter((f) => f.code !== 'claim-unsupported') : out;
}

function everyKept(keep: (m: Mention) => boolean, sorted: readonly Mention[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!keep(sorted[k]!)) return false;
  return true;
}

/** A gene the gene table knows and no profile describes. */
function tableGene(m: Mention): boolean {
  return m.kind === 'gene' && !m.known;
}

/**
 * The findings of one sentence about genes known only from the gene table: their location, enzyme-class and process
 * claims, weighed against the Gene Ontology (exported for tests).
 */
export function checkGoSentence(ctx: JudgeContext, masked: string, sentence: Sentence, mentions: readonly Mention[], base = 0): Finding[] {
  if (!ctx.go) return [];
  const toks = tokenize(masked, sentence, mentions, base);
  if (toks.length === 0 || toks[toks.length - 1]!.low === '?') return [];
  const quotes = quotedSpans(masked, sentence, base);
  const out: Finding[] = [];
  for (const c of readAttributes(toks)) {
    const m = c.subject.mention;
    if (!m || !tableGene(m) || quotes.some((q) => c.start >= q.start && c.end <= q.end)) continue;
    const f = judgeGo(ctx, c);
    if (f) out.push(f);
  }
  return out;
}

/** Spans between straight or curly double quotes in a sentence (document offsets). */
function quotedSpans(masked: string, sentence: Sentence, base: number): { start: number; end: number }[] {
  const text = masked.slice(sentence.start - base, sentence.end - base);
  if (!/["“]/.test(text)) return [];
  return [...text.matchAll(/"[^"]*"|“[^”]*”/g)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }));
}

/** Whether the mentions are in order of their start already (sorting them would change nothing). */
function mentionsInOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1]!.start > mentions[i]!.start) return false;
  return true;
}

/** Whether the findings are in order of their range already. */
function findingsInOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * Drops repeated findings (same code, range and message; the first stays), then sorts by range. Findings come in
 * document order but for a few (a sentence's findings in the order its claims were read): then a repeat is among
 * those with the same start just before it, and no map is needed.
 */
function dedupe(findings: Finding[]): Finding[] {
  if (!findingsInOrder(findings)) return dedupeUnordered(findings);
  const kept: Finding[] = [];
  let run = 0; // the first kept finding with the start of the last one kept
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (last === undefined || last.start !== f.start) run = kept.length;
    else if (isRepeat(kept, run, f)) continue;
    kept.push(f);
  }
  return kept;
}

function isRepeat(kept: readonly Finding[], from: number, f: Finding): boolean {
  for (let i = from; i < kept.length; i++) {
    const g = kept[i]!;
    if (g.end === f.end && g.code === f.code && g.message === f.message) return true;
  }
  return false;
}

function dedupeUnordered(findings: Finding[]): Finding[] {
  const byStart = new Map<number, Finding[]>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const same = byStart.get(f.start);
    if (!same) byStart.set(f.start, [f]);
    else if (same.some((g) => g.end === f.end && g.code === f.code && g.message === f.message)) continue;
    else same.push(f);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
