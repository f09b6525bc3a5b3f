// A large document never stalls the server (issue #16): a hover sent right after a 10 MB didOpen is answered before
// its analysis starts; while the document is analysed, in slices of the event loop, a hover in another document, a
// keystroke there, and a hover in the large document itself are answered before the large document's analysis ends
// (its diagnostics are published last); closed, its memory is collected. Ordering only, no timing.
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { generateDocument } from '../../scripts/benchDocs';
import { LspClient } from '../helpers/lspClient';

interface Hover { contents: { value: string } | string }
const hoverText = (h: Hover | null): string => (h === null ? '' : typeof h.contents === 'string' ? h.contents : h.contents.value);

describe('a 10 MB document', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.stop());

  it('is analysed while hovers and a keystroke in any document are answered', async () => {
    const dir = os.tmpdir();
    const small = pathToFileURL(path.join(dir, `genelens-large-${process.pid}-small.md`)).href;
    const large = pathToFileURL(path.join(dir, `genelens-large-${process.pid}-large.md`)).href;
    const smallText = 'AMPK inhibits NMRK1 in muscle.\n';
    client.open(small, smallText);
    await client.waitForDiagnostics(small);

    const text = generateDocument(10 << 20, 5);
    client.open(large, text);
    // Sent right after it: over stdio the didOpen is read and parsed off the main thread and a request about another
    // document goes ahead of it while it is parsed (workerReader.ts; the order itself: test/unit/stdinFrames.test.ts).
    const early = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 16 } });
    assert.match(hoverText(early), /NMRK1/);
    assert.equal(client.logs.some((l) => l.includes(large)), false, 'the hover waited for the large document\'s analysis');
    await client.waitFor('the large document\'s analysis to start', () => (client.logs.some((l) => l.includes(large) && l.includes('slices')) ? true : undefined));
    const largePublished = (): boolean => client.published.some((p) => p.uri === large);

    // A hover in the small document.
    const first = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 16 } });
    assert.match(hoverText(first), /NMRK1/);
    assert.equal(largePublished(), false, 'the hover was answered only after the large document\'s analysis');

    // A keystroke in it, read by the next hover.
    client.notify('textDocument/didChange', {
      textDocument: { uri: small, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 30 }, end: { line: 0, character: 30 } }, text: ' SIRT3 too.' }],
    });
    const typed = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 33 } });
    assert.match(hoverText(typed), /SIRT3/);
    assert.equal(largePublished(), false, 'the keystroke waited for the large document\'s analysis');

    // A hover in the large document itself: the paragraph under the cursor is read, not the whole text.
    const offset = text.lastIndexOf('NMRK1');
    const before = text.slice(0, offset + 2);
    const line = before.split('\n').length - 1;
    const position = { line, character: before.length - before.lastIndexOf('\n') - 1 };
    const inLarge = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: large }, position });
    assert.match(hoverText(inLarge), /NMRK1/);
    assert.equal(largePublished(), false, 'the hover in the large document waited for its analysis');

    // And the analysis ends: the large document's diagnostics come, to its last lines.
    const published = await client.waitForDiagnostics(large, () => true, 0, 300_000);
    assert.ok(published.diagnostics.length > 0);
    // The small document is still validated: deleting its claim clears its diagnostics (a publish that changes
    // nothing is not sent, so the check is on a change).
    client.notify('textDocument/didChange', {
      textDocument: { uri: small, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }],
    });
    await client.waitForDiagnostics(small, (p) => p.version === 3 && p.diagnostics.length === 0);

    // Closed, its memory is collected (memoryRelease.ts): the heap after the collections is below the heap at the
    // close by more than the document's own text.
    client.notify('textDocument/didClose', { textDocument: { uri: large } });
    const collected = await client.waitFor('two collections after the close', () => {
      const lines = client.logs.map((l) => /Memory after a large document closed: heap ([\d.]+) -> ([\d.]+) MB/.exec(l)).filter((m) => m !== null);
      return lines.length >= 2 ? lines.map((m) => ({ before: Number(m[1]), after: Number(m[2]) })) : undefined;
    }, 60_000);
    assert.ok(collected[1]!.after < collected[0]!.before - 10, `heap ${collected[0]!.before} MB at the close, ${collected[1]!.after} MB after`);
  });
});
