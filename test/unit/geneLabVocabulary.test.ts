// Lab and statistical notation is not a gene, even in a sentence full of genes: the texts that are rarely genes in
// annotated abstracts (learned: lexicon/geneStopwords.ts) need evidence about themselves, and a short symbol needs a
// gene word or a gene right next to it, not any gene in the sentence. Sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GENE_STOPWORDS } from '../../server/src/core/lexicon/geneStopwords';
import { GENE_CONFIDENT } from '../../server/src/core/lexicon/geneConfident';
import { geneService } from '../helpers/genes';

const service = geneService();

const genes = (text: string): string[] => service.findMentions(text, 'markdown').filter((m) => m.kind === 'gene').map((m) => m.text);

describe('lab vocabulary among genes', () => {
  const cases: [string, string[]][] = [
    ['TP53 expression differed between the groups (P < 0.05) in BRCA1 carriers.', ['TP53', 'BRCA1']],
    ['CD4 T cells expressing TP53 were sorted, and TP53 mRNA was measured by RT-PCR.', ['CD4', 'TP53', 'TP53']],
    ['ER stress induced ATF4 and DDIT3 expression in these cells.', ['ATF4', 'DDIT3']],
    ['Type II cells and class II molecules were compared with TP53 and BRCA1 expression.', ['TP53', 'BRCA1']],
    ['TP53 binds RNA polymerase II at the CDKN1A promoter.', ['TP53', 'CDKN1A']],
    ['BRCA1 KO mice and TP53 KO mice were crossed.', ['BRCA1', 'TP53']],
    ['HCC tissue had high TP53 expression, and HCC patients were followed up.', ['TP53']],
    ['SIRT1 activity rose 14.1 fold in the assay of the SIRT1 protein.', ['SIRT1', 'SIRT1']],
    ['A human EST clone was sequenced and its encoded protein named.', []],
    ['The TP53 sequence was read as UTF-8 and encoded in UTF-16 with a SHA-256 checksum.', ['TP53']],
    ['Sign the token with a PEM encoded key over a CORS request using the PKCE flow.', []],
    ['Patients with low factor VIII levels had TP53 variants and type II disease.', ['TP53']],
    ['Carriers of the AA and AT genotypes of the BTK gene differed from AC genotype carriers.', ['BTK']],
  ];
  for (const [sentence, expected] of cases) {
    it(`keeps only the genes: ${sentence}`, () => {
      assert.deepEqual(genes(sentence), expected);
    });
  }

  it('a rarely-gene text is still a gene in gene markup', () => {
    assert.deepEqual(genes('The *KO* allele and TP53.'), ['KO', 'TP53']);
  });

  it('a short symbol joined by a hyphen to a short code of capitals is a part of a compound name, not a gene', () => {
    assert.deepEqual(genes('The NF-AT site bound nuclear extracts, like the C2-H2 zinc finger protein ZNF133 did.'), ['ZNF133']);
    assert.deepEqual(genes('The PI3K-Akt pathway and RAGE-Ras signaling were studied.'), ['RAGE'], 'a name of its own');
    assert.deepEqual(genes('The IFI 16 gene and the SCA 2 locus were mapped near TP53.'), ['TP53'], 'a numbered name written apart');
    const member = 'Ubiquitin carboxyl-terminal esterase L1 and hydrolase-L1 expression rose with TP53 protein.';
    assert.deepEqual(genes(member), ['TP53'], 'a member letter after an enzyme or product word');
  });

  it('a name listed with "cell line(s)" is the cells, wherever the document writes it; a gene describing them stays', () => {
    assert.deepEqual(genes('We tested the HCC cell lines (HuH-7, HLF and HLE) for TP53 expression; HLF protein was absent in HuH-7.'), ['TP53']);
    assert.deepEqual(genes('PANC-1, HLE and HLF cell lines expressed TP53.'), ['TP53']);
    assert.deepEqual(genes('In the HER2-positive SKBR3 cell line, HER2 expression rose.'), ['HER2', 'HER2']);
    assert.deepEqual(genes('HLF protein bound the promoter in HepG2 cells.'), ['HLF'], 'no list, no cells');
  });

  it('a short symbol needs a gene word or a gene close by, not any gene of a long sentence', () => {
    assert.ok(genes('BAX, BCL2 and MCL1 were measured.').includes('BAX'), 'a list of genes');
    assert.ok(genes('Levels of BAX protein rose.').includes('BAX'), 'a gene word');
    const far = 'TP53 was sequenced in all of the two hundred samples of the cohort, and the DLK scores were then compared.';
    assert.ok(!genes(far).includes('DLK'), genes(far).join(', '));
  });
});

