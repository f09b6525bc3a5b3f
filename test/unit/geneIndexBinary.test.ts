// The prebuilt gene index (dist/genes.idx): what it decodes to is what the table's text builds, and a stale, foreign
// or broken index is refused with a reason (the service then builds the index from the text).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGeneIndex, encodeGeneIndex } from '../../server/src/core/lexicon/geneIndexBinary';
import { loadGeneTable } from '../../server/src/core/lexicon/geneTableData';
import { IS_SYMBOL } from '../../server/src/core/lexicon/geneTerms';
import { GENE_TABLE_URI, geneTableText, shippedGeneTable } from '../helpers/genes';

const row = (...cells: string[]): string => cells.join('\t');
const SMALL = [
  '#format\tgenelens-gene-table 2',
  '#release\tEntrez Gene 2000-Jan01',
  '#columns\tncbiGene\tsymbol\tname\ttype\tchromosome\tlocation\taliases\tensembl\tuniprot\tflags\tarticles',
  row('11', 'AAA1', 'alpha gene 1', 'protein-coding', '9', '9q21.13', 'AA1|SET~set|BBB2~s', 'ENSG00000000011', 'Q00001', '', '250'),
  row('22', 'BBB2', 'beta gene 2', 'ncRNA', 'X', 'Xp22.33', 'AA1~m', '', '', 'm', '7'),
  row('33', 'CCC3', 'gamma gene 3', 'pseudo', '', '', 'not~et', '', '', '', '0'),
].join('\n');

function lookups(text: string, words: string[]): string[] {
  const table = loadGeneTable({ uri: 'file:///t.tsv', text });
  return words.map((w) => {
    const key = table.terms.lookup(w);
    const out: string[] = [];
    for (let i = 0; key >= 0 && i < table.terms.size(key); i++) {
      const { row: r, info } = table.terms.termAt(key, i);
      out.push(`${table.index.symbolAt(r)}${info & IS_SYMBOL ? '*' : ''}`);
    }
    return `${w}:${out.join(',')}`;
  });
}

describe('prebuilt gene index', () => {
  it('decodes to the same records and terms as building from the text (small table)', () => {
    const bytes = encodeGeneIndex(SMALL);
    const decoded = decodeGeneIndex(bytes, SMALL);
    assert.notEqual(typeof decoded, 'string');
    if (typeof decoded === 'string') return;
    const built = loadGeneTable({ uri: 'file:///t.tsv', text: SMALL });
    assert.deepEqual(decoded.index.record(0), built.index.record(0));
    assert.deepEqual(decoded.index.record(2), built.index.record(2));
    assert.deepEqual([0, 1, 2].map((r) => decoded.index.articlesAt(r)), [250, 7, 0]);
    assert.equal(decoded.terms.termCount, built.terms.termCount);
    assert.equal(decoded.source.release, 'Entrez Gene 2000-Jan01');
    for (const word of ['AAA1', 'AA1', 'BBB2', 'SET', 'not', 'CCC3']) {
      const a = decoded.terms.lookup(word);
      const b = built.terms.lookup(word);
      assert.equal(a, b, word);
      for (let i = 0; a >= 0 && i < decoded.terms.size(a); i++) assert.deepEqual(decoded.terms.termAt(a, i), built.terms.termAt(b, i));
    }
    assert.deepEqual(lookups(SMALL, ['AA1', 'BBB2', 'not']), ['AA1:AAA1,BBB2', 'BBB2:BBB2*,AAA1', 'not:']);
  });

  it('is used by loadGeneTable when it matches the text, and refused with a reason when it does not', () => {
    const bytes = encodeGeneIndex(SMALL);
    assert.equal(loadGeneTable({ uri: 'u', text: SMALL, prebuiltIndex: bytes }).prebuilt, true);
    const edited = SMALL.replace('alpha gene 1', 'alpha gene one');
    const stale = loadGeneTable({ uri: 'u', text: edited, prebuiltIndex: bytes });
    assert.equal(stale.prebuilt, false);
    assert.match(stale.problems[0] ?? '', /prebuilt gene index not used: made from another version of the gene table/);
    assert.equal(stale.index.record(0).name, 'alpha gene one');
    assert.equal(decodeGeneIndex(new Uint8Array([1, 2, 3]), SMALL), 'not a GeneLens gene index');
    const truncated = bytes.slice(0, bytes.length - 64);
    assert.match(String(decodeGeneIndex(truncated, SMALL)), /truncated/);
    // A copy at an odd offset still decodes (the arrays are re-aligned).
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.notEqual(typeof decodeGeneIndex(shifted.subarray(1), SMALL), 'string');
  });

  it('reads the table from its bytes as from its text, with or without the prebuilt index, LF or CRLF', () => {
    for (const text of [SMALL, SMALL.replace(/\n/g, '\r\n')]) {
      const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
      const built = loadGeneTable({ uri: 'u', text });
      const fromBytes = loadGeneTable({ uri: 'u', bytes, prebuiltIndex: encodeGeneIndex(text) });
      const builtFromBytes = loadGeneTable({ uri: 'u', bytes });
      assert.equal(fromBytes.prebuilt, true);
      assert.equal(builtFromBytes.prebuilt, false);
      for (const table of [fromBytes, builtFromBytes]) {
        for (let r = 0; r < built.index.count; r++) {
          assert.deepEqual(table.index.record(r), built.index.record(r));
          assert.deepEqual(table.index.lineRange(r), built.index.lineRange(r));
          assert.deepEqual(table.index.symbolRange(r), built.index.symbolRange(r));
          assert.equal(table.index.lineAt(r), built.index.lineAt(r));
        }
        for (let key = 0; key < built.terms.keyCount; key++) assert.equal(table.terms.keyText(key), built.terms.keyText(key));
        assert.equal(table.index.text, text);
      }
      assert.equal(built.index.record(0).uniprot.join(), 'Q00001', 'the last cell ends before the line break');
    }
  });

  it('round-trips the shipped table', () => {
    const text = geneTableText();
    const decoded = decodeGeneIndex(encodeGeneIndex(text), text);
    assert.notEqual(typeof decoded, 'string');
    if (typeof decoded === 'string') return;
    const built = shippedGeneTable();
    assert.equal(decoded.index.count, built.index.count);
    assert.equal(decoded.terms.keyCount, built.terms.keyCount);
    for (const word of ['TP53', 'P53', 'CAT', 'AAC1', 'HBD', 'NMRK1', 'not']) {
      const a = decoded.terms.lookup(word);
      assert.equal(a, built.terms.lookup(word), word);
      for (let i = 0; a >= 0 && i < decoded.terms.size(a); i++) assert.deepEqual(decoded.terms.termAt(a, i), built.terms.termAt(a, i));
    }
    const withIndex = loadGeneTable({ uri: GENE_TABLE_URI, text, prebuiltIndex: encodeGeneIndex(text) });
    assert.equal(withIndex.prebuilt, true);
    assert.deepEqual(withIndex.index.record(withIndex.index.findByNcbiGene('7157')), built.index.record(built.index.findByNcbiGene('7157')));
  });
});
