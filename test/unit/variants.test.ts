// Variant notations in prose (core/matcher/variants.ts): each form tmVar 3 recognizes, with its normalized id, and
// the guards that keep ordinary prose, cell lines and gene symbols clean. The sentences are written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { annotatePubtator } from '../../server/src/cli/pubtatorAnnotations';
import { createLanguageService } from '../../server/src/core';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import { fakeLoaded, fakeProfile } from '../helpers/fakeProfiles';

const matcher = createMatcher(buildLexicon(fakeLoaded([fakeProfile('gene', 'BRAF', 'B-Raf proto-oncogene')])));

/** The variants found in `text`: [text as written, id]. */
function variants(text: string): [string, string][] {
  return matcher.findMentions(text, 'plaintext').filter((m) => m.kind === 'variant').map((m) => [m.text, m.entityId]);
}

function one(sentence: string, written: string, id: string): void {
  assert.deepEqual(variants(sentence), [[written, id]], sentence);
}

describe('HGVS forms', () => {
  it('c. substitutions, intron offsets, deletions and insertions', () => {
    one('The proband carried c.35G>A in exon 1.', 'c.35G>A', 'c.35G>A');
    one('A splice variant, c.2398+1G>C, was found.', 'c.2398+1G>C', 'c.2398+1G>C');
    one('We saw c.357-3C>G twice.', 'c.357-3C>G', 'c.357-3C>G');
    one('The deletion c.399_402delAGAG removes four bases.', 'c.399_402delAGAG', 'c.399_402delAGAG');
    one('Both sisters had c.474delA and no other change.', 'c.474delA', 'c.474delA');
    one('A duplication (c.429_452dup) was inherited.', 'c.429_452dup', 'c.429_452dup');
    one('The c.-930A>G promoter change is common.', 'c.-930A>G', 'c.-930A>G');
    one('It reads c.592C-->T in the old report.', 'c.592C-->T', 'c.592C>T');
    one('Spaced as c.855 +1G>C by the authors.', 'c.855 +1G>C', 'c.855+1G>C');
    one('An indel, c.100_102delinsGT, shifts the frame.', 'c.100_102delinsGT', 'c.100_102delinsGT');
  });

  it('g., m. and r. forms', () => {
    one('The genomic change g.3318-6T>A sits in intron 2.', 'g.3318-6T>A', 'g.3318-6T>A');
    one('The mitochondrial m.3243A>G variant causes MELAS.', 'm.3243A>G', 'm.3243A>G');
    one('At the RNA level r.76a>c was seen.', 'r.76a>c', 'r.76a>c');
  });

  it('p. forms, with three-letter or one-letter residues', () => {
    one('The p.Val600Glu change activates the kinase.', 'p.Val600Glu', 'p.Val600Glu');
    one('Predicted as p.(Arg72Pro) only.', 'p.(Arg72Pro)', 'p.(Arg72Pro)');
    one('The nonsense change p.R34X truncates it.', 'p.R34X', 'p.Arg34Ter');
    one('A frameshift, p.Ser119fsX, follows.', 'p.Ser119fsX', 'p.Ser119fs*');
    one('We found p.Asp46_Gln48delinsGlu in one family.', 'p.Asp46_Gln48delinsGlu', 'p.Asp46_Gln48delinsGlu');
    one('The residue p.Thr26 is conserved.', 'p.Thr26', 'p.Thr26');
    one('Stop gained: p.Trp24*.', 'p.Trp24*', 'p.Trp24Ter');
  });
});