describe('one sense per paragraph', () => {
  it('a text kept as a gene once is the gene wherever the paragraph repeats it', () => {
    const text = 'Bax expression rose after the treatment. Later, the pro-apoptotic molecule Bax moved to the mitochondria.';
    assert.deepEqual(genes(text), ['Bax', 'Bax']);
  });

  it('but not past a blank line, and never for a text rarely a gene', () => {
    assert.deepEqual(genes('Bax expression rose after the treatment.\n\nLater, the molecule Bax moved to the mitochondria.'), ['Bax']);
    assert.deepEqual(genes('The *KO* allele was made. Then the KO was confirmed by sequencing.'), ['KO']);
  });
});

describe('the learned stop list (lexicon/geneStopwords.ts)', () => {
  it('holds short tokens with their counts only, each from a named source', () => {
    assert.ok(GENE_STOPWORDS.length > 50);
    for (const [token, occurrences, annotated, documents, source] of GENE_STOPWORDS) {
      if (source === 'class-word') assert.ok(/^[a-z]{4,}$/.test(token), token);
      else assert.ok(token.length <= 10 && !/\s/.test(token), token);
      assert.ok(annotated <= occurrences && documents <= occurrences, token);
      if (source === 'corpora') assert.ok(occurrences >= 8 && documents >= 4 && annotated <= 0.15 * occurrences, token);
    }
    const tokens = new Set(GENE_STOPWORDS.map(([t]) => t));
    for (const t of ['T', 'P', 'II', 'RT', 'ER', 'KO', 'CI']) assert.ok(tokens.has(t), t);
    for (const t of ['TP53', 'TNF', 'VEGF', 'p38']) assert.ok(!tokens.has(t), t);
    // Class words: aliases that are a word of many other genes' names; a protein's own name (nephrin) is none.
    for (const t of ['helicase', 'homeobox', 'peptidase']) assert.ok(tokens.has(t), t);
    for (const t of ['nephrin', 'huntingtin', 'parkin']) assert.ok(!tokens.has(t), t);
  });

  it('reads a word for a class of genes as no gene among genes ("helicase", "peptidase")', () => {
    assert.deepEqual(genes('The helicase unwound DNA beside TP53, and a peptidase cut BRCA1 in two.'), ['TP53', 'BRCA1']);
  });
});

describe('the texts that are genes wherever written (lexicon/geneConfident.ts)', () => {
  it('holds tokens with their counts only, none of them an acronym of capitals or a stop word', () => {
    assert.ok(GENE_CONFIDENT.length > 50);
    const stop = new Set(GENE_STOPWORDS.map(([t]) => t));
    for (const [token, occurrences, annotated, documents] of GENE_CONFIDENT) {
      assert.ok(token.length > 2 && token.length <= 10 && !/\s/.test(token) && !/^[A-Z]{1,4}$/.test(token), token);
      assert.ok(occurrences >= 8 && documents >= 4 && annotated >= 0.8 * occurrences && annotated <= occurrences, token);
      assert.ok(!stop.has(token), token);
    }
    for (const t of ['p53', 'p21', 'IL-6']) assert.ok(GENE_CONFIDENT.some(([token]) => token === t), t);
  });

  it('reads "p53" and "p21" as genes without a gene word next to them', () => {
    assert.deepEqual(genes('The drug led to activation of p53 and higher levels of p21 within a day.'), ['p53', 'p21']);
  });

  it('still reads a short text written like a word, or in capitals, only where the text is about genes', () => {
    assert.deepEqual(genes('The Src folder holds the code; the HSL colour was set.'), []);
  });

  it('reads "Bax" or "Src" written so as the gene wherever its paragraph names another gene', () => {
    const text = 'HIV-1 envelope proteins raised TP53 levels in neurons. They also increased the pro-apoptotic molecule Bax.';
    assert.deepEqual(genes(text), ['TP53', 'Bax']);
    assert.deepEqual(genes('TP53 levels rose.\n\nThey also increased the pro-apoptotic molecule Bax.'), ['TP53'], 'not past a blank line');
    assert.deepEqual(genes('TP53 levels rose. The molecule BAX and the molecule bax were high.'), ['TP53'], 'only as written');
  });

  it('reads a gene\'s name before "homology" and a number as a domain\'s: "Src homology 2 domains"', () => {
    assert.deepEqual(genes('PTK2B and CRK bind the Src homology 2 domains and the Src homology (SH)3 region.'), ['PTK2B', 'CRK']);
  });
});
