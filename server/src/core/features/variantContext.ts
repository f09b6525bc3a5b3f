// What a variant mention is about, read from the mentions around it: the gene named next to it ("BRAF V600E", or the
// nearest gene in the same sentence) and the rs ID the text gives with it ("c.35G>A (rs80338939)"). Used by the hover
// card and the PubTator output. Reads at most a few mentions on either side and a bounded stretch of text.
import type { Mention } from '../types';

/** How far a gene may be from the variant, in characters, and still be its gene. */
const MAX_GAP = 160;
/** How far an rs ID may follow the variant ("c.35G>A (rs80338939)"). */
const RS_GAP = 3;

export interface VariantContext {
  gene?: Mention;
  rsid?: string;
}

/** Whether text[from, to) crosses a sentence end (". " before a capital or a digit, a line break, ";"). */
function crossesSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 59) return true;
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(k + 1) === 32) {
      const n = text.charCodeAt(k + 2);
      if ((n >= 65 && n <= 90) || (n >= 48 && n <= 57)) return true;
    }
  }
  return false;
}

/** The gene and rs ID of the variant `mentions[at]` (mentions sorted by start). */
export function variantContext(text: string, mentions: readonly Mention[], at: number): VariantContext {
  const v = mentions[at];
  if (!v) return {};
  const out: VariantContext = {};
  let best = Infinity;
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || v.start - m.end > MAX_GAP) break;
    if (m.kind !== 'gene' || (m.candidates?.length ?? 0) > 1) continue;
    if (crossesSentence(text, m.end, v.start)) break;
    best = v.start - m.end;
    out.gene = m;
    break;
  }
  for (let k = at + 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start - v.end > MAX_GAP) break;
    if (m.kind === 'variant' && m.via === 'rsid' && m.start - v.end <= RS_GAP && out.rsid === undefined) out.rsid = m.entityId;
    if (m.kind !== 'gene' || (m.candidates?.length ?? 0) > 1) continue;
    // "BRAF V600E" wins over a gene after it; otherwise the nearer one.
    if (m.start - v.end < best && best > 1 && !crossesSentence(text, v.end, m.start)) out.gene = m;
    break;
  }
  if (v.via === 'rsid') out.rsid = v.entityId;
  return out;
}
