// Tissue claims: "NMRK2 is mainly found in the brain", "In heart and skeletal muscle, NMRK2 is concentrated",
// "NMRK2 is absent from the heart". One claim per cue word, with the tissues of its clause.
import { findSubject } from './subjects';
import type { AttributeClaim } from '../claim';
import { tissueAt, type Phrase } from '../attributeWords';
import { isWord, set, type Token } from '../sentences/tokens';

const STRONG_TISSUE = set('mainly mostly primarily predominantly chiefly exclusively specifically only concentrated restricted confined largely selectively');
const WEAK_TISSUE = set('highly enriched abundant abundantly preferentially');
const TISSUE_CUES = set('expressed found present detected concentrated enriched abundant restricted confined located absent missing undetectable');
const ABSENT = set('absent missing undetectable');

/** Words a tissue claim needs: its cue ("expressed", "absent"). */
export function tissueWord(low: string): boolean {
  return TISSUE_CUES.has(low);
}

/** "NMRK2 is mainly found in the brain", "In heart and skeletal muscle, NMRK2 is concentrated." One claim per cue. */
export function tissue(toks: Token[], out: AttributeClaim[]): void {
  const cues = toks.map((t, i) => (TISSUE_CUES.has(t.low) && !t.mention ? i : -1)).filter((i) => i >= 0);
  cues.forEach((cue, n) => {
    const scan = findSubject(toks, cue);
    if (scan.args.length === 0) return;
    const until = cues[n + 1] ?? toks.length;
    let places = placesIn(toks, cue + 1, clauseEnd(toks, cue + 1, until));
    let strongFrom = scan.from;
    if (places.length === 0 && scan.from > 0 && toks[scan.from - 1]?.low === ',') {
      places = placesIn(toks, 0, scan.from - 1); // fronted: "In heart and skeletal muscle, NMRK2 is concentrated"
      strongFrom = 0;
    }
    if (places.length === 0) return;
    const last = toks[places[places.length - 1]!.end - 1]!;
    const first = toks[places[0]!.start]!;
    const span = toks.slice(strongFrom, Math.max(cue + 1, places[places.length - 1]!.end));
    const strong = span.some((t) => STRONG_TISSUE.has(t.low));
    const weak = span.some((t) => WEAK_TISSUE.has(t.low));
    for (const s of scan.args) {
      out.push({
        type: 'attribute', attr: 'tissue', subject: s, value: places[0]!.canonical, values: places.map((p) => p.canonical),
        valueStart: first.start, valueEnd: last.end, negated: scan.negated !== ABSENT.has(toks[cue]!.low), restrictive: strong, form: weak && !strong ? 'adjective' : 'noun',
        start: Math.min(s.start, first.start), end: Math.max(s.end, last.end),
      });
    }
  });
}

function clauseEnd(toks: Token[], from: number, until: number): number {
  for (let k = from; k < until; k++) {
    const t = toks[k]!;
    if (t.low === ';' || (t.low === ',' && isWord(toks[k + 1], 'while', 'whereas', 'but', 'and', 'although'))) return k;
    if (t.mention && !isWord(toks[k - 1], 'and', 'or')) return k;
  }
  return until;
}

function placesIn(toks: Token[], from: number, to: number): Phrase[] {
  const places: Phrase[] = [];
  for (let k = from; k < to; k++) {
    const p = tissueAt(toks, k);
    if (p && p.end <= to) {
      places.push(p);
      k = p.end - 1;
    }
  }
  return places;
}

