// Milder wordings for an overstated word (readers/overstated.ts): what a claim-overstated quick fix offers. "proves"
// -> "suggests", "cures" -> "may help treat", "always works" -> "often works", "definitely" -> (dropped). Each is a
// choice in the editor's quick fix menu, never preferred: the writer picks the words, nothing is applied for them.
import { lookup } from './vocabulary';

/** Replacements by the overstated word, lower case; '' drops the word. The first is listed first. */
const MILDER: Readonly<Record<string, readonly string[]>> = {
  proven: ['suggested', 'supported'], proved: ['suggested'], proves: ['suggests', 'supports'], prove: ['suggest', 'support'],
  proof: ['evidence'],
  guarantees: ['may support'], guarantee: ['may support'], guaranteed: ['suggested'], guaranteeing: ['supporting'],
  cures: ['may help treat'], cure: ['may help treat'], cured: ['improved'], curing: ['treating'],
  definitely: [''], certainly: ['', 'likely'], undoubtedly: ['', 'likely'], unquestionably: ['', 'likely'],
  indisputably: ['', 'likely'],
  miracle: ['promising'], miraculous: ['promising'], 'magic bullet': ['promising treatment'],
  'always works': ['often works', 'works in some studies'],
  '100% effective': ['effective in some studies'], '100 % effective': ['effective in some studies'],
  '100% safe': ['well tolerated in the studies so far'], '100 % safe': ['well tolerated in the studies so far'],
};

/** "reverses ageing" -> "may slow ageing": the verb of a reversal claim, by its form. */
const REVERSAL: Readonly<Record<string, string>> = {
  reverse: 'slow', reverses: 'may slow', reversed: 'slowed', reversing: 'slowing',
  stop: 'slow', stops: 'may slow', stopping: 'slowing', halt: 'slow', halts: 'may slow', halting: 'slowing',
};

export interface Rewording {
  /** The text the fix writes in place of the word ('' drops it). */
  text: string;
  /** How many characters of the overstated words it replaces (a reversal keeps its object: only the verb). */
  length: number;
}

/** Nouns, after an article: "a cure for ageing" -> "a treatment for ageing". */
const AS_NOUN: Readonly<Record<string, readonly string[]>> = { cure: ['treatment'], cures: ['treatments'], miracle: ['promising'], proof: ['evidence'] };

/**
 * The milder wordings for an overstated phrase as written, in the order offered; [] when there is none. `before`:
 * the word before it (an article makes "cure" a noun).
 */
export function rewordings(written: string, before = ''): Rewording[] {
  const low = written.toLowerCase().replace(/\s+/g, ' ');
  const noun = /^(?:a|an|the|no)$/i.test(before) ? lookup(AS_NOUN, low) : undefined;
  const milder = noun ?? lookup(MILDER, low);
  if (milder) return milder.map((m) => ({ text: keepCase(m, written), length: written.length }));
  const verb = /^\S+/.exec(written)?.[0] ?? '';
  const slower = lookup(REVERSAL, verb.toLowerCase());
  return slower ? [{ text: keepCase(slower, verb), length: verb.length }] : [];
}

/** A capital first letter stays a capital ("Proven" -> "Suggested"). */
function keepCase(replacement: string, original: string): string {
  return /^[A-Z][a-z]/.test(original) && replacement ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
