// Species as a kind of its own (issue #14 item 4): "mice", "patients", "Drosophila" are mentions of kind `species`
// with an NCBI Taxonomy id where a sentence is about genes, chemicals, diseases or variants, never in ordinary prose;
// a hover card, a semantic token type, an Outline group, completion, the word list and the PubTator output cover them.
// Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Mention } from '../../server/src/core';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/core/features/semanticTokens';
import { annotatePubtator } from '../../server/src/cli/pubtatorAnnotations';
import { dictionaryWords } from '../../server/src/cli/exportDictionary';
import { docWithCursor } from '../helpers/cursor';
import { geneService } from '../helpers/genes';
import { TextDocument } from 'vscode-languageserver-textdocument';

const service = geneService();
const find = (text: string): Mention[] => service.findMentions(text, 'markdown');
const species = (text: string): string[] => find(text).filter((m) => m.kind === 'species').map((m) => `${m.text}=${m.entityId}`);

describe('species mentions', () => {
  it('names the organism of a sentence about genes or diseases by its NCBI Taxonomy id', () => {
    assert.deepEqual(species('Sirt3 expression fell in aged mice.'), ['mice=NCBITaxon:10090']);
    assert.deepEqual(species('Patients with type 2 diabetes had less NAMPT.'), ['Patients=NCBITaxon:9606']);
    assert.deepEqual(species('In Drosophila melanogaster, loss of Rpd3 shortened the wing.'), ['Drosophila melanogaster=NCBITaxon:7227']);
    assert.deepEqual(species('Rats lacking SIRT3 and C. elegans worms lacking sir-2.1 were compared.').map((s) => s.split('=')[1]), ['NCBITaxon:10116', 'NCBITaxon:6239']);
  });

  it('is no mention in ordinary prose, nor where the letters mean something else', () => {
    assert.deepEqual(find('The men walked their dogs past the mouse hole; a rat ran by.'), []);
    assert.deepEqual(species('MEN 2 is caused by RET mutations.'), [], 'MEN is multiple endocrine neoplasia');
    assert.deepEqual(species('Men walked home.\n\nSIRT3 was measured.'), [], 'another paragraph');
  });

  it('leaves the genes of the sentence as they were', () => {
    const genes = find('Sirt3 expression fell in aged mice.').filter((m) => m.kind === 'gene');
    assert.deepEqual(genes.map((m) => `${m.text}=${m.entityId}:${m.species ?? 'human'}`), ['Sirt3=SIRT3:10090']);
  });

  it('has a hover card with the scientific name and the NCBI Taxonomy link', () => {
    const { doc, position } = docWithCursor('Sirt3 expression fell in aged mi$$CURSOR$$ce.', 'markdown');
    const contents = service.getHover(doc, position)?.contents;
    const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    assert.match(value, /\*\*mouse\*\* — species/);
    assert.match(value, /\*Mus musculus\*/);
    assert.match(value, /\[NCBI Taxonomy 10090\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/Taxonomy\/Browser\/wwwtax\.cgi\?id=10090\)/);
  });

  it('has a semantic token type, an Outline group and completion items', () => {
    const doc = TextDocument.create('file:///s.md', 'markdown', 1, 'Sirt3 expression fell in aged mice.');
    const tokens = service.getSemanticTokens(doc).data;
    const types: number[] = [];
    for (let i = 3; i < tokens.length; i += 5) types.push(tokens[i] ?? -1);
    assert.ok(types.includes(SEMANTIC_TOKEN_TYPES.indexOf('species')), JSON.stringify(tokens));
    const symbols = service.getDocumentSymbols(doc, true) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name === 'Species' && (s.children ?? []).some((c) => c.name.startsWith('mouse'))), JSON.stringify(symbols.map((s) => s.name)));
    const { doc: typing, position } = docWithCursor('Sirt3 fell in Drosoph$$CURSOR$$', 'markdown');
    const items = service.getCompletions(typing, position)?.items ?? [];
    assert.ok(items.some((i) => i.label === 'Drosophila'), items.slice(0, 10).map((i) => i.label).join(', '));
  });

  it('makes a claim about a mouse gene say so, and leaves one about the human gene as it was', () => {
    const contradicted = (text: string): string | undefined => {
      const d = service.getDiagnostics(TextDocument.create(`file:///c${text.length}.md`, 'markdown', 1, text)).find((x) => x.code === 'claim-contradicted');
      return typeof d?.message === 'string' ? d.message : undefined;
    };
    const mouse = contradicted('In mice, AMPK inhibits NMRK1 in muscle.');
    assert.ok(mouse !== undefined, 'contradicted');
    assert.match(mouse, /\(The sentence is about the mouse gene (AMPK|NMRK1); the profile data describes the human gene\.\)$/);
    const human = contradicted('In patients, AMPK inhibits NMRK1 in muscle.');
    assert.ok(human !== undefined && !/mouse/.test(human), human);
  });

  it('goes into the word list and the PubTator output', () => {
    const words = dictionaryWords(service);
    for (const w of ['Drosophila', 'melanogaster', 'Caenorhabditis']) assert.ok(words.includes(w), w);
    const doc = annotatePubtator(service, { pmid: '1', title: 'SIRT3 expression fell in aged mice.', abstract: 'SIRT3 is a deacetylase.', annotations: [] }, new Map());
    assert.ok(doc.annotations.some((a) => a.type === 'Species' && a.text === 'mice' && a.id === '10090'), JSON.stringify(doc.annotations));
  });
});
