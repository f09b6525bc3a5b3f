// The Markdown table separator row is recognized by a linear scan (it was a regex that backtracked quadratically over
// leading blanks: one line of 64 K spaces before "- y NMRK1" blocked the server for seconds).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTableSeparator } from '../../server/src/core/claims/sentences/units';
import { geneService } from '../helpers/genes';

test('separator rows are recognized, other lines are not', () => {
  for (const row of ['|---|---|', '--- | ---', '| :-- | --: | :--: |', '  |--|', '---|', '|----|']) assert.ok(isTableSeparator(row), row);
  for (const row of ['', '|', '| - | - |', '| a | b |', '---- x', '|:-|', '--- | --- | text', '- y NMRK1']) assert.ok(!isTableSeparator(row), row);
});

test('a line of 64 K blanks before a list item is read as the list item it is', () => {
  const text = `x\n${' '.repeat(64_000)}- y NMRK1\n`;
  assert.ok(!isTableSeparator(text.split('\n')[1]!));
  const mentions = geneService().findMentions(text, 'markdown');
  assert.deepEqual(mentions.map((m) => m.text), ['NMRK1']);
});
