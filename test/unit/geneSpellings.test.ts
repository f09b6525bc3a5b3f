// Genes as papers write them (issue #13): other letter case, Greek letters and their spelled names, hyphens and spaces
// inside names, full names and their plurals; with the English guard still in force. Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core';
import { variantKey } from '../../server/src/core/text/variantKey';
import { docWithCursor } from '../helpers/cursor';
import { geneService, shippedGeneTable } from '../helpers/genes';

const service = geneService();
const find = (text: string): Mention[] => service.findMentions(text, 'markdown');
const genesOf = (text: string): string[] => find(text).filter((m) => m.kind === 'gene').map((m) => `${m.text}=${m.entityId}`);

describe('the variant key of a written name', () => {
  it('folds case, reads Greek letters and their names as Latin letters, drops hyphens and spaces between letters and digits', () => {
    for (const written of ['IL-1β', 'IL-1beta', 'IL 1 beta', 'IL1B', 'il-1B', 'IL1-BETA', 'IL1beta']) assert.equal(variantKey(written), 'il1b', written);
    for (const written of ['HIF-1α', 'HIF-1alpha', 'HIF1A', 'Hif1a', 'HIF-1 alpha']) assert.equal(variantKey(written), 'hif1a', written);
    for (const written of ['TNF-α', 'TNFalpha', 'TNF-alpha', 'TNFA', 'TNF alpha']) assert.equal(variantKey(written), 'tnfa', written);
    assert.equal(variantKey('caspase-9'), variantKey('caspase 9'));
    assert.equal(variantKey('NFkappaB'), 'nfkb');
    assert.equal(variantKey('vitamin D receptor'), 'vitamin d receptor');
  });

  it('keeps a separator between two runs of letters, so a hyphenated alias never reads as a word', () => {
    assert.equal(variantKey('CAP-E'), 'cap e');
    assert.notEqual(variantKey('CAP-E'), variantKey('Cape'));
    assert.equal(variantKey('alphabet'), 'alphabet', 'a Greek name inside a word is no Greek letter');
  });
});

describe('letter case', () => {
  it('finds symbols and aliases written in another case: p53, Akt, mTOR, Sp1, RhoA, Daxx, Nampt', () => {
    assert.deepEqual(
      genesOf('In these cells p53 protein and Akt phosphorylation raised mTOR signalling, while RhoA, Sp1 and Daxx expression fell and Nampt activity rose.'),
      ['p53=TP53', 'mTOR=MTOR', 'RhoA=RHOA', 'Sp1=SP1', 'Daxx=DAXX', 'Nampt=NAMPT'],
    );
    // Akt, written alone, names the AKT family (FamPlex), not one member: issue #13 lists it with the families.
    const akt = find('In these cells Akt phosphorylation rose.').find((m) => m.text === 'Akt');
    assert.equal(akt?.kind, 'family');
  });

  it('keeps the English guard: was, cat, set and Rest stay words in any case', () => {
    assert.deepEqual(genesOf('The cat was set to Rest. Was the Cat set? We rest.'), []);
  });

  it('needs gene context for a spelling that reads as a word: capitalised or lower-case letters only', () => {
    assert.deepEqual(genesOf('Daxx went home.'), []);
    assert.deepEqual(genesOf('Daxx expression went up.'), ['Daxx=DAXX']);
    assert.deepEqual(genesOf('We saw the Akt of it.'), []);
  });

  it('reads a capital, lower-case letters and digits (Smad3, Sirt1) as a symbol\'s rodent spelling, not a word', () => {
    assert.deepEqual(genesOf('Smad3 binds the promoter.'), ['Smad3=SMAD3']);
    assert.deepEqual(genesOf('Daxx went home.'), [], 'letters only still read as a word');
  });

  it('reads a charge, an acronym\'s plural, an amino acid and words apart as prose', () => {
    assert.deepEqual(genesOf('The Ca2+ influx in gene expression studies.'), []);
    assert.deepEqual(genesOf('Mutant Arg and Ser residues in the protein.'), []);
    assert.deepEqual(genesOf('She was born March 1 and he read page 5.'), []);
  });
});

