// The hover card of a variant recognized from its notation: the normalized form, the gene named next to it, dbSNP and
// ClinVar links built only from validated identifiers, every data string escaped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { HoverProvider } from '../../server/src/core/features/hover';
import { renderVariantCard } from '../../server/src/core/render/variantCard';
import { docWithCursor } from '../helpers/cursor';
import { loadFixture } from '../helpers/featureProfiles';

function card(textWithCursor: string): string {
  const { lexicon, analyzer } = loadFixture();
  const { doc, position } = docWithCursor(textWithCursor);
  const hover: Hover | null = new HoverProvider(lexicon, analyzer).provideHover(doc, position);
  assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, 'expected a hover');
  return hover.contents.value;
}

describe('variant hover', () => {
  it('shows the HGVS form and the gene written before it, with a ClinVar search by both', () => {
    const value = card('Carriers of NMRK1 V6$$CURSOR$$00E were studied.');
    assert.match(value, /\*\*V600E\*\* · \*variant\*/);
    assert.match(value, /HGVS: p\.Val600Glu/);
    assert.match(value, /Gene: \[NMRK1\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/gene\/\d+\)|Gene: NMRK1/);
    assert.match(value, /\[ClinVar search\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/clinvar\/\?term=NMRK1%5Bgene%5D%20AND%20p\.Val600Glu\)/);
  });

  it('takes the gene after it in the same sentence, never one in the next sentence', () => {
    assert.match(card('The c.35$$CURSOR$$G>A change in NMRK1 was rare.'), /Gene: .*NMRK1/);
    const value = card('The c.35$$CURSOR$$G>A change was rare. NMRK1 was not.');
    assert.doesNotMatch(value, /Gene:/);
    assert.doesNotMatch(value, /ClinVar/);
  });

  it('shows the HGVS form of a promoter change written with its alleles, and no HGVS for a codon change', () => {
    const value = card('The NMRK1 -1082(G$$CURSOR$$/A) polymorphism was typed.');
    assert.match(value, /HGVS: c\.-1082G&gt;A/);
    assert.match(value, /Gene: .*NMRK1/);
    assert.match(value, /ClinVar search\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/clinvar\/\?term=NMRK1%5Bgene%5D%20AND%20c\.-1082G%3EA\)/);
    const codon = card('In NMRK1, codon 26, GAG-$$CURSOR$$->GCG was found.');
    assert.match(codon, /Read as: codon 26 GAG/);
    assert.doesNotMatch(codon, /HGVS:|ClinVar/);
  });

  it('links dbSNP and ClinVar by the rs ID written with it', () => {
    const value = card('The c.665C$$CURSOR$$>T (rs1801133) variant of NMRK1.');
    assert.match(value, /\[dbSNP rs1801133\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/snp\/rs1801133\)/);
    assert.match(value, /\[ClinVar rs1801133\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/clinvar\/\?term=rs1801133\)/);
  });

  it('builds no link from a form or a symbol that fails validation, and escapes the text', () => {
    const value = renderVariantCard({ text: '13-bp [deletion](x)', id: '13-bp deletion', gene: { symbol: 'BAD SYMBOL]' } });
    // No live link: once the escaped characters are taken out, no "](" is left.
    assert.doesNotMatch(value.replace(/\\./g, ''), /\]\(/);
    assert.match(value, /13-bp \\\[deletion\\\]/);
  });
});
