// The gene table: the parser and the index on a small in-test table (good and bad lines), then the committed
// data/lexicon/genes.tsv itself against the identifiers verified in the project's facts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AMBIGUOUS, NEEDS_CONTEXT, TermFlag, flagNames, indexGeneTable, parseGeneTable, type GeneRecord,
} from '../../server/src/core/lexicon/geneTable';

const root = path.resolve(__dirname, '../../..');
const HEADER = [
  '#format\tgenelens-gene-table 1',
  '#source\ttest source',
  '#package\ttest-package 1.0',
  '#release\tEntrez Gene 2000-Jan01',
  '#generated\t2000-01-01',
  '#columns\tncbiGene\tsymbol\tname\ttype\tchromosome\tlocation\taliases\tensembl\tuniprot\tflags',
];
const row = (...cells: string[]): string => cells.join('\t');
const SMALL = [
  ...HEADER,
  row('11', 'AAA1', 'alpha gene 1', 'protein-coding', '9', '9q21.13', 'AA1|SET~set|BBB2~s', 'ENSG01', 'Q1|A0A2', ''),
  row('22', 'BBB2', 'beta gene 2', 'ncRNA', 'X|Y', 'Xp22.33|Yp11.2', '', '', '', 'et'),
  row('33', 'CCC3', 'gamma gene 3', 'pseudo', '', '', 'SET~mt', '', '', 'c'),
].join('\n');

