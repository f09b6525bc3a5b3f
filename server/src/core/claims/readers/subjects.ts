// Finding the subject of a claim verb: the entity before it, through hedges, negation, appositions, relative
// clauses, pronouns and coordination (the object after it is found in objects.ts).
import type { Arg } from '../claim';
import {
  ARG_SUFFIX, BE, COMPOUND_HEADS, DO, FLIP_PREFIX, FLIP_SUFFIX, MODALS, NEGATORS, PHRASE_END, SUBJECT_GAP,
  isWord, type Token,
} from '../sentences/tokens';
import { CARRIERS, COORD, DETERMINERS, GENETIC, NON_SUBJECTS, OF_HEADS, PREPOSITIONS, VARIANT_SUFFIX } from './argWords';
import { lookup, NOMINALIZATIONS, verbHits } from '../vocabulary';

export interface SubjectScan {
  args: Arg[];
  /** A subject no profile names ("Caffeine"), when there is no recognized one. */
  phrase?: Arg;
  negated: boolean;
  negation?: { start: number; end: number; aux?: string };
  /** A form of "be" stands between subject and verb. */
  be: boolean;
  /** Index of the subject's first token (or of the verb when none was found). */
  from: number;
  /** The subject is the entity's mutations or variants ("NMRK1 mutations"): a link, not a signed effect. */
  genetic?: boolean;
}

export function mentionArg(t: Token, flip: boolean): Arg {
  const m = t.mention!;
  return { entityId: m.entityId, mention: m, text: m.text, start: m.start, end: m.end, flip };
}

/** Index of the "(" matching the ")" at `close`, or -1. */
function openingParen(toks: Token[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    const low = toks[k]?.low;
    if (low === ')' || low === ']') depth++;
    else if (low === '(' || low === '[') depth--;
    if (depth === 0) return k;
  }
  return -1;
}

/** Scans back from the token before `verbIdx` to the subject. */
export function findSubject(toks: Token[], verbIdx: number): SubjectScan {
  const scan: SubjectScan = { args: [], negated: false, be: false, from: verbIdx };
  let flip = false;
  let flipWord = -1; // the loss-of-function noun after the subject ("deficiency"), for a subject no profile names
  let negEnd = -1;
  let j = verbIdx - 1;
  while (j >= 0) {
    const t = toks[j]!;
    if (t.mention) break;
    if (t.punct) {
      if (t.low === ')' || t.low === ']') {
        const open = openingParen(toks, j);
        if (open <= 0) return scan;
        j = open - 1;
        continue;
      }
      if (t.low === ',') {
        if (toks[j - 1]?.mention) {
          j--;
          break;
        }
        const k = appositionStart(toks, j);
        if (k < 0) return scan;
        j = k - 1;
        continue;
      }
      return scan;
    }
    const w = t.low;
    if ((w === 'fails' || w === 'fail' || w === 'failed') && toks[j + 1]?.low === 'to') {
      scan.negated = !scan.negated;
      scan.negation = { start: t.start, end: toks[verbIdx]!.start, aux: w === 'fails' ? 'does' : w === 'failed' ? 'did' : 'do' };
    } else if (NEGATORS.has(w) || (w === 'no' && toks[j + 1]?.low === 'longer')) {
      scan.negated = !scan.negated;
      if (negEnd < 0) negEnd = j;
      const aux = /^(does|do|did|is|are|was|were|can|could|will|would)n't$/.exec(w)?.[1] ?? (w === 'cannot' ? 'can' : undefined);
      scan.negation = { start: t.start, end: toks[verbIdx]!.start, aux };
    } else if ((DO.has(w) || MODALS.has(w) || BE.has(w)) && negEnd === j + 1 && scan.negation) {
      scan.negation = { start: t.start, end: toks[verbIdx]!.start, aux: w };
      if (BE.has(w)) scan.be = true;
    } else if (BE.has(w)) {
      scan.be = true;
    } else if (CARRIERS.has(w) && (toks[j - 1]?.mention || FLIP_SUFFIX.has(toks[j - 1]?.low ?? ''))) {
      // "NRK1-deficient cells accumulate NMN", "NMRK1 knockout mice show ...": the claim is the entity's.
    } else if (VARIANT_SUFFIX.has(w) && variantBefore(toks, j)) {
      // "The rs12611 minor allele reduces NAD+": the claim is the variant's.
    } else if (GENETIC.has(w) && toks[j - 1]?.mention && toks[j - 1]!.mention!.kind !== 'variant') {
      // "NMRK1 mutations cause ...": a link of the gene, whatever the sign.
      scan.genetic = true;
    } else if (COMPOUND_HEADS.has(w) && toks[j - 1]?.mention) {
      // "NAMPT inhibitors lower NAD+": the subject is the compound, which no profile describes.
      const m = toks[j - 1]!;
      if (toks[j - 2] && !toks[j - 2]!.punct && !PHRASE_END.has(toks[j - 2]!.low) && !DETERMINERS.has(toks[j - 2]!.low)) return scan;
      scan.phrase = { text: `${m.text} ${t.text}`, start: m.start, end: t.end, flip: false };
      scan.from = j - 1;
      return scan;
    } else if (FLIP_SUFFIX.has(w)) {
      flip = !flip;
      if (flipWord < 0) flipWord = j;
    } else if (!(SUBJECT_GAP.has(w) || DO.has(w) || MODALS.has(w) || ARG_SUFFIX.has(w) || w === 'not')) {
      if ((w === 'that' || w === 'which' || w === 'who') && relativeAntecedent(toks, j, scan, flip)) return scan;
      if (w === 'it' && pronounAntecedent(toks, j, scan)) return scan;
      unknownSubject(toks, j, scan);
      // "Slc12a8 deficiency decreases NAD+": the loss belongs to the phrase, quoted with it, and turns the sign.
      if (scan.phrase && flip && flipWord > j) {
        const last = toks[flipWord]!;
        scan.phrase = { ...scan.phrase, text: `${scan.phrase.text} ${toks.slice(j + 1, flipWord + 1).map((x) => x.text).join(' ')}`, end: last.end, flip: true };
      }
      return scan;
    }
    j--;
  }
  if (j < 0) return scan;
  collectSubjects(toks, j, scan, flip);
  // "The NAD+ produced by NMRK1 activates SIRT1": the subject is what the participle describes.
  if (isWord(toks[scan.from - 1], 'by') && /(ed|en|made|bound)$/.test(toks[scan.from - 2]?.low ?? '')) {
    const head = toks[scan.from - 3];
    if (!head?.mention) return { args: [], negated: false, be: false, from: verbIdx };
    const negated = scan.negated;
    const negation = scan.negation;
    collectSubjects(toks, scan.from - 3, scan, false);
    scan.negated = negated;
    scan.negation = negation;
    return scan;
  }
  // "NMRK1 uses ATP to phosphorylate NR": the mention before "to" is another verb's object, not this verb's subject.
  const passedTo = toks.slice(j + 1, verbIdx).some((t) => t.low === 'to');
  const before = toks[scan.from - 1];
  if (passedTo && before && !before.punct && !FLIP_PREFIX.has(before.low) && !isWord(before, 'of', 'both', 'either', 'the')) {
    return { args: [], negated: false, be: false, from: verbIdx };
  }
  return scan;
}

