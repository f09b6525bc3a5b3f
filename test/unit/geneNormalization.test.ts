// Which gene, and whose, a found mention names (issue #13): the species a document's cell lines, chromosome bands and
// viruses give its genes, the majority of a paragraph's species words, abbreviations defined in a sentence about
// mice, and enumerations that name several genes ("ERK1/2"). Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core';
import { enumeratedGenes, familyNamesake } from '../../server/src/core';
import { isGeneProduct, pubtatorIdOf } from '../../server/src/cli/pubtatorAnnotations';
import { geneService } from '../helpers/genes';

const service = geneService();
const find = (text: string): Mention[] => service.findMentions(text, 'plaintext');
const speciesOf = (text: string): string[] =>
  find(text).filter((m) => m.kind === 'gene').map((m) => `${m.text}:${m.species ?? 'human'}`);

describe('the species of a gene', () => {
  it('takes the species of the cell line the sentence names', () => {
    assert.deepEqual(speciesOf('Mice were fed a normal diet. SIRT3 was silenced in HeLa cells.'), ['SIRT3:human']);
    assert.deepEqual(speciesOf('Patients were recruited. SIRT3 was silenced in NIH3T3 cells.'), ['SIRT3:10090']);
    assert.deepEqual(speciesOf('Patients were recruited. SIRT3 was silenced in PC12 cells.'), ['SIRT3:10116']);
  });

  it('reads a chromosome band written the human way as a human word', () => {
    assert.deepEqual(speciesOf('Mice lacking it were studied. SIRT3 maps to 11p15.'), ['SIRT3:human']);
    assert.deepEqual(speciesOf('In 1995 mice were studied. SIRT3 was measured.'), ['SIRT3:10090'], 'a year is no band');
  });

  it('gives a virus the gene written right after it, and no other', () => {
    assert.deepEqual(speciesOf('Patients were treated. HIV-1 gp120 bound CD4 on T cells.'), ['gp120:11676', 'CD4:human']);
  });

  it('takes the species most named in a paragraph that names humans and mice, where the sentence names none', () => {
    const text = 'Obese mice gained weight. The mice were treated. Patients were not studied. The diet was changed. NAMPT levels rose.';
    assert.deepEqual(speciesOf(text), ['NAMPT:10090']);
    const human = 'Patients were recruited. Patients were treated. Mice were used once. NAMPT levels rose.';
    assert.deepEqual(speciesOf(human), ['NAMPT:human']);
  });

  it('breaks a tie between humans and mice by the spelling of the paragraph\'s genes', () => {
    assert.deepEqual(speciesOf('Mice were fed. Patients were studied. The diet was changed. Expression of Lyl1 and Socs3 rose.'), ['Lyl1:10090', 'Socs3:10090']);
    assert.deepEqual(speciesOf('Mice were fed. Patients were studied. The diet was changed. Expression of LYL1 and SOCS3 rose.'), ['LYL1:human', 'SOCS3:human']);
  });

  it('counts a species named in two words once: "the yeast Saccharomyces cerevisiae"', () => {
    const text = 'Loss of CDC20 was studied in the yeast Saccharomyces cerevisiae. Human cells were also grown. The medium was changed. Expression of CDC20 rose.';
    assert.deepEqual(speciesOf(text), ['CDC20:4932', 'CDC20:human']);
    const twice = 'Mice were fed. The mice were weighed. Patients and healthy donors gave blood. The diet was changed. SIRT3 levels rose.';
    assert.deepEqual(speciesOf(twice), ['SIRT3:human'], '"patients and healthy donors" names people twice');
  });

  it('reads a rodent that hosts human tumours as no species studied', () => {
    const text = 'BRCA1 was silenced in breast tumour cells. The cells formed smaller xenografts in nude mice. KRAS was not changed.';
    assert.deepEqual(speciesOf(text), ['BRCA1:human', 'KRAS:human']);
    assert.deepEqual(speciesOf('Silencing ADAM12 slowed tumour growth in athymic mice.'), ['ADAM12:human']);
    assert.deepEqual(speciesOf('Silencing ADAM12 slowed tumour growth in young mice.'), ['ADAM12:10090'], 'mice that are no host');
  });

  it('reads a paragraph that names no species but spells its genes the rodent way as about mice', () => {
    const text = 'Erythropoietin induced Lyl1, Gas5, Pim3 and Trib3 in progenitor cells, and EPOR was needed.';
    assert.deepEqual(speciesOf(text), ['Erythropoietin:10090', 'Lyl1:10090', 'Gas5:10090', 'Pim3:10090', 'Trib3:10090', 'EPOR:10090']);
    assert.deepEqual(speciesOf('Sirt1 expression and Stat3 expression rose after EGFR was activated.'), ['Sirt1:human', 'Stat3:human', 'EGFR:human'], 'two are not enough');
    const few = 'Smad3, Smad4 and Bax bound TP53, BRCA1, KRAS, EGFR, MYC, ATM and CDK4.';
    assert.ok(speciesOf(few).every((s) => s.endsWith(':human')), 'not half of the genes');
    assert.ok(speciesOf('Patients with tumours showed loss of Lyl1, Gas5, Pim3 and Trib3.').every((s) => s.endsWith(':human')), 'the paragraph names patients');
  });

  it('reads a protein size after a gene ("IL-12p70") as no chromosome band', () => {
    assert.deepEqual(speciesOf('Dendritic cells from mice secreted IL-12p70. TLR4 was needed.').filter((s) => s.startsWith('TLR4')), ['TLR4:10090']);
    assert.deepEqual(speciesOf('Mice were studied. SIRT3 maps to 1p36, not to 2q37.'), ['SIRT3:human']);
  });

  it('reads "human" before a disease word as the kind of the disease, not the species studied', () => {
    const text = 'SIRT3 knockout mice develop the human disease. The human syndrome was mild in mice. SIRT3 levels rose in the liver.';
    assert.deepEqual(speciesOf(text), ['SIRT3:10090', 'SIRT3:10090']);
    const cells = 'Mice were fed. Human leukemia cells were grown. SIRT3 levels rose.';
    assert.deepEqual(speciesOf(cells), ['SIRT3:human'], 'human material: "human leukemia cells"');
  });

  it('reads cancer in a sentence about mice as the model\'s disease', () => {
    assert.deepEqual(speciesOf('Breast cancer was modelled in mice. The diet was changed. PTEN was lost.'), ['PTEN:10090']);
    assert.deepEqual(speciesOf('Patients with breast cancer were treated. PTEN was lost.'), ['PTEN:human']);
  });

  it('goes on with the species the sentence before names, in a paragraph about another species', () => {
    const text = 'Mice lacking SIRT3 were studied, and mice were fed. In human cells, SIRT1 was silenced. NAMPT levels fell.';
    assert.deepEqual(speciesOf(text), ['SIRT3:10090', 'SIRT1:human', 'NAMPT:human']);
    const later = 'Mice lacking SIRT3 were studied, and mice were fed. In human cells, SIRT1 was silenced. The diet was changed. NAMPT levels fell.';
    assert.deepEqual(speciesOf(later), ['SIRT3:10090', 'SIRT1:human', 'NAMPT:10090'], 'two sentences on, the paragraph\'s species');
  });

  it('reads a gene named where the sentence joins humans and another species ("human and mouse") as the human gene', () => {
    assert.deepEqual(speciesOf('NAMPT and SIRT3 were measured in human and mouse livers.'), ['NAMPT:human', 'SIRT3:human']);
    assert.deepEqual(speciesOf('SIRT3 levels fell in mice and humans alike.'), ['SIRT3:human']);
    assert.deepEqual(speciesOf('SIRT3 was compared in patients, mice and rats.'), ['SIRT3:human']);
    assert.deepEqual(speciesOf('SIRT3 levels fell in mice and rats.'), ['SIRT3:10090'], 'two animals and no humans: the nearest');
    assert.deepEqual(speciesOf('SIRT3 levels fell in mice, and later in human cells NAMPT rose.'), ['SIRT3:10090', 'NAMPT:human'], 'not one coordination');
  });

  it('reads a mouse\'s oocytes as the mouse\'s, Xenopus oocytes as a tool', () => {
    assert.deepEqual(speciesOf('SIRT3 was depleted in meiotic mouse oocytes.'), ['SIRT3:10090']);
    assert.deepEqual(speciesOf('SIRT3 was expressed in Xenopus oocytes.'), ['SIRT3:human']);
  });

  it('knows cell lines written as two words, and HCT116', () => {
    assert.deepEqual(speciesOf('Patients were recruited. SIRT3 was silenced in RAW 264.7 cells.'), ['SIRT3:10090']);
    assert.deepEqual(speciesOf('Mice were fed. SIRT3 was silenced in HCT116 cells.'), ['SIRT3:human']);
    assert.deepEqual(speciesOf('Mice were fed. SIRT3 was measured in the raw data.'), ['SIRT3:10090'], '"raw" alone is no cell line');
  });

  it('gives an abbreviation defined in a sentence about mice the species of that sentence', () => {
    const found = find('Muscle of mice without nicotinamide riboside kinase 2 (NRK2) was weak.').filter((m) => m.text === 'NRK2');
    assert.deepEqual(found.map((m) => `${m.entityId}:${m.species ?? 'human'}`), ['NMRK2:10090']);
  });
});