describe('Greek letters and punctuation inside names', () => {
  it('finds IL-1β, IL-1beta, TGF-β1, HIF-1α, TNF-α, IGFBP-1 and Bcl-G', () => {
    assert.deepEqual(
      genesOf('IL-1β and IL-1beta induced TGF-β1 and HIF-1α; TNF-α, TNFalpha, IGFBP-1 and Bcl-G rose.'),
      ['IL-1β=IL1B', 'IL-1beta=IL1B', 'TGF-β1=TGFB1', 'HIF-1α=HIF1A', 'TNF-α=TNF', 'TNFalpha=TNF', 'IGFBP-1=IGFBP1', 'Bcl-G=BCL2L14'],
    );
  });

  it('reads a Latin letter written for a Greek one after a hyphen: TGF-b1, IFN-g, TNF-a', () => {
    assert.deepEqual(genesOf('TGF-b1 raised IFN-g and TNF-a in the cells.'), ['TGF-b1=TGFB1', 'IFN-g=IFNG', 'TNF-a=TNF']);
    assert.deepEqual(genesOf('The plan-b option and the vitamin-a intake were recorded.'), []);
  });

  it('reads a human prefix as the gene: hDaxx, hCB2, rhBMP-2; not units or two-letter remainders', () => {
    assert.deepEqual(genesOf('hDaxx binds the hCB2 receptor, and rhBMP-2 was added.'), ['hDaxx=DAXX', 'hCB2=CNR2', 'rhBMP-2=BMP2']);
    assert.deepEqual(genesOf('The air pressure was 1013 hPa at noon, and the hMG sample was kept.'), []);
  });

  it('takes the longest spelling: PGC-1α is PPARGC1A, never PGC', () => {
    const [pgc] = find('PGC-1α expression in muscle.');
    assert.equal(pgc?.text, 'PGC-1α');
    assert.equal(pgc?.entityId, 'PPARGC1A');
  });

  it('finds NRK-2 as the alias NRK2, ambiguous as written in the table', () => {
    const [nrk] = find('NRK-2 expression in muscle.');
    assert.equal(nrk?.text, 'NRK-2');
    assert.ok((nrk?.candidates ?? []).includes('NMRK2'));
  });

  it('prefers the table\'s own spelling at equal length', () => {
    const [tnf] = find('TNF-alpha levels.');
    assert.equal(tnf?.entityId, 'TNF');
    assert.equal(tnf?.via, 'alias');
  });
});

describe('full names', () => {
  it('finds full names and their common forms: titin, vimentin, caspase-9, interleukin-10, tumor protein p53, vitamin D receptor', () => {
    assert.deepEqual(
      genesOf('We measured titin and vimentin, caspase-9 and interleukin-10, tumor protein p53 and the vitamin D receptor.'),
      ['titin=TTN', 'vimentin=VIM', 'caspase-9=CASP9', 'interleukin-10=IL10', 'tumor protein p53=TP53', 'vitamin D receptor=VDR'],
    );
  });

  it('finds a full name with a Greek letter after it that only a rodent\'s synonyms hold, as the human gene', () => {
    const found = find('Serum tumor necrosis factor-alpha and tumor necrosis factor-a rose in the patients.').filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => `${m.text}=${m.entityId}`), ['tumor necrosis factor-alpha=TNF', 'tumor necrosis factor-a=TNF']);
    assert.ok(found.every((m) => m.via === 'name' && m.species === undefined));
  });

  it('finds the plural of a name that ends in a letter', () => {
    assert.deepEqual(genesOf('Both vimentins were cleaved.'), ['vimentins=VIM']);
  });

  it('never finds a generic word alone, nor a one-word name that is an English word', () => {
    assert.deepEqual(genesOf('The protein binds the receptor; the maestro played.'), []);
  });

  it('marks a full name via "name"', () => {
    const [ttn] = find('Titin protein levels fell.');
    assert.equal(ttn?.entityId, 'TTN');
    assert.equal(ttn?.via, 'name');
  });
});

describe('the variant index', () => {
  it('finds every kept symbol of the table spelled in lower case, through its own key', () => {
    const { variants } = shippedGeneTable();
    for (const symbol of ['TP53', 'BRCA1', 'PPARGC1A', 'SLC12A8', 'NAMPT']) {
      const key = variants.lookup(symbol.toLowerCase());
      assert.ok(key >= 0, symbol);
      assert.equal(variants.lookup(symbol), key);
    }
    assert.equal(variants.lookup('SET'), -1, 'an English symbol has no other spelling');
  });
});

