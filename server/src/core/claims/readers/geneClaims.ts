// Family and gene claims: "NMRK1 is a member of the X family", "rs12611 lies in the SIRT1 gene".
import type { AttributeClaim } from '../claim';
import type { Mention } from '../../types';
import { arg, claim, subjectBefore } from './attributeArgs';
import { BE, isWord, set, type Token } from '../sentences/tokens';

const FAMILY_GAP = set('is are was a an the member members of belongs belong to part in from one novel known classified as also');
const VARIANT_WORDS = set(
  'on the a an of variant snp polymorphism intron exon promoter region intronic exonic missense synonymous coding ' +
  'noncoding non-coding common rare regulatory functional single nucleotide located',
);
const VARIANT_CUES = set('lies lie located maps map mapped sits falls fall resides found is are within in to');

/** Words a family claim needs. */
export function familyWord(low: string): boolean {
  return low === 'family' || low === 'superfamily' || low === 'subfamily';
}

export function family(toks: Token[], out: AttributeClaim[]): void {
  toks.forEach((t, i) => {
    if (!isWord(t, 'family', 'superfamily', 'subfamily')) return;
    let s = i - 1;
    while (s >= 0 && i - s <= 6 && !toks[s]!.punct && !isWord(toks[s], 'the', 'a', 'an', 'of', 'to', 'in', 'from')) s--;
    if (s < 0 || s === i - 1 || !isWord(toks[s], 'the', 'a', 'an')) return;
    const nameToks = toks.slice(s + 1, i);
    const subject = subjectBefore(toks, s, FAMILY_GAP, 8);
    if (!subject || nameToks.some((x) => x.mention?.entityId === subject.t.mention?.entityId)) return;
    const first = nameToks[0]!;
    const last = nameToks[nameToks.length - 1]!;
    out.push(claim('family', subject.t, nameToks.map((x) => x.text).join(' '), first.start, last.end, subject.negated));
  });
}

/** A variant gene claim needs a variant's mention. */
export function variantMention(m: Mention): boolean {
  return m.kind === 'variant';
}

export function variantGene(toks: Token[], out: AttributeClaim[]): void {
  toks.forEach((t, i) => {
    if (t.mention?.kind !== 'variant') return;
    // "the SIRT1 variant rs12611"
    const before = toks[i - 1];
    const before2 = toks[i - 2];
    if (isWord(before, 'variant', 'snp', 'polymorphism') && before2 && geneLike(before2)) {
      out.push(geneClaim(t, before2, false));
      return;
    }
    let k = i + 1;
    let negated = false;
    let cue = false;
    while (k < toks.length && k - i <= 6) {
      const w = toks[k]!;
      if (w.low === 'not') negated = true;
      else if (VARIANT_CUES.has(w.low) || VARIANT_WORDS.has(w.low)) cue ||= !BE.has(w.low);
      else break;
      k++;
    }
    const g = toks[k];
    if (!cue || !g || !geneLike(g)) return;
    const after = toks[k + 1];
    if (!g.mention && !isWord(after, 'gene', 'locus', 'variant')) return;
    out.push(geneClaim(t, g, negated));
  });
}

function geneLike(t: Token): boolean {
  if (t.mention) return t.mention.kind === 'gene' || t.mention.kind === 'complex' || t.mention.kind === 'family';
  return /^[A-Z][A-Z0-9-]{1,11}$/.test(t.text) && /[A-Z]{2}/.test(t.text);
}

function geneClaim(variant: Token, gene: Token, negated: boolean): AttributeClaim {
  const value = gene.mention ? gene.mention.entityId : gene.text;
  return {
    type: 'attribute', attr: 'variantGene', subject: arg(variant), value, valueStart: gene.start, valueEnd: gene.end, negated,
    start: Math.min(variant.start, gene.start), end: Math.max(variant.end, gene.end),
  };
}
