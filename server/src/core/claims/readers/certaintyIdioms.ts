// Certainty words that are idioms in published prose, not overstated certainty (read by readers/overstated.ts):
// - "proof of principle", "proof of concept": a study's kind, not a claim that something is proven;
// - "proved to be", "proves to comprise": active "prove" + "to" means "turned out to" (a passive "has been proved
//   to cure" stays overstated);
// - "may prove useful", "could prove difficult": "prove" after a modal is a hedge ("turn out"), not a proof.
import { MODALS } from '../sentences/tokens';

/** The words before an overstated word that make "prove to" a passive ("has been proved to", "is proven to"). */
const PASSIVE_BEFORE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);

/** Whether the overstated `word` at `at` in `text` (a sentence) is one of the idioms above. */
export function certaintyIdiom(text: string, at: number, word: string): boolean {
  const low = word.toLowerCase();
  const after = wordsAt(text, at + word.length, 2);
  if (low === 'proof') return after[0] === 'of' && (after[1] === 'principle' || after[1] === 'concept');
  if (low !== 'prove' && low !== 'proves' && low !== 'proved') return false;
  const before = wordsBefore(text, at, 2);
  if (before.some((w) => PASSIVE_BEFORE.has(w))) return false;
  if (after[0] === 'to') return true;
  return low === 'prove' && before[0] !== undefined && MODALS.has(before[0]);
}

/** Up to `n` lower-case words from `from` on. */
function wordsAt(text: string, from: number, n: number): string[] {
  const out: string[] = [];
  let i = from;
  while (out.length < n && i < text.length) {
    while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (i > start) out.push(text.slice(start, i).toLowerCase());
  }
  return out;
}

/** Up to `n` lower-case words before `to`, the nearest first. */
function wordsBefore(text: string, to: number, n: number): string[] {
  const out: string[] = [];
  let i = to;
  while (out.length < n && i > 0) {
    while (i > 0 && !isLetter(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
    if (end > i) out.push(text.slice(i, end).toLowerCase());
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
