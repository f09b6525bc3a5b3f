// Overstated certainty: words that claim more than any evidence carries ("cures", "guarantees", "proven",
// "reverses ageing", "miracle", "definitely"). Flagged as claim-overstated in a sentence that names an entity,
// unless the writer takes the certainty back ("not proven", "no cure") or asks, or the word is an idiom of published
// prose ("proof of principle", "proved to be", "may prove useful": certaintyIdioms.ts).
import type { Finding, Fix } from '../../types';
import type { Sentence } from '../sentences/splitter';
import { lookup, OVERSTATED, OVERSTATED_NEGATORS } from '../vocabulary';
import { certaintyIdiom } from './certaintyIdioms';

const SOFTER: Record<string, string> = {
  proven: 'suggested', proved: 'suggested', proves: 'suggests', prove: 'suggest',
  guarantees: 'may support', guarantee: 'may support', guaranteed: 'suggested',
};
/** The writer reports someone else's claim or asks ("vendors claim NR cures ageing", "whether NR cures"). */
const REPORTED = /\b(claim(s|ed|ing)?|alleg\w*|myths?|rumou?r\w*|marketed|advertis\w*|supposedly|so-called|whether|if|hype)\b/i;
const NO_EVIDENCE = /\b(no|not|never|little|lack of|without|nor)\s+(\w+\s+)?(proof|evidence|data|study|studies|trial|trials)\b/i;
const DROPPABLE = /^(definitely|certainly|undoubtedly|unquestionably|indisputably)$/i;

/** `masked` may be a piece of the document starting at offset `base` (it must reach 4 characters past the sentence). */
export function overstatedFinding(masked: string, sentence: Sentence, base = 0): Finding | undefined {
  const text = masked.slice(sentence.start - base, sentence.end - base);
  if (/\?\s*$/.test(text)) return undefined;
  OVERSTATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OVERSTATED.exec(text)) !== null) {
    if (OVERSTATED_NEGATORS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (REPORTED.test(text.slice(0, m.index)) || NO_EVIDENCE.test(text.slice(0, m.index))) continue;
    const word = m[0];
    if (certaintyIdiom(text, m.index, word)) continue;
    const start = sentence.start + m.index;
    const end = start + word.length;
    const fixes: Fix[] = [];
    const softer = lookup(SOFTER, word.toLowerCase());
    if (softer) fixes.push({ title: `Replace "${word}" with "${softer}"`, edits: [{ start, end, newText: softer }], preferred: true });
    else if (DROPPABLE.test(word)) {
      const after = /^\s+/.exec(masked.slice(end - base, end - base + 4))?.[0].length ?? 0;
      fixes.push({ title: `Remove "${word}"`, edits: [{ start, end: end + after, newText: '' }], preferred: true });
    }
    return {
      code: 'claim-overstated', start, end,
      message: `"${word}" states a certainty that no profile source carries; say what the evidence shows instead.`,
      fixes,
    };
  }
  return undefined;
}
