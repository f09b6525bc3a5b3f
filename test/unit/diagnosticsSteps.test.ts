// Diagnostics in steps (the server's validation): the first claim check's reading of the profiles' prose comes in steps
// of its own, before the analysis, so a hover is not held up by it; the diagnostics are those made at once.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { readProfileDocuments } from '../../server/src/profileFiles';

const profiles = readProfileDocuments([path.resolve(__dirname, '../../../data/profiles')]).docs;
const TEXT = '# Notes\n\nAMPK inhibits NMRK1 in muscle, and NMRK1 converts NMN to NAD+.\n';

/** Runs a generator to its end; returns its value and how many times it yielded. */
function run<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('diagnostics in steps', () => {
  it("reads the profiles' prose in steps on the first check, then gives what getDiagnostics gives", () => {
    const stepped = createLanguageService({ profiles });
    const first = run(stepped.getDiagnosticsInSteps(TextDocument.create('file:///a.md', 'markdown', 1, TEXT)));
    assert.ok(first.yields > 1, `the prose read in steps (${first.yields} yields)`);
    // Once read, a small document's diagnostics come in one step.
    const second = run(stepped.getDiagnosticsInSteps(TextDocument.create('file:///b.md', 'markdown', 1, TEXT)));
    assert.equal(second.yields, 0);
    const atOnce = createLanguageService({ profiles }).getDiagnostics(TextDocument.create('file:///c.md', 'markdown', 1, TEXT));
    assert.ok(atOnce.length > 0, 'the text holds findings');
    assert.deepEqual(first.value, atOnce);
    assert.deepEqual(second.value, atOnce);
  });
});
