// Recognition with the full gene table: symbols win over aliases, ambiguous aliases list their candidates, texts
// that read as prose need gene context, chemical and disease abbreviations beat aliases, curators' decisions hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core';
import { geneService, shippedGeneTable } from '../helpers/genes';

const service = geneService();
// Species words ("mice", "patients") are mentions of their own kind, tested in speciesMentions.test.ts.
const find = (text: string, language = 'markdown'): Mention[] => service.findMentions(text, language).filter((m) => m.kind !== 'species');
const ids = (text: string, language = 'markdown'): string[] => find(text, language).map((m) => `${m.text}=${m.entityId}`);

describe('the gene table in the lexicon', () => {
  it('knows every gene through get and resolve, lists only the profiles in entities, and counts every term', () => {
    const { lexicon } = service;
    assert.equal(lexicon.get('TP53')?.name, 'tumor protein p53');
    assert.equal(lexicon.get('TP53')?.profile, undefined);
    assert.equal(lexicon.resolve('P53')?.id, 'TP53');
    assert.equal(lexicon.resolve('AAC1'), undefined, 'an ambiguous alias resolves to no gene');
    assert.equal(lexicon.entities.has('TP53'), false);
    assert.ok(lexicon.get('NMRK1')?.profile, 'a profiled gene is its profile');
    assert.equal(typeof lexicon.get('NMRK1')?.geneRow, 'number');
    const table = shippedGeneTable();
    assert.equal(table.index.count, 65191);
    assert.ok((lexicon.termCount ?? 0) > 137000);
    // The profiles' terms and the families' (families.tsv), not the table's.
    const familyTexts = (table.families?.records ?? []).reduce((n, r) => n + r.texts.length, 0);
    assert.ok(lexicon.profileTerms && lexicon.profileTerms.length < 200 + familyTexts);
    const terms = lexicon.terms;
    assert.equal(terms.length, lexicon.termCount);
    assert.ok(terms.some((t) => t.text === 'TP53' && t.entityId === 'TP53' && t.via === 'symbol' && t.caseSensitive));
    assert.ok(terms.some((t) => t.text === 'P53' && t.entityId === 'TP53' && t.via === 'alias'));
    assert.ok(!terms.some((t) => t.text === 'not'), 'lower-case English aliases are no terms');
  });

  it('gives a record whose symbol another record keeps an NCBIGene id', () => {
    const other = service.lexicon.get('NCBIGene:100187828');
    assert.equal(other?.symbol, 'HBD');
    assert.equal(other?.name, 'hypophosphatemic bone disease');
    assert.equal(service.lexicon.get('HBD')?.name, 'hemoglobin subunit delta');
    assert.equal(service.lexicon.get('NCBIGene:7157'), undefined, 'TP53 is known by its symbol');
  });
});

describe('recognizing genes', () => {
  it('finds symbols and aliases of genes outside the profiles, word-bounded, in their own case or another', () => {
    assert.deepEqual(ids('TP53, BRCA1 and APOE; EGFR-mutant and KRAS-driven tumors; HER2-positive.'), [
      'TP53=TP53', 'BRCA1=BRCA1', 'APOE=APOE', 'EGFR=EGFR', 'KRAS=KRAS', 'HER2=ERBB2',
    ]);
    assert.deepEqual(ids('XTP53 and TP533 are not written like the symbol.'), []);
    assert.deepEqual(ids('tp53 and Tp53 are (geneSpellings.test.ts).'), ['tp53=TP53', 'Tp53=TP53']);
  });

  it('an approved symbol wins over another gene\'s alias; an alias of several genes lists them all', () => {
    const [cat] = find('The CAT gene.');
    assert.equal(cat?.entityId, 'CAT');
    assert.equal(cat?.via, 'symbol');
    assert.equal(cat?.candidates, undefined);
    const [aac1] = find('The AAC1 gene.');
    assert.equal(aac1?.via, 'alias');
    assert.deepEqual(aac1?.candidates, ['NAT1', 'SLC25A4']);
  });

  it('recognizes a profiled gene\'s table aliases as the profile, and follows curators\' decisions', () => {
    assert.deepEqual(ids('PBEF and NRK2 were measured.'), ['PBEF=NAMPT', 'NRK2=NMRK2']);
    assert.ok(find('PBEF here.').every((m) => m.known && !m.candidates));
    // "skip": listed on the card, never recognized, not even from the table.
    assert.deepEqual(ids('PARP and SIR2 and NMNAT expression.'), []);
  });

  it('leaves chemical and disease abbreviations to what they name', () => {
    assert.deepEqual(ids('ATP and NAM and NADPH and AICAR in the gene assay.'), ['ATP=ATP', 'NAM=NAM']);
    assert.equal(service.lexicon.get('ATP')?.kind, 'chemical');
    assert.deepEqual(ids('SOD1 mutations cause ALS; HD and CF and SMA patients.'), ['SOD1=SOD1']);
    assert.deepEqual(ids('COPD patients and MS patients.'), []);
  });

  it('never recognizes a lower-case English alias, gene context or not', () => {
    assert.deepEqual(ids('The gene was not expressed; a hole in the protein; hang the gene.'), []);
  });
});

