// What a variant key of the gene table (geneVariants.ts: "p53", "IL-1beta", "caspase-9") stands for, by the rules of
// the table's own texts: an approved symbol (in any spelling) names its gene; else a full name names its gene; else
// the aliases and rodent spellings (MGI, RGD synonyms) name their genes, and when they name several, the mention
// lists the candidates. Whether a mention names the rodent's gene is the document's to say (matcher/species.ts).
import type { GeneHit } from './geneHit';
import type { GeneTableData } from './geneTableData';
import { NEEDS_CONTEXT } from './geneFlags';
import { dominantRow, rankByArticles } from './geneRanking';
import { IS_SYMBOL } from './geneTerms';
import { VARIANT_MOUSE, VARIANT_NAME, VARIANT_RAT } from './geneVariants';

/** What variantHit needs of the gene lexicon. */
export interface VariantHitHost {
  readonly table: GeneTableData;
  idOf(row: number): string;
  profileOf(row: number): unknown;
}

const classOf = (info: number): number => (info & IS_SYMBOL ? 0 : info & VARIANT_NAME ? 1 : 2);

export function variantHit(host: VariantHitHost, key: number): GeneHit | null {
  const variants = host.table.variants;
  const n = variants.size(key);
  if (n === 0) return null;
  const best = classOf(variants.termAt(key, 0).info);
  const rows: number[] = [];
  let flags = 0;
  let rodentOnly = true;
  for (let i = 0; i < n; i++) {
    const { row, info } = variants.termAt(key, i);
    if (classOf(info) !== best) continue;
    flags |= info;
    if (!(info & (VARIANT_MOUSE | VARIANT_RAT))) rodentOnly = false;
    if (!rows.includes(row)) rows.push(row);
  }
  const index = host.table.index;
  // Candidates by articles, as the table's own aliases (geneRanking.ts): "Nrf2" is NFE2L2 (1,660) before GABPA (102).
  const ranked = rows.length > 1 ? rankByArticles(rows, index) : rows;
  const ids = [...new Set(ranked.map((row) => host.idOf(row)))];
  const first = ranked[0] ?? -1;
  // Three characters or fewer as in the table ("Akt", "p53": flag t), or loci of unknown type only: only where the
  // text is about genes.
  const short = (flags & NEEDS_CONTEXT) !== 0;
  const loci = rows.every((row) => index.typeAt(row) === 'unknown');
  const hit: GeneHit = {
    id: ids[0] ?? '',
    via: best === 0 ? 'symbol' : best === 1 ? 'name' : 'alias',
    known: host.profileOf(first) !== undefined,
    needsContext: short || loci,
  };
  if (ids.length > 1) {
    hit.candidates = Object.freeze(ids);
    const top = dominantRow(ranked, index);
    if (top >= 0) hit.dominant = host.idOf(top);
  }
  if (rodentOnly) hit.rodentOnly = true;
  return hit;
}