function variantBefore(toks: Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && VARIANT_SUFFIX.has(toks[k]!.low) && !toks[k]!.mention) k--;
  return toks[k]?.mention?.kind === 'variant';
}

/** For ", the master energy sensor," before the verb: the index of the opening comma, or -1. */
function appositionStart(toks: Token[], comma: number): number {
  for (let k = comma - 1; k >= 1 && comma - k <= 12; k--) {
    const t = toks[k]!;
    if (t.low === ',') {
      const before = toks[k - 1];
      if (!before || comma - k < 2) return -1;
      if (before.mention || ARG_SUFFIX.has(before.low) || FLIP_SUFFIX.has(before.low)) return k;
      return -1;
    }
    if (t.punct || verbHits(t.low).length > 0 || BE.has(t.low)) return -1;
  }
  return -1;
}

function collectSubjects(toks: Token[], last: number, scan: SubjectScan, suffixFlip: boolean): void {
  const group = [last];
  let k = last - 1;
  while (k >= 1) {
    const t = toks[k]!;
    // A comma joins subjects only in a list that ends with a conjunction: "AMPK, SIRT1 and X", not "Unlike AMPK, X".
    if ((COORD.has(t.low) || (t.low === ',' && group.length > 1)) && toks[k - 1]?.mention) {
      group.unshift(k - 1);
      k -= 2;
    } else if (t.low === 'and' && toks[k - 1]?.low === ',' && toks[k - 2]?.mention) {
      group.unshift(k - 2);
      k -= 3;
    } else break;
  }
  let flip = suffixFlip;
  let p = group[0]! - 1;
  // "NMNAT1-3, not NMRK1, convert NMN": the claim is the one before "not" (past a range's "-3").
  if (isWord(toks[p], 'not') && toks[p - 1]?.low === ',') {
    const q = toks[p - 2]?.mention ? p - 2 : /^[-–]\d$/.test(toks[p - 2]?.low ?? '') && toks[p - 3]?.mention ? p - 3 : -1;
    if (q >= 0) {
      collectSubjects(toks, q, scan, suffixFlip);
      return;
    }
  }
  if (isWord(toks[p], 'neither')) scan.negated = !scan.negated;
  if (isWord(toks[p], 'both', 'either', 'neither')) p--;
  // "The cousin of NMRK1, ... concentrated in the heart": the subject is the cousin, not NMRK1 ("the activity of" keeps it).
  const head = toks[p - 1];
  if (isWord(toks[p], 'of') && head && !head.punct && !head.mention && !keepsOfArgument(head.low)) {
    scan.from = group[0]!;
    return;
  }
  // "loss of systemic NAD+": one adjective may stand between the flipping noun and the entity.
  if (toks[p] && !toks[p]!.punct && !toks[p]!.mention && isWord(toks[p - 1], 'of', 'in') && FLIP_PREFIX.has(toks[p - 2]?.low ?? '')) p--;
  if ((isWord(toks[p], 'of', 'in') && FLIP_PREFIX.has(toks[p - 1]?.low ?? '')) || FLIP_PREFIX.has(toks[p]?.low ?? '')) {
    flip = !flip;
  }
  scan.args = group.map((g) => mentionArg(toks[g]!, flip));
  scan.from = group[0]!;
}

