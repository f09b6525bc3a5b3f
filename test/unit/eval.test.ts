// The evaluation harness's pieces: PubTator reading and writing, and the scores (scripts/evalScore.ts).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { pubtatorText, readPubtator, writePubtator, type PubtatorDocument } from '../../server/src/cli/pubtator';
import { emptyCounts, GROUPS, goldIds, scoreDocument, summarize, type Predicted } from '../../scripts/evalScore';

const gene = GROUPS.find((g) => g.name === 'gene')!;

async function read(lines: string[]): Promise<PubtatorDocument[]> {
  const docs: PubtatorDocument[] = [];
  for await (const d of readPubtator(lines)) docs.push(d);
  return docs;
}

test('PubTator documents are read one by one and written back unchanged', async () => {
  const lines = [
    '1|t|TP53 and MDM2.', '1|a|Mouse Trp53 too.', '1\t0\t4\tTP53\tGene\t7157', '1\t9\t13\tMDM2\tGene\t4193', '',
    '2|t|No genes here.', '2|a|', '2\tCID\t1\t2', '',
  ];
  const docs = await read(lines);
  assert.equal(docs.length, 2);
  assert.equal(pubtatorText(docs[0]!), 'TP53 and MDM2.\nMouse Trp53 too.');
  assert.deepEqual(docs[0]!.annotations.map((a) => [a.start, a.end, a.text, a.type, a.id]), [[0, 4, 'TP53', 'Gene', '7157'], [9, 13, 'MDM2', 'Gene', '4193']]);
  assert.equal(docs[1]!.annotations.length, 0, 'a relation line is not a mention');
  assert.equal(writePubtator(docs[0]!), `${lines.slice(0, 4).join('\n')}\n\n`);
});

test('a malformed line is reported with its number and skipped', async () => {
  const problems: number[] = [];
  const docs: PubtatorDocument[] = [];
  for await (const d of readPubtator(['1|t|A.', '1|a|B.', '1\tx\ty\tA\tGene\t1', '1\t0\t1\tA\tGene\t1'], (n) => problems.push(n))) docs.push(d);
  assert.deepEqual(problems, [3]);
  assert.equal(docs[0]!.annotations.length, 1);
});

test('gold ids: several per mention, other species dropped by the filter', () => {
  const human = (id: string): boolean => /^\d+$/.test(id);
  assert.deepEqual(goldIds({ start: 0, end: 1, text: 'x', type: 'Gene', id: '7157;4193' }, human), ['7157', '4193']);
  assert.deepEqual(goldIds({ start: 0, end: 1, text: 'x', type: 'Gene', id: '22059(Tax:10090)' }, human), []);
});

test('exact and overlap scores, neutral family spans, id accuracy and document-level ids', () => {
  const c = emptyCounts();
  const gold = [
    { start: 0, end: 4, text: 'TP53', type: 'Gene', id: '7157' },
    { start: 10, end: 18, text: 'MDM2 gene', type: 'Gene', id: '4193' },
    { start: 30, end: 34, text: 'AMPK', type: 'FamilyName', id: '' },
    { start: 40, end: 44, text: 'Trp53', type: 'Gene', id: '22059(Tax:10090)' },
  ];
  const p = (start: number, end: number, text: string, ids: string[], kind = 'gene'): Predicted => ({ start, end, text, kind, ids });
  const predicted = [p(0, 4, 'TP53', ['7157']), p(10, 14, 'MDM2', ['4193']), p(30, 34, 'AMPK', [], 'family'), p(50, 51, 'T', ['6862']), p(60, 64, 'NADH', [], 'chemical')];
  scoreDocument(c, gene, gold, predicted, (id) => /^\d+$/.test(id));
  const s = summarize(c);
  assert.equal(s.gold, 3);
  assert.equal(s.predicted, 3, 'the family on a FamilyName span is neutral; the chemical is another group');
  assert.equal(s.exact.precision, 1 / 3);
  assert.equal(s.exact.recall, 1 / 3);
  assert.equal(s.overlap.precision, 2 / 3);
  assert.equal(s.overlap.recall, 2 / 3);
  assert.deepEqual(s.idAccuracy, { right: 1, scored: 1, accuracy: 1 });
  assert.deepEqual([s.document.tp, s.document.predicted, s.document.gold], [2, 3, 2]);
  assert.deepEqual(s.topFalsePositives, [['MDM2', 1], ['T', 1]]);
});

test('restricted to ids: a gold mention without a kept id is neutral', () => {
  const c = emptyCounts();
  const gold = [{ start: 0, end: 5, text: 'Trp53', type: 'Gene', id: '22059(Tax:10090)' }];
  scoreDocument(c, gene, gold, [{ start: 0, end: 5, text: 'Trp53', kind: 'gene', ids: [] }], (id) => /^\d+$/.test(id), true);
  const s = summarize(c);
  assert.equal(s.gold, 0);
  assert.equal(s.predicted, 0);
});

test('document-level errors are listed with their cause: another species, wrong id, family span, not found', () => {
  const c = emptyCounts();
  const gold = [
    { start: 0, end: 4, text: 'Il6a', type: 'Gene', id: '16193' },
    { start: 10, end: 14, text: 'TP53', type: 'Gene', id: '7157' },
    { start: 20, end: 24, text: 'AMPK', type: 'FamilyName', id: '' },
    { start: 30, end: 34, text: 'MDM2', type: 'Gene', id: '4193' },
    { start: 40, end: 44, text: 'SIRT', type: 'Gene', id: '23411' },
  ];
  const p = (start: number, end: number, ids: string[], extra: Partial<Predicted> = {}): Predicted => ({ start, end, text: 'x', kind: 'gene', ids, ...extra });
  const predicted = [p(0, 4, ['3569']), p(10, 14, ['7158']), p(20, 24, ['5562']), p(30, 34, [], { species: '10090' })];
  const human = (id: string): boolean => /^\d+$/.test(id) && id !== '16193';
  scoreDocument(c, gene, gold, predicted, human, true);
  const s = summarize(c);
  assert.deepEqual(Object.fromEntries(s.docCauses), {
    'FP other species': 1, 'FP wrong id': 1, 'FP family span': 1, 'FN wrong id': 1, 'FN read as another species': 1, 'FN not found': 1,
  });
  assert.deepEqual(s.topDocFalseNegatives.map(([id]) => id).sort(), ['23411', '4193', '7157']);
});
