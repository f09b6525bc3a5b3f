// Document links: identifiers written in the prose ("PMID:27725675", "PMID 27725675", "rs12611", "CHEBI:15927",
// "HGNC:26057", "GeneID:54981", "UniProt:Q9NWW6", "HMDB0000855") open their public page. Every target is built by
// render/markdown.ts `urls` from a fixed https base and an identifier that passed its strict pattern; text inside
// code, URLs and other markup (markup/regions.ts) is left alone.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { excludedRegions, isExcluded } from '../markup/regions';
import { urls, type SafeUrl } from '../render/markdown';
import { languageKindOf } from '../types';

/** Links per document at most: a huge generated file must not produce a huge answer. */
export const MAX_DOCUMENT_LINKS = 5000;

interface IdKind {
  /** The identifier as the URL builder wants it, from the regex groups. */
  id: (value: string) => string;
  url: (id: string) => SafeUrl | undefined;
  tooltip: (id: string) => string;
}

const KINDS: Record<string, IdKind> = {
  pmid: { id: (v) => v, url: urls.pubmed, tooltip: (id) => `PubMed ${id}` },
  rs: { id: (v) => `rs${v}`, url: urls.dbsnp, tooltip: (id) => `dbSNP ${id}` },
  chebi: { id: (v) => `CHEBI:${v}`, url: urls.chebi, tooltip: (id) => `ChEBI ${id}` },
  hgnc: { id: (v) => `HGNC:${v}`, url: urls.hgnc, tooltip: (id) => `HGNC ${id}` },
  geneid: { id: (v) => v, url: urls.ncbiGene, tooltip: (id) => `NCBI Gene ${id}` },
  uniprot: { id: (v) => v, url: urls.uniprot, tooltip: (id) => `UniProt ${id}` },
  hmdb: { id: (v) => `HMDB${v}`, url: urls.hmdb, tooltip: (id) => `HMDB ${id}` },
};

// One pass over the text. Each alternative captures its kind's prefix and the identifier's digits; a match must
// stand alone (no letter, digit or underscore on either side). "rs" is lower case only, as dbSNP writes it.
const ID_PATTERN = new RegExp(
  [
    '(?<![\\p{L}\\p{N}_])(?:',
    '(?<pmid>[Pp][Mm][Ii][Dd]):?[ \\u00a0]?(?<pmidValue>[1-9]\\d{0,8})',
    '|(?<rs>rs)(?<rsValue>[1-9]\\d{0,11})',
    '|(?<chebi>[Cc][Hh][Ee][Bb][Ii]):(?<chebiValue>[1-9]\\d{0,7})',
    '|(?<hgnc>HGNC):(?<hgncValue>[1-9]\\d{0,6})',
    '|(?<geneid>GeneID):(?<geneidValue>[1-9]\\d{0,9})',
    '|(?<uniprot>UniProt(?:KB)?):(?<uniprotValue>[A-Z][0-9][A-Z0-9]{3}[0-9](?:[A-Z][A-Z0-9]{2}[0-9])?)',
    '|(?<hmdb>HMDB)(?<hmdbValue>\\d{7})',
    ')(?![\\p{L}\\p{N}_])',
  ].join(''),
  'gu',
);

export class DocumentLinkProvider {
  provideDocumentLinks(doc: TextDocument): DocumentLink[] {
    const text = doc.getText();
    const regions = excludedRegions(text, languageKindOf(doc.languageId));
    const links: DocumentLink[] = [];
    ID_PATTERN.lastIndex = 0;
    for (let match = ID_PATTERN.exec(text); match && links.length < MAX_DOCUMENT_LINKS; match = ID_PATTERN.exec(text)) {
      if (isExcluded(regions, match.index)) continue;
      const groups = match.groups ?? {};
      const name = Object.keys(KINDS).find((k) => groups[k] !== undefined);
      const kind = name ? KINDS[name] : undefined;
      const value = name ? groups[`${name}Value`] : undefined;
      if (!kind || value === undefined) continue;
      const id = kind.id(value);
      const url = kind.url(id);
      if (!url) continue;
      links.push({
        range: { start: doc.positionAt(match.index), end: doc.positionAt(match.index + match[0].length) },
        target: url.href,
        tooltip: `Open ${kind.tooltip(id)}`,
      });
    }
    return links;
  }
}