/** Nouns that leave the claim to their "of" argument: "the activity of NMRK1", "loss of NMRK1", "activation of AMPK". */
function keepsOfArgument(noun: string): boolean {
  return ARG_SUFFIX.has(noun) || FLIP_PREFIX.has(noun) || OF_HEADS.has(noun) || lookup(NOMINALIZATIONS, noun) !== undefined;
}

/** "NMRK1, which activates" or "NMRK1 is the enzyme that converts": the subject before the relative pronoun. */
function relativeAntecedent(toks: Token[], rel: number, scan: SubjectScan, flip: boolean): boolean {
  if (toks[rel - 1]?.mention) {
    collectSubjects(toks, rel - 1, scan, flip);
    return true;
  }
  if (toks[rel - 1]?.low === ',' && toks[rel - 2]?.mention) {
    collectSubjects(toks, rel - 2, scan, flip);
    return true;
  }
  for (let k = rel - 1; k >= 1 && rel - k <= 7; k--) {
    const t = toks[k]!;
    if (t.punct || t.mention) return false;
    if (BE.has(t.low)) {
      let m = k - 1;
      while (m >= 0 && !toks[m]!.mention && (SUBJECT_GAP.has(toks[m]!.low) || ARG_SUFFIX.has(toks[m]!.low))) m--;
      if (m >= 0 && toks[m]!.mention) {
        collectSubjects(toks, m, scan, flip);
        return true;
      }
      return false;
    }
  }
  return false;
}

/** "Although AMPK senses energy stress, it represses NMRK1": "it" after a clause names the sentence's one entity. */
function pronounAntecedent(toks: Token[], it: number, scan: SubjectScan): boolean {
  if (it === 0 || !(toks[it - 1]!.low === ',' || isWord(toks[it - 1], 'and', 'but', 'so', 'yet'))) return false;
  const before = toks.slice(0, it).filter((t) => t.mention);
  if (before.length === 0 || before.some((t) => t.mention!.entityId !== before[0]!.mention!.entityId)) return false;
  scan.args = [mentionArg(before[0]!, false)];
  scan.from = it;
  return true;
}

/** A short subject phrase that names nothing the data knows ("Caffeine", "Chronic inflammation"). */
function unknownSubject(toks: Token[], j: number, scan: SubjectScan): void {
  let s = j;
  while (s - 1 >= 0 && !toks[s - 1]!.punct && !toks[s - 1]!.mention && !PHRASE_END.has(toks[s - 1]!.low)) s--;
  if (s > 0 && toks[s - 1]!.mention) return;
  // "inhibition with FK866 lowered NAD+", "act in parallel to maintain NAD+": a preposition's object, not the subject.
  if (s > 0 && PREPOSITIONS.has(toks[s - 1]!.low)) return;
  const words = toks.slice(s, j + 1);
  if (words.length === 0 || words.length > 4) return;
  if (words.some((w) => NON_SUBJECTS.has(w.low) || DETERMINERS.has(w.low) || BE.has(w.low) || MODALS.has(w.low) || DO.has(w.low) || verbHits(w.low).length > 0)) return;
  const first = words[0]!;
  const lastWord = words[words.length - 1]!;
  scan.phrase = { text: words.map((w) => w.text).join(' '), start: first.start, end: lastWord.end, flip: false };
  scan.from = s;
}
