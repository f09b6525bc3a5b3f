// Hover and definition on genes that no profile describes, from the gene table (data/lexicon/genes.tsv); profiled
// genes keep their rich card; a text naming several genes lists them; the two hints and their quick fixes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, Location, LocationLink } from 'vscode-languageserver-types';
import { DEFAULTS } from '../../server/src/core';
import { escapeMarkdown } from '../../server/src/core/render/markdown';
import { docWithCursor } from '../helpers/cursor';
import { GENE_TABLE_URI, geneService, geneTableText, tableLineOf } from '../helpers/genes';

const service = geneService();

function hoverText(hover: Hover | null): string {
  const c = hover?.contents;
  return c && typeof c === 'object' && 'value' in c ? c.value : '';
}

function hoverAt(textWithCursor: string, languageId = 'markdown'): string {
  const { doc, position } = docWithCursor(textWithCursor, languageId);
  return hoverText(service.getHover(doc, position));
}

/** The table's cells for a gene, read straight from the file. */
function tableRow(symbol: string): { id: string; name: string; location: string; line: number } {
  const line = geneTableText().split('\n').find((l) => l.split('\t')[1] === symbol && l.split('\t')[3] === 'protein-coding');
  assert.ok(line, `${symbol} in genes.tsv`);
  const [id = '', , name = '', , , location = ''] = line.split('\t');
  return { id, name, location: location.split('|').join(', '), line: tableLineOf(id, symbol) };
}

// Fifteen genes outside the profiles, each in a sentence about genes.
const GENES = ['TP53', 'BRCA1', 'APOE', 'EGFR', 'KRAS', 'BRAF', 'CFTR', 'HTT', 'PTEN', 'VEGFA', 'ESR1', 'CDKN2A', 'SOD1', 'MTOR', 'FOXO3', 'LMNA', 'GAPDH'];

describe('hover on genes outside the profiles', () => {
  it('knows the identifiers of TP53, BRCA1 and APOE', () => {
    assert.equal(tableRow('TP53').id, '7157');
    assert.equal(tableRow('BRCA1').id, '672');
    assert.equal(tableRow('APOE').id, '348');
  });

  for (const symbol of GENES) {
    it(`${symbol}: the lexicon card (symbol, full name, location, links, no profile yet)`, () => {
      const row = tableRow(symbol);
      const card = hoverAt(`Variants in $$CURSOR$$${symbol} were studied.`);
      assert.match(card, new RegExp(`^\\*\\*${symbol}\\*\\* — `));
      assert.ok(card.includes(escapeMarkdown(row.name)), `full name of ${symbol} in:\n${card}`);
      assert.ok(card.includes(escapeMarkdown(row.location)), `location of ${symbol}`);
      assert.ok(card.includes(`[NCBI Gene ${row.id}](https://www.ncbi.nlm.nih.gov/gene/${row.id})`), `NCBI Gene link of ${symbol}`);
      assert.match(card, /\[(?:Ensembl )?ENSG\d{11}\]\(https:\/\/www\.ensembl\.org\/Homo_sapiens\/Gene\/Summary\?g=ENSG\d{11}\)/);
      assert.match(card, /UniProt/);
      assert.match(card, /No curated profile exists yet\./);
      assert.match(card, new RegExp(`lexicon/genes\\.tsv, line ${row.line + 1}`));
      assert.doesNotMatch(card, /Profile:/);
    });
  }

  it('never presents one UniProt accession as the canonical one when NCBI maps several', () => {
    const card = hoverAt('The $$CURSOR$$TP53 gene.');
    assert.match(card, /UniProt \(NCBI Gene lists these; it does not say which is the reviewed entry\): \[H2EHT1\]/);
    assert.match(card, /\[P04637\]\(https:\/\/www\.uniprot\.org\/uniprotkb\/P04637\/entry\)/);
  });

  it('says how the document wrote an alias', () => {
    const card = hoverAt('A $$CURSOR$$P53 mutation.');
    assert.match(card, /^\*\*TP53\*\* — tumor protein p53/);
    assert.match(card, /\*P53\* is an alias or previous symbol of \*\*TP53\*\*/);
  });

  it('keeps the rich card of a profiled gene, reached through the table too', () => {
    const card = hoverAt('$$CURSOR$$NMRK1 is the focus.');
    assert.match(card, /Profile: data\/profiles\/genes\/nmrk1\.json/);
    assert.match(card, /PMID/);
    assert.doesNotMatch(card, /No curated profile/);
  });

  it('lists the genes an ambiguous alias names, and guesses none', () => {
    const card = hoverAt('The $$CURSOR$$AAC1 gene was knocked out.');
    assert.match(card, /^\*\*AAC1\*\* names 2 genes · \*ambiguous\*/);
    assert.match(card, /- \*\*NAT1\*\* — N-acetyltransferase 1 · 8p22/);
    assert.match(card, /- \*\*SLC25A4\*\*/);
  });

  it('gives an approved symbol its own gene, and says which genes also use it as an alias', () => {
    const card = hoverAt('The $$CURSOR$$CAT gene is expressed in liver.');
    assert.match(card, /^\*\*CAT\*\* — catalase/);
    assert.match(card, /\*\*CAT\*\* is also an alias of \*\*CRAT\*\*, \*\*GLYAT\*\*/);
  });

  it('prefers the protein-coding record of a symbol two records share (HBD)', () => {
    const card = hoverAt('The $$CURSOR$$HBD gene.');
    assert.match(card, /^\*\*HBD\*\* — hemoglobin subunit delta/);
  });
});

