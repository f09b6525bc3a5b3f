// The extent of gene mentions (matcher/geneSpans.ts): "X receptor" as the receptor's gene, and coordinations that
// share a name as one mention. Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geneService } from '../helpers/genes';

const service = geneService();
const genesOf = (text: string): string[] =>
  service.findMentions(text, 'markdown').filter((m) => m.kind === 'gene').map((m) => `${m.text}=${m.entityId}`);

describe('gene spans', () => {
  it('reads "X receptor" as the receptor where the table names one', () => {
    assert.deepEqual(genesOf('Binding of CNTF to the CNTF receptor was measured.'), ['CNTF=CNTF', 'CNTF receptor=CNTFR']);
    assert.deepEqual(genesOf('The CB1 receptor and the GH receptor were expressed.'), ['CB1 receptor=CNR1', 'GH receptor=GHR']);
  });

  it('takes no mention of the ligand where "X receptor" names a receptor the table does not, unless X is one', () => {
    // The annotated corpora name the receptor there, never its ligand: "the keratinocyte growth factor receptor".
    assert.deepEqual(genesOf('We measured TP53 receptor binding.'), []);
    assert.deepEqual(genesOf('The keratinocyte growth factor receptor was cloned; KRAS was not.'), ['KRAS=KRAS']);
    assert.deepEqual(genesOf('Notch3 receptors were expressed.'), ['Notch3=NOTCH3'], 'a receptor of its own stays');
  });

  it('reads COX-2 and COX2 as PTGS2: a mitochondrial symbol written without "MT-" is read by articles, as an alias', () => {
    assert.deepEqual(genesOf('Expression of COX-2 and COX2 rose.'), ['COX-2=PTGS2', 'COX2=PTGS2']);
  });

  it('takes a coordination that shares the name as one mention', () => {
    assert.deepEqual(genesOf('Phosphorylated Smad1/5/8 and CDKN2A/B deletions were seen.'), ['Smad1/5/8=SMAD1', 'CDKN2A/B=CDKN2A']);
    assert.deepEqual(genesOf('S100A7/A8/A9 levels rose.'), ['S100A7/A8/A9=S100A7']);
    assert.deepEqual(genesOf('Both GalNAc-T1 and -T2 were expressed.').map((g) => g.split('=')[0]), ['GalNAc-T1 and -T2']);
  });

  it('joins a prefix and a hyphen that make one gene\'s name with the gene after it: GM-CSF is CSF2', () => {
    assert.deepEqual(genesOf('Serum GM-CSF, IL-6 and TNF rose.'), ['GM-CSF=CSF2', 'IL-6=IL6', 'TNF=TNF']);
    assert.deepEqual(genesOf('GM-CSF expression rose.'), ['GM-CSF=CSF2']);
    assert.ok(!genesOf('An anti-CSF serum and IL-6 expression.').some((g) => g.startsWith('anti')), 'no name is made with "anti"');
  });

  it('no mention for a name that is part of another protein\'s: "EGF-like domain", "CRF-binding protein"', () => {
    assert.deepEqual(genesOf('An EGF-like domain binds the TNF-related ligands; EGF binds EGFR.'), ['EGF=EGF', 'EGFR=EGFR']);
    assert.deepEqual(genesOf('The CRF-binding protein and TNFR-associated factor 2 were cloned.'), []);
    assert.deepEqual(genesOf('CFTR-related disorders and TNF-induced apoptosis.'), ['CFTR=CFTR', 'TNF=TNF'], 'the gene itself is meant');
  });

  it('no mention for a name that is part of a domain\'s or of a receptor-related protein\'s: "pleckstrin homology domain"', () => {
    assert.deepEqual(genesOf('A pleckstrin homology domain binds lipids; TP53 was not changed.'), ['TP53=TP53']);
    assert.deepEqual(genesOf('The tumor necrosis factor receptor-associated factor bound TP53.'), ['TP53=TP53']);
    assert.deepEqual(genesOf('Pleckstrin and TNF receptor expression rose.').map((g) => g.split('=')[0]), ['Pleckstrin', 'TNF receptor'], 'the gene itself is meant');
  });

  it('reads a name before "family" or "superfamily" as the family, no gene', () => {
    assert.deepEqual(genesOf('The protein is a new member of the EPH family of receptors, like EPHA1.'), ['EPHA1=EPHA1']);
    assert.deepEqual(genesOf('It belongs to the SCAD family and to the P-450 superfamily.'), []);
    assert.deepEqual(genesOf('ELOVL family member 6 and TP53 were measured.').includes('TP53=TP53'), true);
    assert.deepEqual(genesOf('Two BRCA1 families carried the mutation.'), ['BRCA1=BRCA1'], 'the families of patients');
  });

  it('takes "X antigen" as one mention of X, unless a measure follows', () => {
    assert.deepEqual(genesOf('Expression of the Fas antigen rose.'), ['Fas antigen=FAS']);
    assert.deepEqual(genesOf('PAI-1 antigen levels rose.'), ['PAI-1=SERPINE1']);
  });

  it('reads a gene\'s name before "-inducible protein" as part of another protein\'s name', () => {
    assert.deepEqual(genesOf('The interferon gamma-inducible protein 10 and interferon gamma were measured.'), ['interferon gamma=IFNG']);
  });

  it('reads a gene\'s name before "activator" or "coactivator" as part of another protein\'s name', () => {
    assert.deepEqual(genesOf('Plasminogen activator inhibitor levels and BRCA1 were measured.'), ['BRCA1=BRCA1']);
    assert.deepEqual(genesOf('The plasminogen protein was cleaved.'), ['plasminogen=PLG']);
  });

  it('reads "p" or "q" and digits written as a chromosome band as no gene, and the protein of that size as one', () => {
    assert.deepEqual(genesOf('A t(2;6)(q31;p21.3) translocation was seen, and the gene maps to 2p15-p16.'), []);
    assert.deepEqual(genesOf('Levels of p21 and p16 rose.'), ['p21=CDKN1A', 'p16=CDKN2A']);
  });

  it('keeps two names apart ("CD4/CD8", "IL-4/IL-13") and a ratio of numbers after a name', () => {
    assert.deepEqual(genesOf('The CD4/CD8 ratio and IL-4/IL-13 signalling rose.'), ['CD4=CD4', 'IL-4=IL4', 'IL-13=IL13']);
    assert.deepEqual(genesOf('TP53 mutations were seen in 5/12 tumours.'), ['TP53=TP53']);
  });
});
