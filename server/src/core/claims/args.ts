// Finding the arguments of a claim verb: the subject before it (through hedges, negation, appositions, relative
// clauses and coordination) and the object after it.
import type { Arg } from './claim';
import {
  ARG_SUFFIX, BE, COMPOUND_HEADS, DO, FLIP_PREFIX, FLIP_SUFFIX, MODALS, NEGATORS, OBJECT_BLOCK, OBJECT_GAP, PHRASE_END, SUBJECT_GAP,
  isWord, set, type Token,
} from './tokens';
import { verbHits } from './vocabulary';

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
}

const COORD = set('and or nor & / as-well-as plus');
const DETERMINERS = set('the a an this these those its their our his her such some any each every no');
const NON_SUBJECTS = set(
  'it this that these those they we he she you i which who there here what study studies data result results ' +
  'evidence researchers authors section figure fig table note paper review chapter article work analysis one ' +
  'enzyme protein gene kinase molecule compound pathway cell cells',
);

function mentionArg(t: Token, flip: boolean): Arg {
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
    } else if (COMPOUND_HEADS.has(w) && toks[j - 1]?.mention) {
      // "NAMPT inhibitors lower NAD+": the subject is the compound, which no profile describes.
      const m = toks[j - 1]!;
      if (toks[j - 2] && !toks[j - 2]!.punct && !PHRASE_END.has(toks[j - 2]!.low) && !DETERMINERS.has(toks[j - 2]!.low)) return scan;
      scan.phrase = { text: `${m.text} ${t.text}`, start: m.start, end: t.end, flip: false };
      scan.from = j - 1;
      return scan;
    } else if (FLIP_SUFFIX.has(w)) {
      flip = !flip;
    } else if (!(SUBJECT_GAP.has(w) || DO.has(w) || MODALS.has(w) || ARG_SUFFIX.has(w) || w === 'not')) {
      if ((w === 'that' || w === 'which' || w === 'who') && relativeAntecedent(toks, j, scan, flip)) return scan;
      unknownSubject(toks, j, scan);
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
  if (isWord(toks[p], 'neither')) scan.negated = !scan.negated;
  if (isWord(toks[p], 'both', 'either', 'neither')) p--;
  // "loss of systemic NAD+": one adjective may stand between the flipping noun and the entity.
  if (toks[p] && !toks[p]!.punct && !toks[p]!.mention && isWord(toks[p - 1], 'of', 'in') && FLIP_PREFIX.has(toks[p - 2]?.low ?? '')) p--;
  if ((isWord(toks[p], 'of', 'in') && FLIP_PREFIX.has(toks[p - 1]?.low ?? '')) || FLIP_PREFIX.has(toks[p]?.low ?? '')) {
    flip = !flip;
  }
  scan.args = group.map((g) => mentionArg(toks[g]!, flip));
  scan.from = group[0]!;
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

/** A short subject phrase that names nothing the data knows ("Caffeine", "Chronic inflammation"). */
function unknownSubject(toks: Token[], j: number, scan: SubjectScan): void {
  let s = j;
  while (s - 1 >= 0 && !toks[s - 1]!.punct && !toks[s - 1]!.mention && !PHRASE_END.has(toks[s - 1]!.low)) s--;
  if (s > 0 && toks[s - 1]!.mention) return;
  // "inhibition with FK866 lowered NAD+": an instrument, not the subject.
  if (isWord(toks[s - 1], 'with', 'using', 'via', 'by', 'through', 'from')) return;
  const words = toks.slice(s, j + 1);
  if (words.length === 0 || words.length > 4) return;
  if (words.some((w) => NON_SUBJECTS.has(w.low) || DETERMINERS.has(w.low) || BE.has(w.low) || verbHits(w.low).length > 0)) return;
  const first = words[0]!;
  const lastWord = words[words.length - 1]!;
  scan.phrase = { text: words.map((w) => w.text).join(' '), start: first.start, end: lastWord.end, flip: false };
  scan.from = s;
}

export interface ObjectScan {
  args: Arg[];
  phrase?: Arg;
  /** Index after the object. */
  end: number;
  /** "expression" when the object is the entity's expression. */
  mechanism?: 'expression' | 'activity';
}

/** Scans forward from `i` to the object: recognized entities (coordinated), or an unknown phrase. */
export function findObject(toks: Token[], i: number, stop: number = toks.length): ObjectScan {
  const scan: ObjectScan = { args: [], end: i };
  let flip = false;
  let k = i;
  while (k < stop) {
    const t = toks[k]!;
    if (t.mention || t.punct) break;
    if (FLIP_PREFIX.has(t.low)) flip = !flip;
    else if (t.low === 'expression' || t.low === 'transcription') scan.mechanism = 'expression';
    else if (!OBJECT_GAP.has(t.low)) break;
    k++;
  }
  // "the catalytic activity of NMRK1": modifiers, a gap noun, "of", then the entity.
  for (let a = k; a < Math.min(stop, k + 3); a++) {
    const t = toks[a]!;
    if (t.punct || t.mention || PHRASE_END.has(t.low)) break;
    if (OBJECT_GAP.has(t.low) && t.low !== 'of' && toks[a + 1]?.low === 'of' && toks[a + 2]?.mention) {
      if (t.low === 'expression' || t.low === 'transcription') scan.mechanism = 'expression';
      k = a + 2;
      break;
    }
  }
  const first = toks[k];
  if (!first || k >= stop || first.punct) return scan;
  if (!first.mention) {
    // "the deacetylase SIRT1": a few plain words, then the entity.
    for (let a = k + 1; a < Math.min(stop, k + 3); a++) {
      const t = toks[a]!;
      if (t.punct || PHRASE_END.has(t.low) || t.low === 'of') break;
      if (t.mention) return findObject(toks, a, stop);
    }
    return unknownObject(toks, k, stop, scan);
  }
  let m = k;
  for (;;) {
    let argFlip = flip;
    let n = m + 1;
    while (n < stop && !toks[n]!.mention && !toks[n]!.punct) {
      const low = toks[n]!.low;
      if (FLIP_SUFFIX.has(low)) argFlip = !argFlip;
      else if (low === 'expression' || low === 'transcription') scan.mechanism = 'expression';
      else if (!ARG_SUFFIX.has(low)) break;
      n++;
    }
    if (COMPOUND_HEADS.has(toks[n]?.low ?? '') && !toks[n]!.mention) {
      // "binds the insulin receptor": the object is the compound, not the entity.
      if (scan.args.length === 0) {
        scan.phrase = { text: `${toks[m]!.text} ${toks[n]!.text}`, start: toks[m]!.start, end: toks[n]!.end, flip: false };
        scan.end = n + 1;
      }
      break;
    }
    scan.args.push(mentionArg(toks[m]!, argFlip));
    scan.end = n;
    // Coordination: ", SIRT3", "and SIRT3", "/SIRT3", ", and SIRT3".
    let c = n;
    while (c < stop && (toks[c]!.low === ',' || COORD.has(toks[c]!.low) || toks[c]!.low === 'the' ||
      (toks[c]!.low === 'as' && toks[c + 1]?.low === 'well' && toks[c + 2]?.low === 'as'))) c += toks[c]!.low === 'as' ? 3 : 1;
    if (c === n || c >= stop || !toks[c]!.mention) break;
    // A mention followed by its own verb starts a new clause.
    let v = c + 1;
    while (v < stop && !toks[v]!.punct && (ARG_SUFFIX.has(toks[v]!.low) || SUBJECT_GAP.has(toks[v]!.low) || MODALS.has(toks[v]!.low))) v++;
    if (v < stop && (verbHits(toks[v]!.low).length > 0 || BE.has(toks[v]!.low) || DO.has(toks[v]!.low))) break;
    m = c;
  }
  return scan;
}

function unknownObject(toks: Token[], k: number, stop: number, scan: ObjectScan): ObjectScan {
  const first = toks[k]!;
  if (OBJECT_BLOCK.has(first.low) || PHRASE_END.has(first.low) || BE.has(first.low)) return scan;
  let e = k;
  while (e < stop && e - k < 8) {
    const t = toks[e]!;
    if (t.punct || t.mention || (e > k && PHRASE_END.has(t.low) && t.low !== 'of')) break;
    e++;
  }
  // "of" may belong to the phrase ("risk of obesity"); a trailing one does not.
  while (e > k && toks[e - 1]!.low === 'of') e--;
  if (e === k) return scan;
  const last = toks[e - 1]!;
  scan.phrase = { text: toks.slice(k, e).map((t) => t.text).join(' '), start: first.start, end: last.end, flip: false };
  scan.end = e;
  return scan;
}
