// The Gene Ontology as the judge asks it about a gene: where its annotations lie against a term a claim names (at or
// below it, above it, or nowhere near), and which experimental annotations place it elsewhere. Reads the gene-functions
// table (lexicon/geneFunctions.ts) on the first claim that needs it, never on a keystroke's path (hover reads it too).
import type { Lexicon } from '../../types';
import type { ClaimPlace, ClaimRow, GeneFunctions, GoAnnotation } from '../../lexicon/geneFunctions';

/** A gene's GO claim data, ready to ask. */
export interface GeneGo {
  symbol: string;
  ncbi: string;
  row: ClaimRow;
  functions: GeneFunctions;
}

/** An experimental annotation and the vocabulary term it was found under. */
export interface Placed {
  term: string; // the vocabulary term's GO id
  annotation: GoAnnotation & { lowThroughput: boolean; under: readonly number[] };
}

export class GeneOntologyFacts {
  constructor(private readonly lexicon: Lexicon, private readonly functions: GeneFunctions | undefined) {}

  /** The claim data of a gene entity, or undefined (not a gene, no NCBI Gene id, no table or no row). */
  gene(entityId: string): GeneGo | undefined {
    const functions = this.functions;
    const entity = this.lexicon.get(entityId);
    if (!functions || !entity || entity.kind !== 'gene') return undefined;
    const record = entity.geneRow !== undefined ? this.lexicon.genes?.record(entity.geneRow) : undefined;
    const fact = entity.profile?.profile.identifiers?.ncbiGene?.value;
    const ncbi = record?.ncbiGene ?? (typeof fact === 'string' ? fact : undefined);
    const row = ncbi ? functions.claimsOf(ncbi) : undefined;
    return row && ncbi ? { symbol: entity.symbol, ncbi, row, functions } : undefined;
  }
}

/** How the gene's annotations lie against a term (by GO id): undefined when unrelated or not in the vocabulary. */
export function placeOf(go: GeneGo, goId: string): ClaimPlace | undefined {
  const v = go.functions.claimTerm(goId);
  return v === undefined ? undefined : go.row.get(v);
}

/** Whether the gene has an annotation related to any of the terms (at, below or above). */
export function relatedToAny(go: GeneGo, ids: readonly string[]): boolean {
  return ids.some((id) => placeOf(go, id) !== undefined);
}

/** The experimental annotation at or below a term, if any. */
export function experimentalAt(go: GeneGo, goId: string): Placed | undefined {
  const p = placeOf(go, goId);
  return p?.experimental ? { term: goId, annotation: p.experimental } : undefined;
}

/**
 * Experimental annotations at or below the given terms whose term lies under none of `claimed` (by vocabulary
 * number): the places or functions the data gives instead. Low-throughput assays first.
 */
export function experimentalElsewhere(go: GeneGo, terms: Iterable<string>, claimed: readonly string[]): Placed[] {
  const claimedNumbers = claimed.map((id) => go.functions.claimTerm(id)).filter((v): v is number => v !== undefined);
  const out: Placed[] = [];
  const seen = new Set<string>();
  for (const id of terms) {
    const placed = experimentalAt(go, id);
    if (!placed || seen.has(placed.annotation.id)) continue;
    if (placed.annotation.under.some((v) => claimedNumbers.includes(v))) continue;
    seen.add(placed.annotation.id);
    out.push(placed);
  }
  return out.sort((a, b) => Number(b.annotation.lowThroughput) - Number(a.annotation.lowThroughput));
}
