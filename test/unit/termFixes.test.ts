// The quick fixes of an ambiguous-term or non-preferred-symbol diagnostic are found again in the analysis's hints by
// their code and offsets (termDiagnostics.ts fixesOf): by a binary search over hints in order of their start, and by
// a search through them when they are not in order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermDiagnostics } from '../../server/src/core/features/termDiagnostics';
import type { TermHint } from '../../server/src/core/types';

function hint(code: TermHint['code'], start: number, end: number, title: string): TermHint {
  return { code, start, end, message: title, fixes: [{ title, edits: [{ start, end, newText: title }] }] };
}

/** Hints as an analysis makes them: in order of their start, some sharing a start. */
function hints(): TermHint[] {
  const out: TermHint[] = [];
  for (let i = 0; i < 500; i++) {
    out.push(hint('ambiguous-term', i * 10, i * 10 + 4, `A${i}`));
    if (i % 7 === 0) out.push(hint('non-preferred-symbol', i * 10, i * 10 + 4, `N${i}`));
    if (i % 11 === 0) out.push(hint('ambiguous-term', i * 10, i * 10 + 6, `W${i}`));
  }
  return out;
}

describe('term fixes found again from a diagnostic', () => {
  const terms = new TermDiagnostics();

  it('finds the hint with the same code and range among hints in order', () => {
    const list = hints();
    assert.equal(terms.fixesOf(list, 'ambiguous-term', 0, 4)[0]?.title, 'A0', 'the first');
    assert.equal(terms.fixesOf(list, 'ambiguous-term', 4990, 4994)[0]?.title, 'A499', 'the last');
    assert.equal(terms.fixesOf(list, 'non-preferred-symbol', 70, 74)[0]?.title, 'N7', 'same start, other code');
    assert.equal(terms.fixesOf(list, 'ambiguous-term', 110, 116)[0]?.title, 'W11', 'same start, other end');
    assert.equal(terms.fixesOf(list, 'ambiguous-term', 110, 114)[0]?.title, 'A11');
    assert.deepEqual(terms.fixesOf(list, 'ambiguous-term', 15, 19), [], 'no hint there');
    assert.deepEqual(terms.fixesOf(list, 'non-preferred-symbol', 10, 14), [], 'no hint of that code there');
  });

  it('finds it in hints out of order too', () => {
    const list = hints().reverse();
    assert.equal(terms.fixesOf(list, 'ambiguous-term', 2000, 2004)[0]?.title, 'A200');
    assert.equal(terms.fixesOf(list, 'non-preferred-symbol', 0, 4)[0]?.title, 'N0');
  });
});