describe('legacy and protein-change forms', () => {
  it('one-letter and three-letter protein changes, normalized to HGVS', () => {
    one('Melanomas with BRAF V600E respond to the drug.', 'V600E', 'p.Val600Glu');
    one('The Pro75Ala substitution was benign.', 'Pro75Ala', 'p.Pro75Ala');
    one('Carriers of Arg399Gln had lower repair.', 'Arg399Gln', 'p.Arg399Gln');
    one('The R72P polymorphism of TP53 was typed.', 'R72P', 'p.Arg72Pro');
    one('The E333D change was rare.', 'E333D', 'p.Glu333Asp');
    one('The Y329fs allele was seen once.', 'Y329fs', 'p.Tyr329fs');
    one('The common F508del allele.', 'F508del', 'p.Phe508del');
    one('A C105Vfs114X frameshift.', 'C105Vfs114X', 'p.Cys105Valfs114*');
    one('An Arg-->Gln change at the site.', 'Arg-->Gln', 'p.Arg>Gln');
    one('The known Arg 3500 Gln mutation.', 'Arg 3500 Gln', 'p.Arg3500Gln');
    one('ApoE Osaka (Arg158 Pro) was found.', 'Arg158 Pro', 'p.Arg158Pro');
    one('The codon for Glu29 to Lys changed.', 'Glu29 to Lys', 'p.Glu29Lys');
    one('Then Glu 272 to stop in exon 4.', 'Glu 272 to stop', 'p.Glu272Ter');
    one('The D487_S488_F489 deletion was found.', 'D487_S488_F489 deletion', 'p.Asp487_Phe489del');
  });

  it('legacy DNA changes, with the sign of promoter positions', () => {
    one('The 1799T>A transversion is frequent.', '1799T>A', 'c.1799T>A');
    one('The OPRM1 A118G variant alters binding.', 'A118G', 'c.118A>G');
    one('Subjects with -930A>G were compared.', '-930A>G', 'c.-930A>G');
    one('The TNF G-308A promoter variant.', 'G-308A', 'c.-308G>A');
    one('A splice change 2398+1G>C was found.', '2398+1G>C', 'c.2398+1G>C');
    one('The 1494del6 allele of TYMS.', '1494del6', 'c.1494del6');
    one('A frameshift 3020insC was typed.', '3020insC', 'c.3020insC');
    one('The 2238-9del AG change in intron 13.', '2238-9del AG', 'c.2238-9delAG');
    one('Carriers of IL1B-511CC had more pain.', '-511CC', '-511CC');
    one('The -31T/C polymorphism was typed.', '-31T/C', 'c.-31T>C');
  });

  it('promoter genotypes and alleles by signed position', () => {
    one('The -3279 CC genotype was common.', '-3279 CC', '-3279CC');
    one('Carriers of -3279 AC+AA were compared.', '-3279 AC+AA', '-3279AC+AA');
    one('Four SNPs (-924, A/G) were typed.', '-924, A/G', 'c.-924A>G');
    one('The -1082(G/A) polymorphism of the promoter.', '-1082(G/A)', 'c.-1082G>A');
    one('The -6054 deletion/ATT genotype.', '-6054 deletion/ATT', 'c.-6054delATT');
    one('Those with the A allele of the -588 variation.', 'A allele of the -588', '-588A');
    one('The polymorphic nucleotide A at position -1082 was typed.', 'A at position -1082', '-1082A');
  });

  it('IVS forms', () => {
    one('The IVS4-9A>G change skips exon 5.', 'IVS4-9A>G', 'IVS4-9A>G');
    one('A splicing defect, IVS10+1, g-->t, was found.', 'IVS10+1, g-->t', 'IVS10+1g>t');
    one('Alleles IVS1-23T and more.', 'IVS1-23T', 'IVS1-23T');
    one('The IVS9+459 GG genotype was rare.', 'IVS9+459 GG', 'IVS9+459GG');
    assert.deepEqual(variants('The IVS9+459, A/G site.'), [['IVS9+459, A/G', 'IVS9+459A>G']]);
    one('Written as IVS9 + 9C > T in the table.', 'IVS9 + 9C > T', 'IVS9+9C>T');
    one('The thalassemia allele IVSII-1 (G>A) is common.', 'IVSII-1 (G>A)', 'IVSII-1G>A');
  });

  it('changes at the end of a word, deletions by size, repeats', () => {
    one('Mutant JAK2V617F was present.', 'V617F', 'p.Val617Phe');
    one('The CCR5 Delta32 allele protects.', 'Delta32', 'Δ32');
    one('A 13-bp deletion in exon 2.', '13-bp deletion', '13-bp deletion');
    one('A 3.5-kb gene deletion was mapped.', '3.5-kb gene deletion', '3.5-kb gene deletion');
    one('The deletion of 54 Mbp was lethal.', 'deletion of 54 Mbp', 'deletion of 54 Mbp');
    one('The (CCTTT)14 allele was longest.', '(CCTTT)14', '(CCTTT)14');
    one('Genotypes 192Q/R differed.', '192Q/R', 'p.Gln192Arg');
    one('The rDEN2Delta30-4995 virus grew.', 'Delta30-4995', 'Δ30-4995');
    one('A homozygous four bases deletion (TGAG) of the gene.', 'deletion (TGAG)', 'delTGAG');
    one('An 8-bp nucleotide (TTAAATGG) deletion in exon 5.', '8-bp nucleotide (TTAAATGG) deletion', '8-bp nucleotide (TTAAATGG) deletion');
    one('A deletion of 6 bp at position 1494 was studied.', 'deletion of 6 bp at position 1494', 'deletion of 6 bp');
    one('Skipping causes deletion of amino acids 809-852 in the protein.', 'deletion of amino acids 809-852', 'p.809_852del');
    one('The CAG repeat length of AR.', 'CAG repeat', '(CAG)n');
    assert.deepEqual(variants('Microsatellite (TTTA)n and a (TT) deletion.'), [
      ['(TTTA)n', '(TTTA)n'],
      ['(TT) deletion', 'delTT'],
    ]);
  });

  it('codons, bases named in full, rs IDs at a sentence start, c. with a space', () => {
    one('Hb Tripoli: codon 26, GAG-->GCG was seen.', 'codon 26, GAG-->GCG', 'codon 26 GAG>GCG');
    one('Hb Sallanches (codon 104 G --> A) was seen.', 'codon 104 G --> A', 'codon 104 G>A');
    assert.deepEqual(variants('A missense mutation at codon 358, tyrosine to histidine (p.Y358H).'), [
      ['codon 358, tyrosine to histidine', 'p.Tyr358His'],
      ['p.Y358H', 'p.Tyr358His'],
    ]);
    one('Of interest is a cytosine insertion at position 3020 of exon 11.', 'cytosine insertion at position 3020', 'c.3020insC');
    one('Rs702553 at the PDE4D gene was selected.', 'Rs702553', 'rs702553');
    one('Splice sites (c. 1093-1G>T) were hit.', 'c. 1093-1G>T', 'c.1093-1G>T');
    one('A to G transition at codon 557 (AAG-->GAG) of exon 10.', 'A to G transition at codon 557 (AAG-->GAG)', 'codon 557 A>G');
    one('Apolipoprotein A-I Tomioka (codon 138 deletion).', 'codon 138 deletion', 'codon 138 del');
  });

  it('indels, repeats and deletions by size or base, positions counted in base pairs', () => {
    one('The TCT deletion/insertion polymorphism of intron 4.', 'TCT deletion/insertion', 'indelTCT');
    one('A 28-bp tandem repeat in the untranslated region.', '28-bp tandem repeat', '28-bp tandem repeat');
    one('An approximately 4-Mb heterozygous interstitial deletion on 17p.', '4-Mb heterozygous interstitial deletion', '4-Mb heterozygous interstitial deletion');
    one('The donor was Delta32-CCR5 heterozygous.', 'Delta32', 'Δ32');
    one('Heritable via a -4-bp G-to-A transition.', '-4-bp G-to-A', 'c.-4G>A');
    one('A single nucleotide T insertion at 7916 and 7917 was found.', 'T insertion at 7916 and 7917', 'insT');
    one('A novel homozygous deletion of a G nucleotide at the boundary.', 'deletion of a G nucleotide', 'delG');
    one('It is due to an insertion of (GCG)4GCA in PABPN1.', 'insertion of (GCG)4GCA', 'ins(GCG)4GCA');
    one('The frequent c.304ins(GCG)(7) expansion.', 'c.304ins(GCG)(7)', 'c.304ins(GCG)(7)');
    one('Analysis of adenine 474 deletion mutation.', 'adenine 474 deletion', 'c.474delA');
    assert.deepEqual(variants('They have single-nucleotide deletions, one in exon 9 and one in exon 12.'), []);
  });

  it('residue changes in words, with a position or a word that says it is a change', () => {
    one('ApoE with arginine 150 proline binds less.', 'arginine 150 proline', 'p.Arg150Pro');
    one('It caused a proline to serine substitution at codon 38 in HBx.', 'proline to serine substitution at codon 38', 'p.Pro38Ser');
    one('This led to substitution of serine by proline at codon 1235.', 'serine by proline at codon 1235', 'p.Ser1235Pro');
    one('A glycine to glutamine substitution in the loop.', 'glycine to glutamine', 'p.Gly>Gln');
    assert.deepEqual(variants('The substitution of valine for glutamate (V1188E) was found.'), [
      ['valine for glutamate', 'p.Glu>Val'],
      ['V1188E', 'p.Val1188Glu'],
    ]);
  });

  it('nucleotide changes without a position', () => {
    one('UV-specific C to T transitions at dipyrimidines.', 'C to T', 'C>T');
    one('Tandem CC to TT mutations were common.', 'CC to TT', 'CC>TT');
    one('The paternal G-->A transition was new.', 'G-->A', 'G>A');
    one('A G/A polymorphism in the promoter.', 'G/A', 'G>A');
    one('A T to G transversion at nucleotide 1836 in exon 11.', 'T to G transversion at nucleotide 1836', 'c.1836T>G');
    one('A (G --> C) substitution at position 1201 of exon 2.', '(G --> C) substitution at position 1201', 'c.1201G>C');
    one('A GTT-->GCT transition at codon 23 of the gene.', 'GTT-->GCT transition at codon 23', 'codon 23 GTT>GCT');
    one('The cousins had a C deletion in codon 241.', 'C deletion in codon 241', 'delC');
    one('A C-to-T substitution at -31 of IL1B.', 'C-to-T substitution at -31', 'c.-31C>T');
    one('The guanine to adenine substitution of nucleotide -308 was typed.', 'guanine to adenine substitution of nucleotide -308', 'c.-308G>A');
  });

  it('stops, sizes in words, alleles and long genomic positions', () => {
    one('It creates a stop codon at residue 178 in the protein.', 'stop codon at residue 178', 'p.178*');
    one('The mother had a single base pair deletion in exon 26.', 'single base pair deletion', 'single base pair deletion');
    one('A novel 22-bp tandem duplication was found.', '22-bp tandem duplication', '22-bp tandem duplication');
    one('Channels of HCN4-573X conduct less.', '573X', 'p.573*');
    one('The polymorphism T1270533G was typed.', 'T1270533G', 'c.1270533T>G');
    one('A deletion (157delMTTTVP) in exon 4.', '157delMTTTVP', 'c.157delMTTTVP');
    one('A deletion of G at the nucleotide position 520 in exon 6.', 'deletion of G at the nucleotide position 520', 'c.520delG');
    one('The 111G allele frequency was higher.', '111G', '111G');
  });

  it('rs numbers are kept', () => {
    assert.deepEqual(variants('The rs1801133 variant (c.665C>T) of MTHFR.'), [
      ['rs1801133', 'rs1801133'],
      ['c.665C>T', 'c.665C>T'],
    ]);
  });
});

