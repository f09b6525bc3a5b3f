// Ambiguous gene aliases read as a reader reads them: the gene the document names elsewhere, else the one far more
// studied (PubMed articles per gene), else left open with every candidate, its name and its article count in the
// hover. Sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../../server/src/core';
import { DOMINANCE } from '../../server/src/core/lexicon/geneRanking';
import { geneService } from '../helpers/genes';

const service = geneService();

/** The gene mention of `text` in the sentence, and the symbol(s) it names. */
function reading(sentence: string, text: string): { mention: Mention; symbols: string[] } {
  const mention = service.findMentions(sentence, 'plaintext').find((m) => m.text === text && m.kind === 'gene');
  assert.ok(mention, `"${text}" is a gene mention in: ${sentence}`);
  const ids = mention.candidates && mention.candidates.length > 1 ? mention.candidates : [mention.entityId];
  return { mention, symbols: ids.map((id) => service.lexicon.get(id)?.symbol ?? id) };
}

const symbolOf = (sentence: string, text: string): string => {
  const { symbols } = reading(sentence, text);
  assert.equal(symbols.length, 1, `"${text}" names one gene in: ${sentence} (got ${symbols.join(', ')})`);
  return symbols[0]!;
};

describe('ambiguous gene aliases', () => {
  it('p21 is CDKN1A (far more studied than TCEAL1, the gene whose alias is written p21)', () => {
    assert.equal(symbolOf('Expression of p21 rose after the cells were irradiated.', 'p21'), 'CDKN1A');
  });

  it('a spelling of an ambiguous alias is ranked the same way: Nrf2 is NFE2L2 (not GABPA), iNOS is NOS2', () => {
    assert.equal(symbolOf('Nrf2 protein moved to the nucleus under oxidative stress.', 'Nrf2'), 'NFE2L2');
    assert.equal(symbolOf('The iNOS protein was induced by LPS.', 'iNOS'), 'NOS2');
  });

  it('an alias that no count decides takes the gene a curated reading system grounds it to: p27 CDKN1B, p62 SQSTM1', () => {
    assert.equal(symbolOf('The p27 protein halted the cell cycle.', 'p27'), 'CDKN1B');
    assert.equal(symbolOf('The p62 protein gathers cargo for autophagy.', 'p62'), 'SQSTM1');
    const { mention } = reading('The p27 protein halted the cell cycle.', 'p27');
    assert.ok(mention.candidates === undefined || mention.candidates.length === 1, 'decided');
  });

  it('p63 is TP63, unless the document names RPE65', () => {
    assert.equal(symbolOf('The p63 protein marks basal cells of the epidermis.', 'p63'), 'TP63');
    const text = 'RPE65 is the isomerase of the visual cycle.\n\nWe purified the p63 protein from bovine retina.';
    assert.equal(symbolOf(text, 'p63'), 'RPE65');
  });

  it('p38 is MAPK14: FamPlex grounds a bare p38 to the p38 MAPK family, of which MAPK14 is the only gene the table gives p38', () => {
    assert.equal(symbolOf('Inhibition of p38 kinase blocked the response.', 'p38'), 'MAPK14');
    assert.equal(symbolOf('MAPK1 was phosphorylated. Inhibition of p38 kinase blocked the response.', 'p38'), 'MAPK1', 'the document names a candidate');
  });

  it('p40 stays ambiguous (MAPK1 and TP63 are both much studied) unless the document names one of them', () => {
    const { mention, symbols } = reading('Inhibition of p40 kinase blocked the response.', 'p40');
    assert.ok(symbols.length > 1 && symbols.includes('MAPK1') && symbols.includes('TP63'), symbols.join(', '));
    assert.ok((mention.candidates?.length ?? 0) > 1, 'the eval gives it no id');
    assert.equal(symbolOf('TP63 was measured. Inhibition of p40 kinase blocked the response.', 'p40'), 'TP63');
  });

  it('the hover of an undecided alias lists the candidates with their names and PubMed article counts', () => {
    const text = 'Inhibition of p40 kinase blocked the response.';
    const doc = TextDocument.create('file:///ambiguity/p40.md', 'markdown', 1, text);
    const hover = service.getHover(doc, doc.positionAt(text.indexOf('p40') + 1));
    const value = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /names \d+ genes/);
    assert.match(value, /\*\*MAPK1\*\* — mitogen-activated protein kinase 1 .*· [\d,]+ PubMed articles/);
    assert.match(value, /\*\*TP63\*\* — tumor protein p63 .*· [\d,]+ PubMed articles/);
    service.forget(doc.uri);
  });

  it('TEL1 names ATM, the only human gene with that alias', () => {
    assert.equal(symbolOf('The TEL1 gene product is a kinase of the checkpoint.', 'TEL1'), 'ATM');
  });

  it('an edit that names a candidate elsewhere changes the reading, as a full analysis does', () => {
    const text = 'We purified the p63 protein from bovine retina.\n\nA second paragraph.\n';
    const doc = TextDocument.create('file:///ambiguity/edit.md', 'markdown', 1, text);
    const p63 = (): string | undefined => service.analyze(doc).mentions.find((m) => m.text === 'p63')?.entityId;
    assert.equal(service.lexicon.get(p63() ?? '')?.symbol, 'TP63');
    const at = doc.positionAt(text.indexOf('A second'));
    service.update(doc, [{ range: { start: at, end: at }, text: 'RPE65 is the isomerase. ' }], 2);
    assert.equal(service.lexicon.get(p63() ?? '')?.symbol, 'RPE65');
    const end = doc.positionAt(text.indexOf('A second') + 'RPE65 is the isomerase. '.length);
    service.update(doc, [{ range: { start: at, end }, text: '' }], 3);
    assert.equal(service.lexicon.get(p63() ?? '')?.symbol, 'TP63');
    service.forget(doc.uri);
  });

  it('takes the most studied candidate only when it dominates by a stated ratio', () => {
    assert.ok(DOMINANCE >= 2, `DOMINANCE ${DOMINANCE}`);
  });
});
