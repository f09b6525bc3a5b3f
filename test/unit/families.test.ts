// Families and complexes (data/lexicon/families.tsv, from FamPlex) as entities of kind `family`: the texts writers
// use (AMPK, NF-κB, PI3K/Akt, sirtuins, PARPs, PKC, GPCR, MHC class I) are recognized as the family, not as a gene
// alias that merely shares the text; a hover lists the members, each linked to its gene, and picks none of them; a
// family text that starts one member's name ("caspase-3", "cyclin D1") is not the family. Sentences written here.
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { parseFamilyTable } from '../../server/src/core/lexicon/familyTable';
import { pubtatorIdOf } from '../../server/src/cli/pubtatorAnnotations';
import type { Mention } from '../../server/src/core';
import { docWithCursor } from '../helpers/cursor';
import { createLanguageService, familyNamesake, loadGeneTable, SEMANTIC_TOKENS_LEGEND } from '../../server/src/core';
import { FAMILY_TABLE_FILE, GENE_TABLE_URI, geneService, geneTableText, shippedGeneTable } from '../helpers/genes';

const service = geneService();

function mentions(text: string): Mention[] {
  return service.findMentions(text, 'markdown');
}

/** The mention whose text is `written`, or undefined. */
function mentionOf(text: string, written: string): Mention | undefined {
  return mentions(text).find((m) => m.text === written);
}

function hoverAt(textWithCursor: string): string {
  const { doc, position } = docWithCursor(textWithCursor, 'markdown');
  const c: Hover['contents'] | undefined = service.getHover(doc, position)?.contents;
  return c && typeof c === 'object' && 'value' in c ? c.value : '';
}

/** The family entity a mention names: its FamPlex id, through the lexicon. */
function famplexOf(m: Mention | undefined): string | undefined {
  if (!m) return undefined;
  const entity = service.lexicon.get(m.entityId);
  return entity?.family?.id;
}

describe('families and complexes in the text', () => {
  const cases: [sentence: string, written: string, famplex: string][] = [
    ['AMPK activates the uptake of glucose in muscle.', 'AMPK', 'AMPK'],
    ['NF-κB signaling rises after the injury.', 'NF-κB', 'NFkappaB'],
    ['NF-kappaB signaling rises after the injury.', 'NF-kappaB', 'NFkappaB'],
    ['NFkB signaling rises after the injury.', 'NFkB', 'NFkappaB'],
    ['The PI3K/Akt pathway was blocked by the drug.', 'PI3K', 'PI3K'],
    ['The PI3K/Akt pathway was blocked by the drug.', 'Akt', 'AKT'],
    ['Sirtuins consume NAD+ when they deacetylate their targets.', 'Sirtuins', 'Sirtuin'],
    ['PARPs consume NAD+ at sites of DNA damage.', 'PARPs', 'PARP'],
    ['The PKC isoforms differ in their activators.', 'PKC', 'PKC'],
    ['Many drugs target a GPCR on the cell surface.', 'GPCR', 'GPCR'],
    ['MHC class I molecules present peptides to T cells.', 'MHC class I', 'HLA1'],
    ['Inhibitors of HDACs change the expression of many genes.', 'HDACs', 'HDAC'],
    ['The AP-1 complex binds the promoter.', 'AP-1', 'AP1'],
  ];
  for (const [sentence, written, famplex] of cases) {
    it(`"${written}" in "${sentence}" is the family ${famplex}`, () => {
      const m = mentionOf(sentence, written);
      assert.ok(m, `no mention of ${written} in: ${mentions(sentence).map((x) => x.text).join(', ')}`);
      assert.equal(m.kind, 'family');
      assert.equal(famplexOf(m), famplex);
      assert.equal(m.candidates, undefined, 'a family mention lists no gene candidates');
    });
  }

  it('wins over a gene alias that merely shares the text (PKC is not PRRT2, GPCR not FZD4, MHC not HLA-C)', () => {
    for (const [sentence, written, wrong] of [
      ['PKC phosphorylates the receptor in these cells.', 'PKC', 'PRRT2'],
      ['Each GPCR couples to a G protein.', 'GPCR', 'FZD4'],
      ['MHC genes were studied in the thymus.', 'MHC', 'HLA-C'],
      ['AMPK phosphorylates the enzyme.', 'AMPK', 'PRKAA1'],
    ] as const) {
      const m = mentionOf(sentence, written);
      assert.ok(m, `${written} is recognized in: ${sentence}`);
      assert.equal(m.kind, 'family', `${written} is a family`);
      assert.notEqual(m.entityId, wrong);
      assert.ok(!mentions(sentence).some((x) => x.entityId === wrong), `${wrong} is not named in: ${sentence}`);
    }
  });

  it('leaves a more specific name to the gene: AKT1, PKCα-like suffixes, caspase-3, cyclin D1, E-cadherin', () => {
    assert.equal(mentionOf('AKT1 phosphorylates the substrate.', 'AKT1')?.kind, 'gene');
    for (const [sentence, family] of [
      ['Cleaved caspase-3 was measured in the tissue.', 'caspase'],
      ['The cyclin D1 protein accumulates in the nucleus.', 'cyclin'],
      ['The E-cadherin protein holds the cells together.', 'cadherin'],
      ['The PKC alpha isoform was expressed in the cells.', 'PKC'],
      ['The PI3K p110 subunit was mutated in the tumour.', 'PI3K'],
    ] as const) {
      assert.ok(!mentions(sentence).some((m) => m.kind === 'family' && m.text === family), `${family} is not a family in: ${sentence}`);
    }
  });

  it('keeps the family where a word follows it: "AMPK-dependent", "PKC isoforms", "p-ERK"', () => {
    assert.equal(mentionOf('The AMPK-dependent phosphorylation was lost.', 'AMPK')?.kind, 'family');
    assert.equal(mentionOf('The p-ERK protein was measured.', 'ERK')?.kind, 'family');
  });

  it('asks short family texts for gene context, like short gene symbols', () => {
    // "Ras" and "PKC" with no gene word near them and no other gene in the sentence: ordinary prose.
    assert.equal(mentionOf('Ras al Khaimah is a city.', 'Ras'), undefined);
    assert.equal(mentionOf('The Ras mutation drives the tumour.', 'Ras')?.kind, 'family');
  });
});

