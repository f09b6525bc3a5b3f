// The namesake of a family: the one member gene the gene table (HGNC, NCBI Gene) names by the family's text as
// written, "AKT" (an alias of AKT1), "VEGF" (VEGFA), "ERK" (MAPK1), "STAT5" (STAT5A). The family stays the mention's
// entity (the hover lists every member and picks none); the namesake is what an exchange format that wants one gene
// per mention is given (the PubTator output, as GNormPlus and NLM-Gene annotate "Akt" with AKT1's id). None when the
// text names no gene, or several without one that dominates by PubMed articles (geneRanking.ts), or a gene that is no
// member of the family, or a gene only through a rodent's synonym ("Wnt" is a rat synonym of Wnt2: the WNT family has
// no namesake).
import type { Lexicon } from '../types';

/**
 * The gene the gene table names by `text` as written (or spelled: geneVariants.ts), one or the dominant one; with
 * `rodent` false, not through a mouse or rat synonym alone.
 */
export function writtenGene(lexicon: Lexicon, text: string, rodent = true): string | undefined {
  const genes = lexicon.genes;
  if (!genes) return undefined;
  let key = genes.terms.lookup(text);
  if (key < 0) {
    const spelled = genes.table.variants.lookup(text);
    if (spelled >= 0) key = genes.terms.keyCount + spelled;
  }
  const hit = genes.hitOf(key);
  if (!hit || (!rodent && hit.rodentOnly)) return undefined;
  return hit.candidates ? hit.dominant : hit.id;
}

/** The entity id of the family's namesake member as `text` writes it, or undefined. */
export function familyNamesake(lexicon: Lexicon, familyId: string, text: string): string | undefined {
  const family = lexicon.get(familyId)?.family;
  if (!family || !lexicon.genes) return undefined;
  const id = writtenGene(lexicon, text, false);
  const symbol = id === undefined ? undefined : lexicon.get(id)?.symbol;
  return symbol !== undefined && family.members.includes(symbol) ? id : undefined;
}
