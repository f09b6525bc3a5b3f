// Document links through the facade: identifiers in prose link to their public pages; code, URLs and look-alikes
// do not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { DEFAULT_PROFILES, profileDocument } from '../helpers/featureProfiles';

const service = createLanguageService({ profiles: DEFAULT_PROFILES.map(profileDocument) });
let n = 0;
function links(text: string, languageId = 'markdown'): [string, string][] {
  const doc = TextDocument.create(`file:///links${++n}.md`, languageId, 1, text);
  return service.getDocumentLinks(doc).map((l) => [doc.getText(l.range), l.target ?? '']);
}

describe('DocumentLinkProvider', () => {
  it('links PMIDs, rs IDs, ChEBI, HGNC, NCBI Gene, UniProt and HMDB ids to their pages', () => {
    assert.deepEqual(
      links('See PMID:27725675 (also PMID 27725675); rs12611; CHEBI:15927, ChEBI:15846; HGNC:26057; GeneID:54981; UniProt:Q9NWW6; HMDB0000902.'),
      [
        ['PMID:27725675', 'https://pubmed.ncbi.nlm.nih.gov/27725675/'],
        ['PMID 27725675', 'https://pubmed.ncbi.nlm.nih.gov/27725675/'],
        ['rs12611', 'https://www.ncbi.nlm.nih.gov/snp/rs12611'],
        ['CHEBI:15927', 'https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:15927'],
        ['ChEBI:15846', 'https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:15846'],
        ['HGNC:26057', 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:26057'],
        ['GeneID:54981', 'https://www.ncbi.nlm.nih.gov/gene/54981'],
        ['UniProt:Q9NWW6', 'https://www.uniprot.org/uniprotkb/Q9NWW6/entry'],
        ['HMDB0000902', 'https://hmdb.ca/metabolites/HMDB0000902'],
      ],
    );
  });

  it('leaves code, URLs and look-alikes alone', () => {
    assert.deepEqual(
      links(
        [
          '`PMID:1234` in code; https://example.org/PMID:27725675 in a URL;',
          '```',
          'rs12611',
          '```',
          'xrs12611, RS12611, rs012611, HGNC:0, PMID:0123, CHEBI:15927x, HGNC:26057_b.',
        ].join('\n'),
      ),
      [],
    );
  });

  it('links in LaTeX prose but not in a command argument, and in plain text', () => {
    assert.deepEqual(links('\\label{rs12611} variant rs12611.', 'latex').map(([t]) => t), ['rs12611']);
    assert.equal(links('rs12611', 'plaintext').length, 1);
  });
});