describe('texts that also read as prose need gene context', () => {
  it('ordinary prose stays clean', () => {
    for (const text of [
      'A CAT scan showed nothing.', 'SET the value before you start.', 'The MAX dose is 5 mg.', 'A REST API returns JSON.',
      'The IMPACT of the policy was large.', 'The CLOCK struck twelve.', 'Yes, Paul said so.', 'ON THE QUEEN\'S VISIT TO LONDON.',
      'NO OTHER WARRANTIES OF ANY KIND, EXPRESS OR IMPLIED.', 'Lean on my _H_arm.', 'The USB and GPS and CPU and SSD.',
    ]) {
      assert.deepEqual(ids(text), [], text);
    }
  });

  it('a gene word nearby makes the same texts genes', () => {
    assert.deepEqual(ids('CAT activity and expression in liver; the CAT gene.'), ['CAT=CAT', 'CAT=CAT']);
    assert.deepEqual(ids('We knocked down SET in HeLa cells.'), ['SET=SET']);
    assert.deepEqual(ids('The CLOCK gene and MAX protein.'), ['CLOCK=CLOCK', 'MAX=MAX']);
    assert.deepEqual(ids('REST-/- mice.'), ['REST=REST']);
    assert.deepEqual(ids('TNF signaling and IL6 levels rose.'), ['TNF=TNF', 'IL6=IL6']);
  });

  it('marker notation after a symbol with a digit makes it a gene, not an ion\'s charge', () => {
    assert.deepEqual(ids('Blood held many CD4+ memory cells.'), ['CD4=CD4']);
    assert.deepEqual(ids('The CD4(+) memory cells divided.'), ['CD4=CD4']);
    assert.deepEqual(ids('Few CD4(-) cells were left.'), ['CD4=CD4']);
    assert.deepEqual(ids('Ca2+ entered the cell.'), []);
    // CD8, not CD4: CD4 is a gene wherever the annotated abstracts write it (lexicon/geneConfident.ts).
    assert.deepEqual(ids('Few CD8-cells were left.'), [], 'a hyphen alone is no sign');
  });

  it('another gene in the sentence makes them genes, but only one that needed no context', () => {
    assert.deepEqual(ids('MYC binds TP53 in the nucleus.'), ['MYC=MYC', 'TP53=TP53']);
    assert.deepEqual(ids('NMRK1 and MAX in the nucleus.'), ['NMRK1=NMRK1', 'MAX=MAX']);
    assert.deepEqual(ids('MYC binds MAX in the nucleus.'), [], 'two texts that both need context prove nothing');
    assert.deepEqual(ids('TP53 is a gene. The MAX dose is 5 mg.'), ['TP53=TP53'], 'a gene in another sentence proves nothing');
  });

  it('italic or gene markup makes them genes', () => {
    assert.deepEqual(ids('The *SET* and _MAX_ and <i>CLOCK</i> here.'), ['SET=SET', 'MAX=MAX', 'CLOCK=CLOCK']);
    assert.deepEqual(ids('The \\textit{SET} and \\gene{REST} and {\\it CLOCK} and \\emph{MAX} here.', 'latex'), [
      'SET=SET', 'REST=REST', 'CLOCK=CLOCK', 'MAX=MAX',
    ]);
    assert.deepEqual(ids('The **SET** value.'), [], 'bold is not gene markup');
  });

  it('a context is the sentence: it never reaches past a blank line', () => {
    assert.deepEqual(ids('The gene list\n\nSET the value.'), []);
  });
});
