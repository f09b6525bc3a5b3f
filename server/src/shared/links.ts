// Links to the databases, built only from a fixed https base and an identifier that matches a strict pattern (data
// strings never become URLs), and how a profile file is named: shared by the hover cards (core/render/) and the
// client's profile page, which must link and label alike.

/** A URL built by `urls` from a fixed base and a validated identifier. The brand keeps data strings out of `link()`. */
export interface SafeUrl {
  readonly href: string;
  readonly __safe: true;
}

function build(base: string, id: string, pattern: RegExp, suffix = ''): SafeUrl | undefined {
  const trimmed = id.trim();
  if (!pattern.test(trimmed)) return undefined;
  return { href: `${base}${trimmed}${suffix}`, __safe: true };
}

export const PATTERNS = {
  pmid: /^[1-9]\d{0,8}$/,
  ncbiGene: /^[1-9]\d{0,9}$/,
  ncbiTaxon: /^[1-9]\d{0,8}$/,
  hgnc: /^HGNC:[1-9]\d{0,6}$/,
  uniprot: /^(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
  rsid: /^rs[1-9]\d{0,11}$/,
  /** A variant as core/matcher/variants.ts normalizes it (c.35G>A, p.Val600Glu, p.(Arg72Pro)). */
  hgvs: /^[cgmnrp]\.[A-Za-z0-9_+*>=()-]{1,60}$/,
  geneSymbol: /^[A-Za-z0-9][A-Za-z0-9.-]{0,23}$/,
  chebi: /^CHEBI:[1-9]\d{0,7}$/,
  mesh: /^[CD]\d{6,9}$/,
  doid: /^DOID:\d{1,8}$/,
  hmdb: /^HMDB\d{7}$/,
  ensembl: /^ENSG\d{11}$/,
  doi: /^10\.\d{4,9}\/[A-Za-z0-9._;/:-]{1,200}$/,
} as const;

export const urls = {
  pubmed: (pmid: string) => build('https://pubmed.ncbi.nlm.nih.gov/', pmid, PATTERNS.pmid, '/'),
  ncbiGene: (id: string) => build('https://www.ncbi.nlm.nih.gov/gene/', id, PATTERNS.ncbiGene),
  ncbiTaxonomy: (id: string) => build('https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=', id, PATTERNS.ncbiTaxon),
  /** The PubMed articles NCBI Gene links to a gene (gene2pubmed). */
  genePubmed: (id: string) => build('https://pubmed.ncbi.nlm.nih.gov/?linkname=gene_pubmed&from_uid=', id, PATTERNS.ncbiGene),
  hgnc: (id: string) => build('https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/', id, PATTERNS.hgnc),
  uniprot: (acc: string) => build('https://www.uniprot.org/uniprotkb/', acc, PATTERNS.uniprot, '/entry'),
  dbsnp: (rsid: string) => build('https://www.ncbi.nlm.nih.gov/snp/', rsid, PATTERNS.rsid),
  chebi: (id: string) => build('https://www.ebi.ac.uk/chebi/searchId.do?chebiId=', id, PATTERNS.chebi),
  hmdb: (id: string) => build('https://hmdb.ca/metabolites/', id, PATTERNS.hmdb),
  mesh: (id: string) => build('https://meshb.nlm.nih.gov/record/ui?ui=', id, PATTERNS.mesh),
  doid: (id: string) => build('https://disease-ontology.org/?id=', id, PATTERNS.doid),
  ensembl: (id: string) => build('https://www.ensembl.org/Homo_sapiens/Gene/Summary?g=', id, PATTERNS.ensembl),
  doi: (doi: string) => build('https://doi.org/', doi, PATTERNS.doi),
  /** A ClinVar search: by rs ID, else by gene and HGVS form (both validated, then URL-encoded). */
  clinvar: (rsid: string | undefined, gene: string | undefined, hgvs: string | undefined): SafeUrl | undefined => {
    const base = 'https://www.ncbi.nlm.nih.gov/clinvar/?term=';
    if (rsid !== undefined && PATTERNS.rsid.test(rsid)) return { href: `${base}${rsid}`, __safe: true };
    if (gene === undefined || hgvs === undefined || !PATTERNS.geneSymbol.test(gene) || !PATTERNS.hgvs.test(hgvs)) return undefined;
    return { href: `${base}${encodeURIComponent(`${gene}[gene] AND ${hgvs}`)}`, __safe: true };
  },
};

/** The profile file as shown on a card: relative from the folder that holds `profiles/`, never absolute. */
export function profileLabel(uri: string): string {
  let path = uri.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form
  }
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const at = parts.lastIndexOf('profiles');
  return parts.slice(at > 0 ? at - 1 : Math.max(0, parts.length - 1)).join('/');
}
