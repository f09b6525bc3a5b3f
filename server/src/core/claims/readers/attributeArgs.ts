// Subjects of attribute claims: the nearest mention before the value, over gap words and appositions.
import type { Arg, AttributeClaim, AttributeKind } from '../claim';
import { BE, type Token } from '../sentences/tokens';

export function arg(t: Token): Arg {
  const m = t.mention!;
  return { entityId: m.entityId, mention: m, text: m.text, start: m.start, end: m.end, flip: false };
}

/** The nearest mention before `i` with only `gap` words between (and whether a negation was among them). */
export function subjectBefore(toks: Token[], i: number, gap: ReadonlySet<string>, max = 8): { t: Token; negated: boolean } | undefined {
  let negated = false;
  let skipped = 0;
  for (let k = i - 1; k >= 0 && i - k - skipped <= max; k--) {
    const t = toks[k]!;
    if (t.mention) return { t, negated };
    if (t.low === ',' && toks[k - 1]?.mention) continue; // "NMRK1, on chromosome 5, ..."
    if (t.low === ',') {
      // "NMRK1, the only NR kinase in muscle, is encoded on ...": over the apposition to its head.
      const head = appositionHead(toks, k);
      if (head < 0) return undefined;
      skipped += k - head - 1;
      k = head + 1;
      continue;
    }
    if (t.low === 'not' || t.low === "isn't" || t.low === 'never') negated = true;
    else if (!gap.has(t.low) && !LENGTH_TOKEN.test(t.low)) return undefined;
  }
  return undefined;
}

/** "199-residue", "230-amino-acid": a length on the way to the subject ("a 199-residue protein located at 9q21.13"). */
const LENGTH_TOKEN = /^\d{2,5}-(?:amino-acids?|aa|residues?)$/;

/** For the comma closing ", the only NR kinase in muscle,": the index of the mention before the opening comma, or -1. */
function appositionHead(toks: Token[], comma: number): number {
  for (let k = comma - 1; k >= 1 && comma - k <= 10; k--) {
    const t = toks[k]!;
    if (t.low === ',') return toks[k - 1]?.mention && comma - k >= 2 ? k - 1 : -1;
    if (t.punct || BE.has(t.low)) return -1;
  }
  return -1;
}

export function claim(
  attr: AttributeKind, subject: Token, value: string, valueStart: number, valueEnd: number, negated: boolean,
  extra: Partial<AttributeClaim> = {},
): AttributeClaim {
  return {
    type: 'attribute', attr, subject: arg(subject), value, valueStart, valueEnd, negated,
    start: subject.start, end: Math.max(valueEnd, subject.end), ...extra,
  };
}
