// The hover card of a variant recognized from its notation (core/matcher/variants.ts) with no profile: the text as
// written, its normalized (HGVS) form, the gene named next to it, and links to dbSNP and ClinVar built only from
// validated identifiers (an rs ID; else a ClinVar search by gene symbol and HGVS form). Every data string is escaped.
import { PATTERNS, urls } from '../../shared/links';
import { emphasis, escapeMarkdown, link, strong } from './markdown';

const lines = (...items: string[]): string => items.filter(Boolean).join('  \n');

export interface VariantCardInput {
  /** The text as written ("V600E"). */
  text: string;
  /** The normalized form ("p.Val600Glu"), or the tidied text when there is none. */
  id: string;
  /** The gene named next to it: its symbol and NCBI Gene id when known. */
  gene?: { symbol: string; ncbiGene?: string };
  /** The rs ID the text gives with it. */
  rsid?: string;
}

export function renderVariantCard(v: VariantCardInput): string {
  const hgvs = PATTERNS.hgvs.test(v.id) ? v.id : undefined;
  const title = `${strong(v.text)} · ${emphasis('variant')}`;
  const form = v.id !== v.text ? `${hgvs ? 'HGVS' : 'Read as'}: ${escapeMarkdown(v.id)}` : '';
  const geneUrl = v.gene?.ncbiGene ? urls.ncbiGene(v.gene.ncbiGene) : undefined;
  const gene = v.gene ? `Gene: ${geneUrl ? link(v.gene.symbol, geneUrl) : escapeMarkdown(v.gene.symbol)} (named next to it)` : '';
  const dbsnp = v.rsid ? urls.dbsnp(v.rsid) : undefined;
  const clinvar = urls.clinvar(v.rsid, v.gene?.symbol, hgvs);
  const links = [dbsnp && v.rsid ? link(`dbSNP ${v.rsid}`, dbsnp) : '', clinvar ? link(v.rsid ? `ClinVar ${v.rsid}` : 'ClinVar search', clinvar) : '']
    .filter(Boolean)
    .join(' · ');
  return [title, lines(form, gene, links), 'Recognized from its notation; not in the profile data.'].filter(Boolean).join('\n\n');
}
