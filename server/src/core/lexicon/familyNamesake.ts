// The namesake of a family: the one member gene the gene table (HGNC, NCBI Gene) names by the family's text as
// written, "AKT" (an alias of AKT1), "VEGF" (VEGFA), "ERK" (MAPK1), "STAT5" (STAT5A). The family stays the mention's
// entity (the hover lists every member and picks none); the namesake is what an exchange format that wants one gene
// per mention is given (the PubTator output, as GNormPlus and NLM-Gene annotate "Akt" with AKT1's id). Where the text
// names several genes, the one that dominates by PubMed articles (geneRanking.ts), or, when all of them are members,
// the most studied ("AMPK": PRKAA1). None when the text names no gene, or several not all members without one that
// dominates, or a gene that is no member of the family, or a gene only through a rodent's synonym ("Wnt" is a rat
// synonym of Wnt2: the WNT family has no namesake).
import type { Lexicon } from '../types';
import type { GeneHit } from './geneHit';

/**
 * A family of more members has no namesake: its text names the class ("GPCR", "S100", "HDAC", "IFN", "PI3K"), and a
 * member with that text as an alias (GPRC6A, S100B, HDAC9, IFNA1) is a stray of the gene table, or one the corpora do
 * not agree on (PI3K: PIK3CA or PIK3CB). Chosen with `npm run eval` (document-level F1, GNormPlus / NLM-Gene / BioRED /
 * tmVar3): no limit 0.7847/0.8480/0.8390/0.8687, 10 members 0.7865/0.8490/0.8391/0.8687, 7 0.7865/0.8523/0.8402/0.8687,
 * 5 0.7856/0.8511/0.8371/0.8687. Seven keeps AMPK (PRKAA1) and AP-1 (JUN).
 */
const MAX_MEMBERS = 7;

/** The gene table's reading of `text` as written (or spelled: geneVariants.ts), if any. */
function writtenHit(lexicon: Lexicon, text: string): GeneHit | null {
  const genes = lexicon.genes;
  if (!genes) return null;
  let key = genes.terms.lookup(text);
  if (key < 0) {
    const spelled = genes.table.variants.lookup(text);
    if (spelled >= 0) key = genes.terms.keyCount + spelled;
  }
  return genes.hitOf(key);
}

/**
 * The gene the gene table names by `text` as written (or spelled: geneVariants.ts), one or the dominant one; with
 * `rodent` false, not through a mouse or rat synonym alone.
 */
export function writtenGene(lexicon: Lexicon, text: string, rodent = true): string | undefined {
  const hit = writtenHit(lexicon, text);
  if (!hit || (!rodent && hit.rodentOnly)) return undefined;
  return hit.candidates ? hit.dominant : hit.id;
}

/**
 * The entity id of the family's namesake member as `text` writes it, or undefined. A text the table gives several
 * genes, all of them members ("AMPK": PRKAA1, PRKAA2, PRKAB1; "STAT5": STAT5A, STAT5B), names the most studied of them
 * (PRKAA1, STAT5A), as GNormPlus, NLM-Gene and BioRED annotate "AMPK" with PRKAA1's id.
 */
export function familyNamesake(lexicon: Lexicon, familyId: string, text: string): string | undefined {
  const family = lexicon.get(familyId)?.family;
  if (!family || family.members.length > MAX_MEMBERS) return undefined;
  const hit = writtenHit(lexicon, text);
  if (!hit || hit.rodentOnly) return undefined;
  const member = (id: string): boolean => family.members.includes(lexicon.get(id)?.symbol ?? '');
  const id = hit.candidates ? hit.dominant : hit.id;
  if (id !== undefined) return member(id) ? id : undefined;
  return hit.candidates?.every(member) ? hit.candidates[0] : undefined;
}
