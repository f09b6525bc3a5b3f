// Location claims with a word of degree between the verb and the place: "PARP1 is found mainly in the nucleus",
// "SIRT3 localizes exclusively to mitochondria", "CD38 is expressed predominantly on the cell surface". (Without one,
// "resides in the cytoplasm" and "is a nuclear protein" are read by typeAndCompartment in attributes.ts.) The claim
// is 'subcellular' and `restrictive` when the degree word says where mostly or only.
import type { AttributeClaim } from '../claim';
import { compartmentAt, compartmentList } from '../attributeWords';
import { isWord, set, type Token } from '../sentences/tokens';
import { findSubject } from './subjects';

const CUES = set(
  'found present located localized localised localizes localises localize localise resides reside residing ' +
  'detected expressed distributed concentrated enriched targeted confined restricted',
);
const DEGREE = set(
  'mainly mostly primarily predominantly largely chiefly principally preferentially exclusively only solely ' +
  'strictly entirely almost predominately',
);
const PREPS = set('in to within inside at on into');

/** Words such a claim needs: its cue ("found", "localized"). */
export function compartmentDegreeWord(low: string): boolean {
  return CUES.has(low);
}

/** "X is found mainly in the nucleus" (and the nucleus and the cytoplasm named together: every compartment). */
export function compartmentDegree(toks: Token[], out: AttributeClaim[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!CUES.has(t.low) || t.mention) continue;
    let k = i + 1;
    while (isWord(toks[k], ...DEGREE)) k++;
    if (k === i + 1 || !isWord(toks[k], ...PREPS)) continue;
    k++;
    while (isWord(toks[k], 'the', 'a', 'an')) k++;
    const place = compartmentAt(toks, k);
    if (!place) continue;
    const { values, end } = compartmentList(toks, place);
    const first = toks[place.start]!;
    const last = toks[place.end - 1]!;
    const scan = findSubject(toks, i);
    for (const s of scan.args) {
      if (s.flip || !s.mention) continue;
      out.push({
        type: 'attribute', attr: 'subcellular', subject: s, value: place.canonical, values, valueStart: first.start,
        valueEnd: last.end, negated: scan.negated, form: place.adjective ? 'adjective' : 'noun', restrictive: true,
        start: s.start, end: Math.max(s.end, toks[end - 1]!.end),
      });
    }
    i = end - 1;
  }
}
