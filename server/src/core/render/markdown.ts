// Markdown building blocks for hover cards. Data text is never trusted: escapeMarkdown() makes any string render as
// plain text (no links, images, HTML, emphasis or code), and links are only ever built here, from a fixed https base
// and an identifier that matches a strict pattern. Anything else gets no link.

/** Characters that start Markdown syntax anywhere in a line; `&`, `<` and `>` are HTML-escaped instead. */
const INLINE_SPECIAL = /[\\`*_[\]()#!|{}~@]/g;

/**
 * Escapes data text so that it renders literally in a Markdown hover: `\ ` * _ [ ] ( ) # ! | { } ~ @` get a backslash,
 * `& < >` become entities, line breaks and control characters collapse into single spaces. `+`, `-` and `.` inside
 * words are left alone ("NAD+", "NAD+-dependent", "rs12611"); only a leading `+`, `-`, `=` or "12." that could start
 * a list or heading is escaped. Bare URLs are broken up so no renderer autolinks them.
 */
export function escapeMarkdown(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  let out = flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, '\\$&')
    // Autolinks: "https://x", "javascript:", "www.x" must not become links.
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  if (/^[+\-=]/.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** Bold, escaped. */
export function strong(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped ? `**${escaped}**` : '';
}

/** Italic, escaped. */
export function emphasis(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped ? `*${escaped}*` : '';
}

/** A link with an escaped label to a URL built by one of the builders below (never to a URL from data). */
export function link(label: string, url: SafeUrl): string {
  return `[${escapeMarkdown(label)}](${url.href})`;
}

/** A URL built here from a fixed base and a validated identifier. The brand keeps data strings out of `link()`. */
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
  hgnc: /^HGNC:[1-9]\d{0,6}$/,
  uniprot: /^(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
  rsid: /^rs[1-9]\d{0,11}$/,
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
  hgnc: (id: string) => build('https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/', id, PATTERNS.hgnc),
  uniprot: (acc: string) => build('https://www.uniprot.org/uniprotkb/', acc, PATTERNS.uniprot, '/entry'),
  dbsnp: (rsid: string) => build('https://www.ncbi.nlm.nih.gov/snp/', rsid, PATTERNS.rsid),
  chebi: (id: string) => build('https://www.ebi.ac.uk/chebi/searchId.do?chebiId=', id, PATTERNS.chebi),
  hmdb: (id: string) => build('https://hmdb.ca/metabolites/', id, PATTERNS.hmdb),
  mesh: (id: string) => build('https://meshb.nlm.nih.gov/record/ui?ui=', id, PATTERNS.mesh),
  doid: (id: string) => build('https://disease-ontology.org/?id=', id, PATTERNS.doid),
  ensembl: (id: string) => build('https://www.ensembl.org/Homo_sapiens/Gene/Summary?g=', id, PATTERNS.ensembl),
  doi: (doi: string) => build('https://doi.org/', doi, PATTERNS.doi),
};

/** Shortens text to at most `max` characters, at a sentence end if one is near, else at a word. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentence >= max * 0.5) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