describe('guards: prose and identifiers stay clean', () => {
  it('short ids, cell lines, phases and formulas', () => {
    for (const s of [
      'Cells in G1 phase and in S phase were counted at T2 and A1.',
      'E2 levels rose; C3 and C5a were measured with E2F1.',
      'T47D and T98G cells, MCF7, A549 and H1299 lines were grown at 37C.',
      'The S100A8 and S100B proteins; the S100G gene.',
      'Stored at -80C and thawed at -20C; the sample was 5 C warmer.',
      'p. 123 of the report; c. 1900, the authors wrote in vol. 3.',
      'The H3K27 and H3K4me3 marks; CD4 and CD8 cells; the C57BL/6 mice.',
      'Between 2011-2015 we enrolled 1200 patients, 35 del and 17 ins.',
      'Delta9-tetrahydrocannabinol and the Δ12 desaturase were studied.',
      'A glucose (C6H12O6) solution and C18 columns were used.',
      'Argentina, Glutamine and Valencia are words too.',
      'The conversion of glutamine to glutamate by glutaminase; serine for the kinase.',
      'From A to Z, plan A to B, and grades C to A in the class.',
      'Rows A/B and columns C/D; the T/C ratio was higher.',
      'Grades went from C to A at 10 years; one of the four bases; a stop at 5 pm.',
      'The 10X Genomics kit, a 100X objective and the 3T3 cells.',
      'Grade A at position -2 of the list; the CAT to TAG ratio; a GAG to GAT plan.',
      'At -20 CC and -80 AT the samples froze; Ser 15 was phosphorylated; Arg 3 and Met 1 to 5.',
      'The codon 12 region, codon 61, which; a guanine insertion polymorphism; Rs and Rs. 5; Rs2 genes.',
    ]) {
      assert.deepEqual(variants(s), [], s);
    }
  });

  it('a one-letter change needs a two-digit position, and no prefix of capitals before it', () => {
    assert.deepEqual(variants('The R3W change and FAM21A.'), []);
  });
});

describe('PubTator output of variants', () => {
  it('carries the HGVS form, and the rs ID written with it first', () => {
    const service = createLanguageService({ profiles: [] });
    const doc = { pmid: '1', title: 'A variant of MTHFR', abstract: 'The c.665C>T (rs1801133) and V600E changes; rs4680 alone.', annotations: [] };
    const out = annotatePubtator(service, doc, new Map()).annotations.map((a) => [a.text, a.type, a.id]);
    assert.deepEqual(out, [
      ['c.665C>T', 'Variant', 'rs1801133;c.665C>T'],
      ['rs1801133', 'Variant', 'rs1801133'],
      ['V600E', 'Variant', 'p.Val600Glu'],
      ['rs4680', 'Variant', 'rs4680'],
    ]);
  });
});