describe('the namesake of a family (lexicon/familyNamesake.ts)', () => {
  it('is the one member the gene table names by the family text as written: VEGF is VEGFA', () => {
    const [vegf] = mentions('VEGF signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.ok(vegf, 'VEGF is the family');
    assert.equal(familyNamesake(service.lexicon, vegf.entityId, vegf.text), 'VEGFA');
  });

  it('is none for a family text no single member is named by', () => {
    const [pkc] = mentions('PKC signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.ok(pkc, 'PKC is the family');
    assert.equal(familyNamesake(service.lexicon, pkc.entityId, pkc.text), undefined);
    assert.equal(familyNamesake(service.lexicon, 'TP53', 'TP53'), undefined, 'a gene is no family');
  });

  it('is none for a family of more than seven members, whose text names the class: GPCR, S100', () => {
    const cases: [string, string][] = [['GPCR signaling rose in the tumour.', 'GPCR'], ['S100 proteins rose in the tumour.', 'S100']];
    for (const [sentence, text] of cases) {
      const [family] = mentions(sentence).filter((m) => m.kind === 'family');
      assert.equal(family?.text, text, sentence);
      assert.equal(familyNamesake(service.lexicon, family?.entityId ?? '', text), undefined, text);
    }
    const [ampk] = mentions('AMPK signaling rose in the tumour.').filter((m) => m.kind === 'family');
    assert.equal(familyNamesake(service.lexicon, ampk?.entityId ?? '', ampk?.text ?? ''), 'PRKAA1', 'seven members');
  });

  it('gives the PubTator output its NCBI Gene id, unless the text is about another species', () => {
    const idOf = (text: string, kind = 'family'): string[] =>
      mentions(text).filter((m) => m.kind === kind).map((m) => pubtatorIdOf(service, m, new Map()));
    assert.deepEqual(idOf('VEGF signaling rose in the tumour.'), ['7422']);
    assert.deepEqual(idOf('PKC signaling rose in the tumour.'), ['FPLX:PKC']);
    assert.deepEqual(idOf('VEGF signaling rose in the retina of the mice.'), ['FPLX:VEGF']);
  });
});

describe('the hover card of a family', () => {
  it('lists the members of PKC, each a link to its gene, and picks none of them', () => {
    const card = hoverAt('The $$CURSOR$$PKC isoforms differ in their activators.');
    assert.match(card, /^\*\*PKC\*\* — protein kinase C · \*protein family\*/);
    assert.match(card, /\*\*Members \(10 genes\):\*\*/);
    for (const [symbol, id] of [['PRKCA', '5578'], ['PRKCB', '5579'], ['PRKCZ', '5590']]) {
      assert.ok(card.includes(`[${symbol}](https://www.ncbi.nlm.nih.gov/gene/${id})`), `${symbol} linked in:\n${card}`);
    }
    assert.match(card, /names the protein family, not one of its genes/);
    assert.match(card, /Source: FamPlex PKC \(CC0 1\.0\) · lexicon\/families\.tsv, line \d+/);
    assert.doesNotMatch(card, /PRRT2/);
  });

  it('lists the seven AMPK subunits on the AMPK profile, which keeps its facts and sources', () => {
    const card = hoverAt('$$CURSOR$$AMPK activates the uptake of glucose.');
    assert.match(card, /^\*\*AMPK\*\* — AMP-activated protein kinase/);
    for (const symbol of ['PRKAA1', 'PRKAA2', 'PRKAB1', 'PRKAB2', 'PRKAG1', 'PRKAG2', 'PRKAG3']) {
      assert.match(card, new RegExp(`\\[${symbol}\\]\\(https://www\\.ncbi\\.nlm\\.nih\\.gov/gene/\\d+\\)`));
    }
    assert.match(card, /The master energy sensor/);
    assert.match(card, /Profile: data\/profiles\/complexes\/ampk\.json/);
  });

  it('lists the sirtuins SIRT1 to SIRT7, a family FamPlex lacks, with the curator as its source', () => {
    const card = hoverAt('$$CURSOR$$Sirtuins consume NAD+.');
    for (let n = 1; n <= 7; n++) assert.ok(card.includes(`[SIRT${n}](https://www.ncbi.nlm.nih.gov/gene/`), `SIRT${n} in:\n${card}`);
    assert.match(card, /Source: curator: the genes whose NCBI Gene full name is "sirtuin &lt;number&gt;"/);
    assert.doesNotMatch(card, /NAD/);
  });

  it('escapes the data it shows, and links only the members the gene table knows', () => {
    const familyFile = {
      uri: 'file:///x/lexicon/families.tsv',
      text: '#format\tgenelens-family-table 1\nX\tfamily\tname *with* [link](javascript:x)\tXYZQW\tTP53|<b>\tFamPlex X\n',
    };
    const genes = loadGeneTable({ uri: GENE_TABLE_URI, text: geneTableText(), familyFile });
    const own = createLanguageService({ profiles: [], genes });
    const { doc, position } = docWithCursor('The $$CURSOR$$XYZQW family.', 'markdown');
    const c = own.getHover(doc, position)?.contents;
    const card = c && typeof c === 'object' && 'value' in c ? c.value : '';
    assert.match(card, /^\*\*XYZQW\*\* — name \\\*with\\\* \\\[link\\\]\(javascript:x\) · \*protein family\*/);
    assert.ok(card.includes('[TP53](https://www.ncbi.nlm.nih.gov/gene/7157)'), card);
    assert.ok(card.includes('&lt;b&gt;'), card);
    assert.doesNotMatch(card, /<b>|[^\\]\]\(javascript/, 'no raw HTML, no link to javascript:');
  });
});

describe('a family in the editor', () => {
  it('is shown by how writers spell it, not by an id such as NFkappaB', () => {
    assert.match(hoverAt('$$CURSOR$$NF-κB signaling rises.'), /^\*\*NF-kappaB\*\* — Nfkb Complex · \*protein complex\*/);
  });

  it('gets the semantic token type `family`', () => {
    const { doc } = docWithCursor('The PKC isoforms differ.$$CURSOR$$', 'markdown');
    const data = service.getSemanticTokens(doc).data;
    // One token: line 0, character 4, length 3, type `family`.
    assert.deepEqual(data.slice(0, 4), [0, 4, 3, SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('family')]);
  });
});

describe('go to definition on a family', () => {
  it('goes to the family\'s line of families.tsv, its id selected', () => {
    const { doc, position } = docWithCursor('The $$CURSOR$$PKC isoforms differ.', 'markdown');
    const links = service.getDefinition(doc, position, true);
    assert.ok(Array.isArray(links) && links.length === 1);
    const link = links[0];
    assert.ok(link && 'targetUri' in link);
    assert.match(link.targetUri, /lexicon\/families\.tsv$/);
    const line = fs.readFileSync(FAMILY_TABLE_FILE, 'utf8').split('\n')[link.targetRange.start.line] ?? '';
    assert.match(line, /^PKC\tfamily\t/);
    assert.deepEqual(link.targetSelectionRange.end, { line: link.targetRange.start.line, character: 3 });
  });
});

describe('families.tsv', () => {
  it('loads with the gene table, without problems, and every member is a gene table symbol', () => {
    const table = shippedGeneTable();
    const families = table.families;
    assert.ok(families, 'families.tsv is read with genes.tsv');
    assert.deepEqual(families.problems, []);
    assert.ok(families.records.length > 700, `${families.records.length} families`);
    const genes = service.lexicon.genes;
    assert.ok(genes);
    for (const record of families.records) {
      for (const symbol of record.members) assert.ok(genes.symbolRow(symbol) >= 0, `${record.id}: member ${symbol} is in genes.tsv`);
    }
  });

  it('carries its provenance: FamPlex, CC0 1.0, Bachman et al. 2018 and the INDRA commit', () => {
    const header = shippedGeneTable().families?.header ?? {};
    assert.match(header['source'] ?? '', /FamPlex.*CC0 1\.0.*Bachman.*2018/);
    assert.match(header['release'] ?? '', /aff5d49bf4b24446002bb12c9e6f5f7bd35b090e/);
    assert.match(header['generated'] ?? '', /scripts\/build-families\.mjs/);
  });

  it('reports a line it cannot read and keeps the others', () => {
    const table = parseFamilyTable({ uri: 'file:///x/families.tsv', text: '#format\tgenelens-family-table 1\nbroken line\nA\tcomplex\tA complex\tAAA~c|a b c~i\tTP53\tFamPlex A\n' });
    assert.equal(table.records.length, 1);
    assert.equal(table.problems.length, 1);
    assert.equal(table.records[0]?.line, 2);
    assert.deepEqual(table.records[0]?.texts, [
      { text: 'AAA', insensitive: false, needsContext: true },
      { text: 'a b c', insensitive: true, needsContext: false },
    ]);
  });
});
