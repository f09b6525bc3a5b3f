// Species inside one lexicon (issue #14): an entity of kind `species` per NCBI Taxonomy id of taxa.ts ("NCBITaxon:10090",
// shown as "mouse", named "Mus musculus"), and its texts (SPECIES_TERMS) as terms of the profile tries. A word in lower
// case matches as written and capitalized ("mice", "Mice"; not "MEN", multiple endocrine neoplasia), the others as
// written ("HIV-1", "Drosophila"). A text a profile or a family already uses stays theirs.
import { canonicalTerm, foldedTerm } from '../matcher/chars';
import type { Entity, Term } from './entities';
import { SPECIES_TERMS, TAXA, taxonEntityId } from './taxa';

export interface SpeciesTerms {
  species: Map<string, Entity>;
  terms: Term[];
  canons: string[];
}

/** The species' entities and terms, after the texts in `taken` (canonical texts of the terms before them). */
export function speciesTerms(takenCanons: readonly string[]): SpeciesTerms {
  const taken = new Set(takenCanons.map(foldedTerm));
  const species = new Map<string, Entity>();
  const terms: Term[] = [];
  const canons: string[] = [];
  for (const [taxon, texts] of Object.entries(SPECIES_TERMS)) {
    const t = TAXA[taxon];
    if (!t) continue;
    const id = taxonEntityId(taxon);
    species.set(id, { id, kind: 'species', symbol: t.name, name: t.scientific });
    for (const text of texts) {
      const canon = canonicalTerm(text);
      if (!canon || taken.has(foldedTerm(canon))) continue;
      taken.add(foldedTerm(canon));
      const via = text === t.name ? 'symbol' : text === t.scientific ? 'name' : 'synonym';
      const lower = text.charCodeAt(0) >= 97 && text.charCodeAt(0) <= 122;
      for (const written of lower ? [text, `${text.charAt(0).toUpperCase()}${text.slice(1)}`] : [text]) {
        terms.push({ text: written, entityId: id, via, caseSensitive: true });
        canons.push(canonicalTerm(written));
      }
    }
  }
  return { species, terms, canons };
}