describe('species', () => {
  it('marks the genes of a paragraph about mice as the mouse\'s, and the hover says so', () => {
    const text = 'Nampt and Sirt3 expression fell in the liver of aged mice.';
    const found = find(text).filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => `${m.text}=${m.entityId}:${m.species ?? 'human'}`), ['Nampt=NAMPT:10090', 'Sirt3=SIRT3:10090']);
    const { doc, position } = docWithCursor(`Na$$CURSOR$$mpt${text.slice(5)}`, 'markdown');
    const contents = service.getHover(doc, position)?.contents;
    const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    assert.match(value, /mouse \*Nampt\*; human \*\*NAMPT\*\*/);
  });

  it('follows the nearest species word in the sentence, and rats', () => {
    const found = find('In rats, Sirt3 expression rose; in the tumours of patients, TP53 was mutated.').filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => `${m.text}:${m.species ?? 'human'}`), ['Sirt3:10116', 'TP53:human']);
  });

  it('leaves genes human where no rodent is named, or where the paragraph names humans and the gene is written the human way', () => {
    assert.deepEqual(find('SIRT3 expression fell with age.').map((m) => m.species ?? 'human'), ['human']);
    const mixed = find('Human cells expressed SIRT3. Knockout mice were used. Later, SIRT1 expression was measured.');
    assert.deepEqual(mixed.filter((m) => m.kind === 'gene').map((m) => `${m.text}:${m.species ?? 'human'}`), ['SIRT3:human', 'SIRT1:human']);
  });

  it('reads a paragraph about flies or yeast as about their genes, and says so in the hover', () => {
    const text = 'In Drosophila, loss of Rpd3 shortened the wing; flies without it died early.';
    const found = find(text).filter((m) => m.kind === 'gene');
    assert.ok(found.length > 0);
    assert.deepEqual(found.map((m) => m.species), found.map(() => '7227'));
    const fish = 'Zebrafish embryos without SOX10 lost their pigment cells.';
    const { doc, position } = docWithCursor(`${fish.slice(0, 27)}$$CURSOR$$${fish.slice(27)}`, 'markdown');
    const contents = service.getHover(doc, position)?.contents;
    const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    assert.match(value, /zebrafish \*SOX10\*; the human gene of that name: \*\*SOX10\*\*/);
  });

  it('reads a strain as its animal: C57BL/6 mice, Wistar rats', () => {
    const found = find('Bone marrow of C57BL/6 animals was cultured, and SIRT3 was measured.').filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => m.species ?? 'human'), ['10090']);
  });

  it('reads the tools of mouse genetics as about mice: Cre lines, floxed alleles, littermates; not the CRE element', () => {
    const cre = find('Deletion by a tamoxifen-inducible Cre line lowered SIRT3 in the gut.').filter((m) => m.kind === 'gene');
    assert.deepEqual(cre.map((m) => m.species ?? 'human'), ['10090']);
    const floxed = find('Floxed alleles of PTEN were crossed; littermates served as controls.').filter((m) => m.kind === 'gene');
    assert.deepEqual(floxed.map((m) => m.species ?? 'human'), ['10090']);
    const element = find('CREB1 binds the CRE of the promoter in HeLa cells.').filter((m) => m.kind === 'gene' && m.text === 'CREB1');
    assert.deepEqual(element.map((m) => m.species ?? 'human'), ['human'], 'CRE in capitals is the cAMP response element');
  });

  it('counts cancer as about patients, and a two-hybrid screen as no yeast paper', () => {
    const cancer = find('TP53 and KRAS were mutated in colon cancer; the same tumours grew in mice.').filter((m) => m.kind === 'gene');
    assert.deepEqual(cancer.map((m) => m.species ?? 'human'), ['human', 'human']);
    const screen = find('A yeast two-hybrid screen found that BRCA1 binds BARD1.').filter((m) => m.kind === 'gene');
    assert.deepEqual(screen.map((m) => m.species ?? 'human'), ['human', 'human']);
  });

  it('decides per paragraph: a blank line ends the mice', () => {
    const found = find('Sirt3 expression in mice.\n\nSIRT3 expression in the other text.').filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => m.species ?? 'human'), ['10090', 'human']);
  });
});

describe('rodent spellings (MGI, RGD)', () => {
  it('reads a mouse or rat synonym as the human gene, with the species of its paragraph', () => {
    const found = find('Pbef1 expression rose in the liver of aged mice.').filter((m) => m.kind === 'gene');
    assert.deepEqual(found.map((m) => `${m.text}=${m.entityId}:${m.species ?? 'human'}`), ['Pbef1=NAMPT:10090']);
  });

  it('leaves out English words among the synonyms', () => {
    assert.deepEqual(genesOf('Gene expression in aged mice and rats.'), []);
  });
});