describe('parseGeneTable on an in-test table', () => {
  it('reads the header, every column, lists and flags', () => {
    const { genes, source, problems } = parseGeneTable(SMALL);
    assert.deepEqual(problems, []);
    assert.equal(source.format, 'genelens-gene-table 1');
    assert.equal(source.package, 'test-package 1.0');
    assert.equal(source.release, 'Entrez Gene 2000-Jan01');
    assert.equal(source.generated, '2000-01-01');
    assert.equal(genes.length, 3);
    const [a, b, c] = genes as [GeneRecord, GeneRecord, GeneRecord];
    assert.equal(a.ncbiGene, '11');
    assert.equal(a.symbol, 'AAA1');
    assert.equal(a.name, 'alpha gene 1');
    assert.equal(a.type, 'protein-coding');
    assert.equal(a.location, '9q21.13');
    assert.deepEqual(a.aliases, ['AA1', 'SET', 'BBB2']);
    assert.deepEqual(a.aliasFlags, [0, TermFlag.OtherSymbol | TermFlag.EnglishWord | TermFlag.Short, TermFlag.OtherSymbol]);
    assert.deepEqual(a.ensembl, ['ENSG01']);
    assert.deepEqual(a.uniprot, ['Q1', 'A0A2']);
    assert.equal(a.flags, 0);
    assert.equal(b.location, 'Xp22.33, Yp11.2');
    assert.equal(b.chromosome, 'X, Y');
    assert.deepEqual([b.aliases, b.ensembl, b.uniprot], [[], [], []]);
    assert.equal(b.flags, TermFlag.EnglishWord | TermFlag.Short);
    assert.deepEqual(flagNames(c.flags), ['commonAcronym']);
    assert.ok(c.aliasFlags[0]! & AMBIGUOUS && c.aliasFlags[0]! & NEEDS_CONTEXT);
  });

  it('accepts CRLF line ends and a missing final newline', () => {
    const { genes, problems } = parseGeneTable(SMALL.replace(/\n/g, '\r\n'));
    assert.deepEqual(problems, []);
    assert.equal(genes.length, 3);
    assert.equal(genes[2]!.flags, TermFlag.CommonAcronym);
  });

  it('reports bad lines with their line number, keeps the good ones, and never throws', () => {
    const text = [
      ...HEADER,
      row('11', 'AAA1', 'alpha gene 1', 'protein-coding', '9', '9q21.13', '', '', '', ''),
      row('x12', 'BAD1', 'not a number', '', '', '', '', '', '', ''),
      row('13', 'SHORT', 'too few columns'),
      row('14', 'LONG', 'too many', '', '', '', '', '', '', '', 'extra'),
      row('15', '', 'no symbol', '', '', '', '', '', '', ''),
      row('11', 'AAA1', 'duplicate id', '', '', '', '', '', '', ''),
      row('16', 'FLAG1', 'odd flags', '', '', '', 'AL1~z', '', '', 'q'),
      row('17', 'OK2', 'after the bad ones', '', '', '', '', '', '', ''),
    ].join('\n');
    const { genes, problems } = parseGeneTable(text);
    assert.deepEqual(genes.map((g) => g.symbol), ['AAA1', 'FLAG1', 'OK2']);
    assert.deepEqual(genes[1]!.aliases, ['AL1']);
    const lines = problems.map((p) => Number(/^line (\d+):/.exec(p)?.[1]));
    assert.deepEqual(lines, [8, 9, 10, 11, 12, 13, 13], problems.join('\n'));
    assert.match(problems[4]!, /appears twice/);
    for (const junk of ['', '\n\n', 'garbage', '\u0000\t\t|~~', '#format\tother 9\n1\tA']) {
      const result = parseGeneTable(junk);
      assert.ok(result.problems.length > 0, `problems for ${JSON.stringify(junk)}`);
    }
  });

  it('reads the articles column of format 2, and 0 for a format 1 table without it', () => {
    const v2 = [
      '#format\tgenelens-gene-table 2',
      '#columns\tncbiGene\tsymbol\tname\ttype\tchromosome\tlocation\taliases\tensembl\tuniprot\tflags\tarticles',
      row('11', 'AAA1', 'alpha gene 1', 'protein-coding', '9', '', '', '', '', '', '1234'),
      row('22', 'BBB2', 'beta gene 2', 'ncRNA', '', '', '', '', '', '', '0'),
      row('33', 'CCC3', 'gamma gene 3', 'pseudo', '', '', '', '', '', '', ''),
    ].join('\n');
    const parsed = parseGeneTable(v2);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.genes.map((g) => g.articles), [1234, 0, 0]);
    assert.equal(indexGeneTable(v2).index.articlesAt(0), 1234);
    const v1 = parseGeneTable(SMALL);
    assert.deepEqual(v1.problems, []);
    assert.deepEqual(v1.genes.map((g) => g.articles), [0, 0, 0]);
  });

  it('follows the #columns header when columns are reordered or missing', () => {
    const text = '#format\tgenelens-gene-table 1\n#columns\tsymbol\tncbiGene\taliases\nZZZ9\t99\tZ9|Z-9~t\n';
    const { genes, problems } = parseGeneTable(text);
    assert.deepEqual(problems, []);
    assert.equal(genes[0]!.ncbiGene, '99');
    assert.deepEqual(genes[0]!.aliases, ['Z9', 'Z-9']);
    assert.equal(genes[0]!.name, '');
  });
});

describe('indexGeneTable', () => {
  it('visits every symbol and alias by offsets, with their flags', () => {
    const { index } = indexGeneTable(SMALL);
    const seen: string[] = [];
    index.forEachTerm((start, end, gene, flags, isSymbol) => {
      seen.push(`${index.text.slice(start, end)}:${index.ncbiGeneAt(gene)}:${flags}:${isSymbol ? 'S' : 'A'}`);
    });
    assert.deepEqual(seen, ['AAA1:11:0:S', 'AA1:11:0:A', 'SET:11:73:A', 'BBB2:11:1:A', 'BBB2:22:72:S', 'CCC3:33:32:S', 'SET:33:66:A']);
  });

  it('finds a gene by NCBI id, sorted or not, and knows its line', () => {
    const sorted = indexGeneTable(SMALL).index;
    assert.equal(sorted.symbolAt(sorted.findByNcbiGene('22')), 'BBB2');
    assert.equal(sorted.lineAt(sorted.findByNcbiGene('22')), HEADER.length + 1);
    assert.equal(sorted.findByNcbiGene('23'), -1);
    assert.equal(sorted.findByNcbiGene('not an id'), -1);
    const lines = SMALL.split('\n');
    const unsorted = indexGeneTable([...HEADER, lines[8], lines[6], lines[7]].join('\n')).index;
    assert.deepEqual(['11', '22', '33', '44'].map((id) => unsorted.findByNcbiGene(id)), [1, 2, 0, -1]);
  });
});