describe('definition on genes outside the profiles', () => {
  it('goes to the gene\'s line in data/lexicon/genes.tsv, the symbol selected', () => {
    for (const symbol of ['TP53', 'BRCA1', 'APOE', 'EGFR']) {
      const row = tableRow(symbol);
      const { doc, position } = docWithCursor(`The $$CURSOR$$${symbol} gene.`);
      const links = service.getDefinition(doc, position, true) as LocationLink[];
      assert.equal(links.length, 1);
      const link = links[0]!;
      assert.equal(link.targetUri, GENE_TABLE_URI);
      assert.equal(link.targetRange.start.line, row.line);
      assert.equal(link.targetSelectionRange.start.line, row.line);
      const lineText = geneTableText().split('\n')[row.line] ?? '';
      assert.equal(link.targetRange.end.character, lineText.replace(/\r$/, '').length);
      assert.equal(lineText.slice(link.targetSelectionRange.start.character, link.targetSelectionRange.end.character), symbol);
      const plain = service.getDefinition(doc, position, false) as Location;
      assert.equal(plain.uri, GENE_TABLE_URI);
      assert.equal(plain.range.start.line, row.line);
    }
  });

  it('goes to the profile of a profiled gene, and to every candidate of an ambiguous alias', () => {
    const { doc, position } = docWithCursor('$$CURSOR$$NMRK1 here.');
    const links = service.getDefinition(doc, position, true) as LocationLink[];
    assert.match(links[0]?.targetUri ?? '', /data\/profiles\/genes\/nmrk1\.json$/);
    const amb = docWithCursor('The $$CURSOR$$AAC1 gene.');
    const targets = service.getDefinition(amb.doc, amb.position, true) as LocationLink[];
    assert.deepEqual(targets.map((t) => t.targetRange.start.line), [tableRow('NAT1').line, tableLineOf('291', 'SLC25A4')]);
  });
});

