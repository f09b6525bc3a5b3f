// The diagnostics of one document are capped as VS Code caps them (server/src/diagnosticsCap.ts): the most severe first,
// in document order, and a last Information diagnostic saying how many are not shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { capDiagnostics } from '../../server/src/diagnosticsCap';

const d = (line: number, severity: 1 | 2 | 3 | 4 | undefined): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 5 } }, message: `at ${line}`, severity, source: 'genelens',
});

describe('capDiagnostics', () => {
  it('leaves a list within the cap as it is', () => {
    const list = [d(0, 2), d(1, 1), d(2, 3)];
    assert.deepEqual(capDiagnostics(list, 'genelens', 3), list);
  });

  it('keeps the most severe in document order and ends with how many are not shown', () => {
    // warnings at even lines, errors at lines divisible by 3, hints elsewhere
    const list = Array.from({ length: 30 }, (_, i) => d(i, i % 3 === 0 ? 1 : i % 2 === 0 ? 2 : 4));
    const capped = capDiagnostics(list, 'genelens', 15);
    assert.equal(capped.length, 15);
    const kept = capped.slice(0, 14);
    assert.equal(kept.filter((x) => x.severity === 1).length, 10, 'every error');
    assert.equal(kept.filter((x) => x.severity === 2).length, 4, 'then the first warnings');
    assert.deepEqual(kept.map((x) => x.range.start.line), [0, 2, 3, 4, 6, 8, 9, 10, 12, 15, 18, 21, 24, 27], 'in document order');
    const note = capped[14]!;
    assert.equal(note.severity, 3);
    assert.equal(note.source, 'genelens');
    assert.equal(note.message, '16 more GeneLens diagnostics in this document are not shown (at most 15 are published per document).');
    assert.deepEqual(note.range, kept[13]!.range, 'at the last one kept');
  });

  it('counts a diagnostic without severity as an error', () => {
    const capped = capDiagnostics([d(0, 4), d(1, undefined), d(2, 2)], 'genelens', 2);
    assert.deepEqual(capped.map((x) => x.range.start.line), [1, 1]);
    assert.match(String(capped[1]!.message), /^2 more/);
  });
});