describe('the committed gene table (data/lexicon/genes.tsv)', () => {
  const text = fs.readFileSync(path.join(root, 'data/lexicon/genes.tsv'), 'utf8');
  const table = parseGeneTable(text);
  const bySymbol = new Map<string, GeneRecord>();
  for (const g of table.genes) if (!bySymbol.has(g.symbol) || g.type === 'protein-coding') bySymbol.set(g.symbol, g);
  const gene = (symbol: string): GeneRecord => {
    const g = bySymbol.get(symbol);
    assert.ok(g, `${symbol} is in the table`);
    return g;
  };
  const aliasFlags = (symbol: string, alias: string): number => {
    const g = gene(symbol);
    const i = g.aliases.indexOf(alias);
    assert.ok(i >= 0, `${alias} is an alias of ${symbol}`);
    return g.aliasFlags[i]!;
  };

  it('parses without problems, with its source recorded and every NCBI id unique', () => {
    assert.deepEqual(table.problems, []);
    assert.ok(table.genes.length > 60000, `${table.genes.length} genes`);
    assert.match(table.source.package, /^r-bioc-org\.hs\.eg\.db \d/);
    assert.match(table.source.release, /Entrez Gene \d{4}-/);
    assert.match(table.source.generated, /^\d{4}-\d\d-\d\d/);
    assert.equal(new Set(table.genes.map((g) => g.ncbiGene)).size, table.genes.length);
  });

  it('records PubMed article counts, with their source in the header', () => {
    assert.equal(table.source.format, 'genelens-gene-table 2');
    assert.match(table.source.fields['articles'] ?? '', /pubmed.*gene2pubmed/);
    // The genes an ambiguous alias names differ by orders of magnitude in how often they are studied.
    assert.ok(gene('TP53').articles > 10000, `TP53 ${gene('TP53').articles}`);
    assert.ok(gene('CDKN1A').articles > 20 * gene('TCEAL1').articles, 'p21: CDKN1A far above TCEAL1');
    assert.ok(gene('TP63').articles > 4 * gene('RPE65').articles, 'p63: TP63 above RPE65');
    const withArticles = table.genes.filter((g) => g.articles > 0).length;
    assert.ok(withArticles > 30000 && withArticles < table.genes.length, `${withArticles} genes with articles`);
  });

  it('has NMRK1 as NCBI Gene 54981 at 9q21.13 with alias NRK1', () => {
    const g = gene('NMRK1');
    assert.equal(g.ncbiGene, '54981');
    assert.equal(g.location, '9q21.13');
    assert.equal(g.name, 'nicotinamide riboside kinase 1');
    assert.ok(g.aliases.includes('NRK1'));
    assert.ok(g.uniprot.includes('Q9NWW6'));
    assert.equal(g.flags & NEEDS_CONTEXT, 0);
  });

  it('has TP53, BRCA1 and APOE with their NCBI ids, names and locations', () => {
    for (const [symbol, id] of [['TP53', '7157'], ['BRCA1', '672'], ['APOE', '348']] as const) {
      const g = gene(symbol);
      assert.equal(g.ncbiGene, id, symbol);
      assert.ok(g.name.length > 0 && /^\d+[pq]/.test(g.location) && g.ensembl.length > 0, symbol);
    }
  });

  it('flags symbols that are English words, and aliases that name several genes', () => {
    for (const symbol of ['SET', 'MAX', 'CAT', 'REST', 'IMPACT', 'CLOCK']) {
      assert.ok(gene(symbol).flags & TermFlag.EnglishWord, `${symbol} is flagged as an English word`);
    }
    assert.ok(aliasFlags('NMRK2', 'NRK2') & TermFlag.SeveralGenes, 'NRK2 names NMRK2 and NEK4');
    assert.ok(aliasFlags('NEK4', 'NRK2') & TermFlag.SeveralGenes);
    for (const symbol of ['PRKAA1', 'PRKAA2', 'PRKAB1']) assert.ok(aliasFlags(symbol, 'AMPK') & AMBIGUOUS, `AMPK on ${symbol}`);
    assert.ok(aliasFlags('SIRT1', 'SIR2') & AMBIGUOUS);
    assert.ok(aliasFlags('ATP8A2', 'ATP') & TermFlag.CommonAcronym);
    assert.ok(aliasFlags('MGAM', 'MG') & NEEDS_CONTEXT);
  });

  it('agrees with the facts file on the 12 NAD+ pathway genes (NCBI id, location, UniProt, name)', () => {
    // Copied from shared/facts/nad-pathway.md (checked against it below when that file is beside the repository).
    const facts: [string, string, string, string, string][] = [
      ['NMRK1', 'nicotinamide riboside kinase 1', '54981', 'Q9NWW6', '9q21.13'],
      ['NMRK2', 'nicotinamide riboside kinase 2', '27231', 'Q9NPI5', '19p13.3'],
      ['NAMPT', 'nicotinamide phosphoribosyltransferase', '10135', 'P43490', '7q22.3'],
      ['NMNAT1', 'nicotinamide nucleotide adenylyltransferase 1', '64802', 'Q9HAN9', '1p36.22'],
      ['NMNAT2', 'nicotinamide nucleotide adenylyltransferase 2', '23057', 'Q9BZQ4', '1q25.3'],
      ['NMNAT3', 'nicotinamide nucleotide adenylyltransferase 3', '349565', 'Q96T66', '3q23'],
      ['SIRT1', 'sirtuin 1', '23411', 'Q96EB6', '10q21.3'],
      ['SIRT3', 'sirtuin 3', '23410', 'Q9NTG7', '11p15.5'],
      ['PARP1', 'poly(ADP-ribose) polymerase 1', '142', 'P09874', '1q42.12'],
      ['PRKAA1', 'protein kinase AMP-activated catalytic subunit alpha 1', '5562', 'Q13131', '5p13.1'],
      ['SLC12A8', 'solute carrier family 12 member 8', '84561', 'A0AV02', '3q21.2'],
      ['CD38', 'CD38 molecule', '952', 'P28907', '4p15.32'],
    ];
    const factsFile = path.resolve(root, '../shared/facts/nad-pathway.md');
    if (fs.existsSync(factsFile)) {
      const md = fs.readFileSync(factsFile, 'utf8');
      for (const [symbol, name, ncbi, uniprot, location] of facts) {
        assert.ok(md.includes(`| ${symbol} | ${name} | `) && md.includes(`| ${ncbi} | ${uniprot} | ${location} |`), `${symbol} as in the facts file`);
      }
    }
    const disagreements: string[] = [];
    for (const [symbol, name, ncbi, uniprot, location] of facts) {
      const g = gene(symbol);
      if (g.ncbiGene !== ncbi) disagreements.push(`${symbol}: NCBI Gene ${g.ncbiGene}, facts ${ncbi}`);
      if (g.location !== location) disagreements.push(`${symbol}: location ${g.location}, facts ${location}`);
      if (g.name !== name) disagreements.push(`${symbol}: name "${g.name}", facts "${name}"`);
      if (!g.uniprot.includes(uniprot)) disagreements.push(`${symbol}: UniProt ${g.uniprot.join(',')}, facts ${uniprot}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('gives the same terms through the index as through the records', () => {
    const { index, problems } = indexGeneTable(text);
    assert.deepEqual(problems, []);
    assert.equal(index.count, table.genes.length);
    const expected: string[] = [];
    for (const g of table.genes) {
      expected.push(`${g.symbol}~${g.flags}`);
      g.aliases.forEach((a, i) => expected.push(`${a}~${g.aliasFlags[i]}`));
    }
    const visited: string[] = [];
    index.forEachTerm((start, end, _gene, flags) => visited.push(`${text.slice(start, end)}~${flags}`));
    assert.deepEqual(visited, expected);
    const row = index.findByNcbiGene('54981');
    assert.deepEqual(index.record(row), gene('NMRK1'));
    assert.equal(text.split('\n')[index.lineAt(row)]!.split('\t')[1], 'NMRK1');
  });
});
