// Finding the object of a claim verb: recognized entities after it (coordinated, through modifiers such as "the
// catalytic activity of"), or a short phrase no profile names.
import type { Arg } from '../claim';
import { mentionArg } from './subjects';
import { COORD } from './argWords';
import { ARG_SUFFIX, BE, COMPOUND_HEADS, DO, FLIP_PREFIX, FLIP_SUFFIX, MODALS, OBJECT_BLOCK, OBJECT_GAP, PHRASE_END, SUBJECT_GAP, type Token } from '../sentences/tokens';
import { verbHits } from '../vocabulary';

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
    // "the age-dependent decline of NAD+": a modifier, a loss noun, "of", then the entity (its sign turned).
    if (a > k && FLIP_PREFIX.has(t.low) && toks[a + 1]?.low === 'of' && toks[a + 2]?.mention) {
      flip = !flip;
      k = a + 2;
      break;
    }
  }
  const first = toks[k];
  if (!first || k >= stop || first.punct) return scan;
  if (!first.mention) {
    // "the deacetylase SIRT1", "the type III deacetylase SIRT1": a few plain words (an apposition), then the entity.
    for (let a = k + 1; a < Math.min(stop, k + 4); a++) {
      const t = toks[a]!;
      if (t.punct || PHRASE_END.has(t.low) || t.low === 'of' || BE.has(t.low) || verbHits(t.low).length > 0) break;
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
    if (t.punct || t.mention || (e > k && PHRASE_END.has(t.low) && t.low !== 'of') || (e > k && (BE.has(t.low) || MODALS.has(t.low)))) break;
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
