// Cells named like genes (matcher/documentGenes.ts): a cell line or a cell type written before "cells" is no gene,
// anywhere in the document; a part of a line's name joined by hyphens is no gene there; a clone named after a gene,
// and a marker stay the gene. Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geneService } from '../helpers/genes';

const service = geneService();
const genesOf = (text: string): string[] =>
  service.findMentions(text, 'plaintext').filter((m) => m.kind === 'gene').map((m) => m.text);

describe('cells named like genes', () => {
  it('reads a name written before "cells" or "cell line" as the cells, everywhere in the document', () => {
    assert.deepEqual(genesOf('We grew HuH-7 cells with TP53 inhibitors. HuH-7 responded.'), ['TP53']);
    assert.deepEqual(genesOf('THP-1 cell lines were treated; KRAS was mutated.'), ['KRAS']);
  });

  it('reads a part of a line\'s name joined by hyphens as the line: SK-Hep-1, MC3T3-E1', () => {
    assert.deepEqual(genesOf('SK-Hep-1 cells and MC3T3-E1 cells expressed KRAS.'), ['KRAS']);
  });

  it('keeps the gene in a clone named after it, and before a marker sign: DFF45-3, CD4+', () => {
    assert.deepEqual(genesOf('DFF45-3 cells lost DFF45.'), ['DFF45', 'DFF45']);
    assert.deepEqual(genesOf('CD4+ cells were sorted.'), ['CD4']);
  });

  it('keeps a name defined as a gene in the text, though cells are named after it too', () => {
    assert.deepEqual(genesOf('The paired box 6 (PAX6) gene was lost in PAX6 cells.'), ['paired box 6', 'PAX6', 'PAX6']);
  });
});