describe('hormones that are gene products', () => {
  it('gives insulin its gene\'s id in the PubTator output (INS), and none where the paragraph is about mice', () => {
    const human = 'Insulin secretion fell in patients with type 2 diabetes.';
    const insulin = find(human).filter((m) => m.kind === 'hormone');
    assert.deepEqual(insulin.map((m) => [m.text, isGeneProduct(service, m), pubtatorIdOf(service, m, new Map(), human)]), [['Insulin', true, '3630']]);
    const mice = 'Obese mice were fed, and the mice gained weight. Insulin secretion fell.';
    const mouse = find(mice).filter((m) => m.kind === 'hormone');
    assert.deepEqual(mouse.map((m) => [m.species, pubtatorIdOf(service, m, new Map(), mice)]), [['10090', '']]);
  });
});

describe('the namesake of a family', () => {
  it('is no gene that a rodent\'s synonym alone names by the family text: "Wnt" (a rat synonym of Wnt2) stays the family', () => {
    const [wnt] = find('Wnt signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.ok(wnt, 'Wnt is the family');
    assert.equal(familyNamesake(service.lexicon, wnt.entityId, wnt.text), undefined);
    assert.equal(pubtatorIdOf(service, wnt, new Map()), 'FPLX:Wnt');
    const [akt] = find('Akt signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.equal(akt && service.lexicon.get(familyNamesake(service.lexicon, akt.entityId, akt.text) ?? '')?.symbol, 'AKT1', 'a human alias still names one');
  });

  it('is the most studied of the genes a text names when all of them are members: AMPK is PRKAA1', () => {
    const [ampk] = find('AMPK activity rose in the muscle.').filter((m) => m.kind === 'family');
    assert.ok(ampk, 'AMPK is the family');
    assert.equal(service.lexicon.get(familyNamesake(service.lexicon, ampk.entityId, ampk.text) ?? '')?.symbol, 'PRKAA1');
    assert.equal(pubtatorIdOf(service, ampk, new Map()), '5562');
    const [pkc] = find('PKC signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.equal(pkc && familyNamesake(service.lexicon, pkc.entityId, pkc.text), undefined, 'PKC names no gene of the table');
  });
});

describe('enumerations of genes', () => {
  const symbols = (text: string, start = 0, end = text.indexOf(' ') < 0 ? text.length : text.indexOf(' ')): string[] | undefined =>
    enumeratedGenes(service.lexicon, text, start, end)?.map((id) => service.lexicon.get(id)?.symbol ?? id);

  it('names every gene of "ERK1/2", "caspase-3/7", "PAK1/2/3", "MCM2-7"', () => {
    assert.deepEqual(symbols('ERK1/2 phosphorylation'), ['MAPK3', 'MAPK1']);
    assert.deepEqual(symbols('caspase-3/7 activity'), ['CASP3', 'CASP7']);
    assert.deepEqual(symbols('PAK1/2/3 inhibitors', 0, 4), ['PAK1', 'PAK2', 'PAK3'], 'the list runs past the mention');
    assert.deepEqual(symbols('MCM2-7 helicase'), ['MCM2', 'MCM3', 'MCM4', 'MCM5', 'MCM6', 'MCM7']);
  });

  it('names every gene of a coordination that shares the name: "GATA-4, -5, -6", "hHR23A and -B", "HMG1 and 2"', () => {
    assert.deepEqual(symbols('GATA-4, -5, and -6 sites', 0, 6), ['GATA4', 'GATA5', 'GATA6']);
    assert.deepEqual(symbols('TGF-beta1 and -beta2 rose', 0, 9), ['TGFB1', 'TGFB2']);
    assert.deepEqual(symbols('HMG1 and 2 enhance it', 0, 4), ['HMGB1', 'HMGB2']);
    assert.deepEqual(symbols('SERCA1, 2, and 3 genes', 0, 6), ['ATP2A1', 'ATP2A2', 'ATP2A3']);
    assert.deepEqual(symbols('CDKN2A/B deletions'), ['CDKN2A', 'CDKN2B']);
    assert.deepEqual(symbols('IL-1alpha/beta levels'), ['IL1A', 'IL1B']);
    assert.deepEqual(symbols('ROCK-I/II inhibitors'), ['ROCK1', 'ROCK2']);
    assert.deepEqual(symbols('S100A7/A8/A9 rose'), ['S100A7', 'S100A8', 'S100A9']);
    assert.equal(symbols('CD4/CD8 ratio'), undefined, 'two names, each a mention');
  });

  it('is no coordination where a number after the name counts something else', () => {
    assert.equal(symbols('MSH2, and 3 control probes', 0, 4), undefined);
    assert.equal(symbols('TP53, 21 cells', 0, 4), undefined, 'numbers after commas only');
    assert.equal(symbols('TP53 and 2010 data', 0, 4), undefined, 'a year');
  });

  it('is no enumeration where the text lists other things', () => {
    assert.equal(symbols('p21/p27 levels'), undefined);
    assert.equal(symbols('IL-6 levels'), undefined);
    assert.equal(symbols('TP53 1/2 of the cases', 0, 4), undefined);
    assert.equal(symbols('CD4/8x cells'), undefined, 'a letter after the list');
    assert.equal(symbols('MCM2-70 helicase'), undefined, 'a range too long');
  });

  it('gives the PubTator output every gene\'s NCBI Gene id', () => {
    const text = 'ERK1/2 and caspase-3/7 were active.';
    const ids = find(text).filter((m) => m.kind === 'gene' || m.kind === 'family').map((m) => pubtatorIdOf(service, m, new Map(), text));
    assert.ok(ids.includes('5595;5594'), ids.join(' '));
    assert.ok(ids.includes('836;840'), ids.join(' '));
  });
});