describe('ambiguous-term and non-preferred-symbol hints', () => {
  function diagnosticsOf(text: string): Diagnostic[] {
    const { doc } = docWithCursor(`${text}$$CURSOR$$`);
    return service.getDiagnostics(doc).filter((d) => d.code === 'ambiguous-term' || d.code === 'non-preferred-symbol');
  }

  function actionsFor(text: string, code: string): CodeAction[] {
    const { doc } = docWithCursor(`${text}$$CURSOR$$`);
    const diagnostic = service.getDiagnostics(doc).find((d) => d.code === code);
    assert.ok(diagnostic, `a ${code} diagnostic in "${text}"`);
    return service.getCodeActions(doc, diagnostic.range, { diagnostics: [diagnostic] });
  }

  it('an alias naming several genes: a Hint, and a quick fix per candidate, none preferred', () => {
    const [d] = diagnosticsOf('The AAC1 gene was knocked out.');
    assert.equal(d?.code, 'ambiguous-term');
    assert.equal(d?.severity, 4);
    assert.equal(d?.source, 'genelens');
    assert.match(String(d?.message ?? ''), /"AAC1" names 2 genes: NAT1, SLC25A4/);
    const fixes = actionsFor('The AAC1 gene was knocked out.', 'ambiguous-term').filter((a) => a.title.startsWith('Write'));
    assert.deepEqual(fixes.map((a) => a.title), ['Write NAT1 (N-acetyltransferase 1)', 'Write SLC25A4 (solute carrier family 25 member 4)']);
    assert.ok(fixes.every((a) => !a.isPreferred));
    const edit = Object.values(fixes[0]?.edit?.changes ?? {})[0]?.[0];
    assert.equal(edit?.newText, 'NAT1');
    assert.deepEqual(edit?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 8 } });
  });

  it('an alias or previous symbol: a Hint and a preferred quick fix to the approved symbol', () => {
    const [d] = diagnosticsOf('A P53 mutation.');
    assert.equal(d?.code, 'non-preferred-symbol');
    assert.equal(d?.severity, 4);
    assert.equal(d?.message, '"P53" is an alias or previous symbol of TP53; the approved symbol is TP53.');
    const [fix] = actionsFor('A P53 mutation.', 'non-preferred-symbol');
    assert.equal(fix?.title, 'Write TP53');
    assert.equal(fix?.isPreferred, true);
    const [profiled] = diagnosticsOf('The alias NRK1 still appears in older papers.');
    assert.equal(profiled?.message, '"NRK1" is an alias of NMRK1; the approved symbol is NMRK1.');
  });

  it('the same text written again: a hint each, worded alike, each fix writing its own place', () => {
    const text = 'P53 and AAC1 first.\nThen P53 and AAC1 again.';
    const { doc } = docWithCursor(`${text}$$CURSOR$$`);
    const hints = service.getDiagnostics(doc).filter((d) => d.code === 'ambiguous-term' || d.code === 'non-preferred-symbol');
    assert.deepEqual(hints.map((d) => [d.code, d.range.start.line, d.range.start.character]), [
      ['non-preferred-symbol', 0, 0], ['ambiguous-term', 0, 8], ['non-preferred-symbol', 1, 5], ['ambiguous-term', 1, 13],
    ]);
    assert.equal(hints[0]?.message, hints[2]?.message);
    assert.equal(hints[1]?.message, hints[3]?.message);
    for (const d of hints) {
      const actions = service.getCodeActions(doc, d.range, { diagnostics: [d] }).filter((a) => a.title.startsWith('Write'));
      assert.ok(actions.length > 0, String(d.message));
      for (const a of actions) assert.deepEqual(Object.values(a.edit?.changes ?? {})[0]?.[0]?.range, d.range, a.title);
    }
  });

  it('nothing for approved symbols, and the severity setting turns them off', () => {
    assert.deepEqual(diagnosticsOf('TP53 and BRCA1 and NMRK1 are genes.'), []);
    const { doc } = docWithCursor('A P53 mutation and the AAC1 gene.$$CURSOR$$');
    const off = { ...DEFAULTS, severity: { ...DEFAULTS.severity, 'ambiguous-term': 'off', 'non-preferred-symbol': 'off' } } as const;
    assert.equal(service.getDiagnostics(doc).length, 2);
    assert.deepEqual(service.getDiagnostics(doc, off), []);
  });

  it('claims about genes known only from the table raise no claim diagnostics in neutral prose', () => {
    for (const text of ['TP53 and BRCA1 are often studied together.', 'MYC binds TP53 in the nucleus.', 'EGFR and KRAS mutations were found in the tumor.']) {
      const { doc } = docWithCursor(`${text}$$CURSOR$$`);
      assert.deepEqual(service.getDiagnostics(doc).filter((d) => String(d.code).startsWith('claim-')), [], text);
    }
  });
});
