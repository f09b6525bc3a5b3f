// Which species a gene mention belongs to (issue #13, matcher/species.ts): a paragraph's title, sentences comparing
// genes across species, rodents that host human cells, fission yeast. Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core';
import { geneService } from '../helpers/genes';

const service = geneService();
const find = (text: string): Mention[] => service.findMentions(text, 'plaintext');
/** "SIRT1:10090" per gene mention ("human" for none). */
const speciesOf = (text: string): string[] => find(text).filter((m) => m.kind === 'gene').map((m) => `${m.text}:${m.species ?? 'human'}`);

describe('a paragraph\'s title', () => {
  it('names the species of the sentences that name none, over the people its background names', () => {
    const text = 'Nampt expression sets NAD levels in mouse liver.\nPatients and donors gave blood. Patients with fatty liver had less NAD. The liver lost weight. SIRT1 rose with fasting.';
    assert.deepEqual(speciesOf(text), ['Nampt:10090', 'SIRT1:10090']);
  });

  it('keeps the genes human when the title is about humans, however often the text names mice', () => {
    const text = 'NAMPT in human obesity.\nMice and rats were fed fat. Mice grew obese. The liver lost weight. SIRT1 rose with fasting.';
    assert.deepEqual(speciesOf(text), ['NAMPT:human', 'SIRT1:human']);
  });

  it('is only a first line that is one whole sentence: wrapped prose has none', () => {
    const text = 'Nampt expression sets NAD levels in mouse liver and\npatients and donors gave blood. Patients with fatty liver had less NAD. The liver lost weight. SIRT1 rose with fasting.';
    assert.deepEqual(speciesOf(text).slice(1), ['SIRT1:human']);
    const two = 'Mice were fed fat. Nampt expression fell.\nPatients and donors gave blood. Patients had less NAD. The liver lost weight. SIRT1 rose with fasting.';
    assert.deepEqual(speciesOf(two).slice(1), ['SIRT1:human'], 'a first line of two sentences is no title');
  });

  it('decides nothing when it names two species, and gives way to a species word in the gene\'s own sentence', () => {
    const text = 'SIRT1 in mice and flies.\nPatients and donors gave blood. Patients had less NAD. The liver lost weight. SIRT3 rose with fasting.';
    assert.deepEqual(speciesOf(text).slice(1), ['SIRT3:human']);
    const own = 'Sirt3 expression in mouse liver.\nIn patients, SIRT1 rose with fasting.';
    assert.deepEqual(speciesOf(own), ['Sirt3:10090', 'SIRT1:human']);
  });
});

describe('sentences that compare genes across species', () => {
  it('give a species word only to the gene written right after it', () => {
    const text = 'Ataxin-3 binds the two human homologs of yeast RAD23, HHR23A and HHR23B, in HeLa cells.';
    const genes = speciesOf(text).filter((g) => g.startsWith('HHR23'));
    assert.deepEqual(genes, ['HHR23A:human', 'HHR23B:human']);
    assert.deepEqual(speciesOf('The human gene NAMPT shares 90% identity with mouse Nampt protein.'), ['NAMPT:human', 'Nampt:10090']);
  });

  it('leave the nearest species word in force in a sentence that compares nothing', () => {
    assert.deepEqual(speciesOf('In yeast, loss of SIRT1 shortened life.'), ['SIRT1:4932']);
  });
});

describe('a rodent that hosts human cells', () => {
  it('is no species studied when the cells were transplanted, implanted or engrafted into it', () => {
    assert.deepEqual(speciesOf('Tumour cells were transplanted into mice, and VEGFA rose in the tumours.'), ['VEGFA:human']);
    assert.deepEqual(speciesOf('Cells implanted in NSG mice grew, and VEGFA rose.'), ['VEGFA:human']);
    assert.deepEqual(speciesOf('Mice fed fat gained weight, and Vegfa expression rose.'), ['Vegfa:10090']);
  });
});

describe('fission yeast', () => {
  it('names its own species, apart from budding yeast', () => {
    const found = find('In S. pombe, the activity of CDK1 is blocked by WEE1.').filter((m) => m.kind === 'gene');
    assert.ok(found.length > 0);
    assert.deepEqual(found.map((m) => m.species), found.map(() => '4896'));
    const mention = find('Fission yeast (Schizosaccharomyces pombe) cells divide by fission, and CDK1 drives it.').find((m) => m.kind === 'species');
    assert.equal(mention?.entityId, 'NCBITaxon:4896');
  });
});

describe('cancer in a paragraph about another species', () => {
  it('is the disease modelled where it qualifies a noun ("breast cancer cell lines"), and patients\' tumours where it is the disease', () => {
    const model = 'Mice with mammary tumours were treated with doxycycline, and the mice lived longer. The expression of IL6 in breast cancer cell lines fell.';
    assert.deepEqual(speciesOf(model), ['IL6:10090']);
    assert.deepEqual(speciesOf('TP53 was mutated in colon cancer; the same tumours grew in mice.'), ['TP53:human']);
    assert.deepEqual(speciesOf('The expression of IL6 in breast cancer cell lines fell.'), ['IL6:human'], 'no other species: cancer is human');
  });

  it('does not outvote the animal the paragraph studies where it qualifies a noun ("cancer therapy")', () => {
    const text = 'Mice were given cisplatin. Cisplatin is used in cancer therapy, and cancer therapy harms the kidney. Dendritic cells made more IL10.';
    assert.deepEqual(speciesOf(text), ['IL10:10090']);
    const patients = 'Mice were given cisplatin. Patients with cancer and patients with colon cancer respond to it. Dendritic cells made more IL10.';
    assert.deepEqual(speciesOf(patients), ['IL10:human']);
  });
});
