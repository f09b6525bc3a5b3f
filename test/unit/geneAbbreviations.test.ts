// Abbreviations defined in the text, "long form (SHORT)" (Schwartz & Hearst): a short form defined by a gene's full
// name names that gene for the rest of the document; one defined as something that is no gene is no gene anywhere in
// it. Incremental analysis agrees with a full one after edits that add or remove a definition. Sentences written for
// these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../server/src/core';
import { foldName } from '../../server/src/core/matcher/abbreviations';
import { geneService } from '../helpers/genes';

const service = geneService();

/** Each gene mention as "text=SYMBOL" (or "text=?" when ambiguous). */
function genes(text: string): string[] {
  return service.findMentions(text, 'plaintext').filter((m) => m.kind === 'gene').map((m) => {
    const ambiguous = (m.candidates?.length ?? 0) > 1;
    return `${m.text}=${ambiguous ? '?' : (service.lexicon.get(m.entityId)?.symbol ?? m.entityId)}`;
  });
}

describe('abbreviations defined in the text', () => {
  it('"nicotinamide riboside kinase 2 (NRK2)" makes NRK2 mean NMRK2 for the rest of the document', () => {
    const text = 'Muscle expresses nicotinamide riboside kinase 2 (NRK2) after injury.\n\nLater, NRK2 levels fell.';
    assert.deepEqual(genes(text).filter((g) => g.startsWith('NRK2')), ['NRK2=NMRK2', 'NRK2=NMRK2']);
  });

  it('a hyphenated short form is found too, and replaces the shorter gene inside it (NRK-2, not NRK)', () => {
    const text = 'Nicotinamide riboside kinase 2 (NRK-2) was induced. NRK-2 protein rose twofold.';
    assert.deepEqual(genes(text).filter((g) => g.startsWith('NRK')), ['NRK-2=NMRK2', 'NRK-2=NMRK2']);
  });

  it('a short form that is the gene\'s own symbol stays the symbol: "nicotinamide riboside kinase 1 (NMRK1)"', () => {
    const text = 'Nicotinamide riboside kinase 1 (NMRK1) phosphorylates NR. NMRK1 and NRK1 rose.';
    const vias = service.findMentions(text, 'plaintext').filter((m) => m.kind === 'gene').map((m) => `${m.text}:${m.via}`);
    assert.deepEqual(vias, ['Nicotinamide riboside kinase 1:name', 'NMRK1:symbol', 'NMRK1:symbol', 'NRK1:alias']);
  });

  it('a gene\'s name before it wins over a chemical its letters could abbreviate: "mammalian target of rapamycin (mTOR)"', () => {
    const text = 'The mammalian target of rapamycin (mTOR) was blocked. Later, mTOR levels fell.';
    assert.deepEqual(genes(text), ['mammalian target of rapamycin=MTOR', 'mTOR=MTOR', 'mTOR=MTOR']);
    const named = 'The mechanistic target of rapamycin (mTOR) was blocked. Later, mTOR levels fell.';
    assert.deepEqual(genes(named), ['mTOR=MTOR', 'mTOR=MTOR'], 'the full name without its last word, "kinase"');
  });

  it('a gene symbol before it defines the alias: "CDKN1A (p21)"', () => {
    assert.deepEqual(genes('We measured CDKN1A (p21) and later p21 protein again.'), ['CDKN1A=CDKN1A', 'p21=CDKN1A', 'p21=CDKN1A']);
  });

  it('a gene\'s full name before it wins over the genes the table gives the short form: "calcium sensing receptor (CSR)"', () => {
    const text = 'Parathyroid cells express the calcium sensing receptor (CSR). CSR protein fell with age.';
    assert.deepEqual(genes(text), ['calcium sensing receptor=CASR', 'CSR=CASR', 'CSR=CASR']);
  });

  it('a short form the table lacks names the gene whose full name it abbreviates, for the rest of the document', () => {
    const text = 'Levels of nicotinamide phosphoribosyltransferase (NPT) rose; NPT protein fell.';
    assert.deepEqual(genes(text), ['nicotinamide phosphoribosyltransferase=NAMPT', 'NPT=NAMPT', 'NPT=NAMPT']);
    assert.deepEqual(genes('Levels of NPT rose; NPT protein fell.'), [], 'undefined, NPT is no gene');
    // Letters the name does not hold in order ("LRKT": no K before the T of "repeat") define nothing.
    assert.deepEqual(genes('We cloned leucine-rich repeat kinase 2 (LRKT) from brain. LRKT was high.'), ['leucine-rich repeat kinase 2=LRRK2']);
  });

  it('"calorie restriction (CR)" and "hepatocellular carcinoma (HCC)" are no genes anywhere in the document', () => {
    const text = 'Calorie restriction (CR) raised SIRT1 expression.\n\nUnder CR, SIRT1 protein and the CR gene score rose.';
    assert.deepEqual(genes(text), ['SIRT1=SIRT1', 'SIRT1=SIRT1']);
    assert.ok(genes('Under CR, the CR gene was expressed.').some((g) => g.startsWith('CR=')), 'undefined, CR can be a gene');
    assert.deepEqual(genes('Hepatocellular carcinoma (HCC) samples had high TP53 expression.'), ['TP53=TP53']);
  });

  it('a family\'s text defined as something that is no gene is no family: "adenoid cystic carcinoma (ACC)"', () => {
    const kinds = (text: string): string[] => service.findMentions(text, 'plaintext').filter((m) => m.text === 'ACC').map((m) => m.kind);
    assert.deepEqual(kinds('Stem cells of adenoid cystic carcinoma (ACC) were sorted; ACC tumors had high MYB expression.'), []);
    assert.deepEqual(kinds('ACC activity and ACACA expression fell.'), ['family'], 'undefined, the family');
  });

  it('a disease defined by its abbreviation is no gene, "disease" being no enzyme, nor a spelling of an alias', () => {
    assert.deepEqual(genes('In Hirschsprung disease (HSCR), RET is mutated; HSCR affects the gut.'), ['RET=RET']);
    assert.deepEqual(genes('Hypokalemic periodic paralysis (HypoPP) follows CACNA1S mutations; HypoPP is rare.'), ['CACNA1S=CACNA1S']);
  });

  it('an ambiguous text that spells one candidate\'s approved symbol with a hyphen names that gene: "IL-21" is IL21', () => {
    // "IL-21" is also an alias of IL22; nothing else in the sentence decides.
    assert.deepEqual(genes('Serum IL-21 rose.'), ['IL-21=IL21']);
  });

  it('a locus named after its disease, defined by that name, is the disease: "IgA nephropathy (IgAN)"', () => {
    assert.deepEqual(genes('Kidneys of patients with IgA nephropathy (IgAN) held more NLRP3; IgAN progressed.'), ['NLRP3=NLRP3']);
  });

  it('a gene named after its disease keeps its approved symbol with a number; an acronym without one is dropped', () => {
    assert.deepEqual(genes('Mutations in the neurofibromatosis type 2 (NF2) gene cause tumours; NF2 loss follows.'), ['NF2=NF2', 'NF2=NF2']);
    assert.deepEqual(genes('Variants with a minor allele frequency (MAF) above 0.05 were kept; MAF was computed per site.'), []);
  });

  it('a long form that names a gene product says nothing against the gene', () => {
    const text = 'The mammalian target of rapamycin (mTOR) kinase and its MTOR gene.';
    assert.ok(!genes(text).every((g) => !g.startsWith('MTOR')), genes(text).join(', '));
  });

  it('folds names for comparison: case, hyphens, commas and runs of spaces', () => {
    assert.equal(foldName('Nicotinamide  riboside-kinase, 2'), 'nicotinamide riboside kinase 2');
  });

  it('an edit that adds or removes a definition elsewhere changes the reading, as a full analysis does', () => {
    for (const create of [TextDocument.create, EditableDocument.create]) {
      const text = 'First paragraph.\n\nUnder CR, the CR gene was expressed with SIRT1.\n';
      const doc = create('file:///abbreviations/edit.md', 'markdown', 1, text);
      const cr = (): number => service.analyze(doc).mentions.filter((m) => m.text === 'CR').length;
      const full = (): number => {
        const copy = TextDocument.create('file:///abbreviations/full.md', 'markdown', 1, doc.getText());
        const n = service.analyze(copy).mentions.filter((m) => m.text === 'CR').length;
        service.forget(copy.uri);
        return n;
      };
      assert.equal(cr(), 2);
      const definition = 'Calorie restriction (CR) helps. ';
      service.update(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: definition }], 2);
      assert.equal(cr(), 0);
      assert.equal(cr(), full());
      service.update(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(definition.length) }, text: '' }], 3);
      assert.equal(cr(), 2);
      assert.equal(cr(), full());
      service.forget(doc.uri);
    }
  });
});
