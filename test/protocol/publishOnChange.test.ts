// Diagnostics are published only when they change (server/src/publishOnChange.ts), through the protocol: an edit
// that changes nothing visible sends no second publishDiagnostics; an edit that changes them does. The server sends
// genelens/status after validating each version, so "validated, nothing published" is seen without waiting on a timer.
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';

const uri = pathToFileURL(path.join(os.tmpdir(), `genelens-publish-${process.pid}.md`)).href;
const CLAIM = 'AMPK inhibits NMRK1.\n';

describe('publishDiagnostics only when they change', () => {
  const client = new LspClient();
  before(() => client.initialize({ initializationOptions: { statusNotification: true } }));
  after(() => client.stop());

  const validated = (version: number) =>
    client.waitFor(`genelens/status of version ${version}`, () =>
      client.notifications.find((n) => n.method === 'genelens/status' && (n.params as { uri: string; version: number }).uri === uri && (n.params as { version: number }).version === version),
    );
  const publishes = () => client.published.filter((p) => p.uri === uri);
  const edit = (version: number, line: number, character: number, text: string) =>
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }] });

  it('sends one publish per visible change, none for an edit that changes nothing visible', async () => {
    client.open(uri, CLAIM);
    await validated(1);
    const first = publishes();
    assert.equal(first.length, 1, `one publish after opening: ${JSON.stringify(first)}`);
    assert.ok(first[0]!.diagnostics.some((d) => d.code === 'claim-contradicted'));

    edit(2, 1, 0, 'A plain sentence after the claim.\n'); // below the claim: its diagnostic does not move
    await validated(2);
    assert.equal(publishes().length, 1, `no second publish for an edit that changes nothing visible: ${JSON.stringify(publishes().slice(1))}`);

    edit(3, 0, 0, 'Intro. '); // before the claim, on its line: the diagnostic moves
    await validated(3);
    const moved = publishes();
    assert.equal(moved.length, 2, 'the moved diagnostic is published');
    assert.equal(moved[1]!.version, 3);
    assert.deepEqual(moved[1]!.diagnostics.map((d) => d.range.start.character), first[0]!.diagnostics.map((d) => d.range.start.character + 'Intro. '.length));

    client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: 'Nothing to flag here.\n' }] });
    await validated(4);
    assert.deepEqual(publishes().at(-1)!.diagnostics, [], 'the cleared diagnostics are published');
    assert.equal(publishes().length, 3);
    edit(5, 1, 0, 'Still nothing.\n');
    await validated(5);
    assert.equal(publishes().length, 3, 'no repeated empty publish either');
  });

  it('publishes again after the document is closed and reopened', async () => {
    const before = publishes().length;
    client.notify('textDocument/didClose', { textDocument: { uri } });
    client.open(uri, CLAIM, 'markdown', 7);
    await validated(7);
    const after = publishes().slice(before);
    assert.ok(after.at(-1)!.diagnostics.some((d) => d.code === 'claim-contradicted'), `the reopened document's diagnostics: ${JSON.stringify(after)}`);
  });
});

describe('start-up in the log', () => {
  it('logs once when initialize came, when the profiles were ready and when the first diagnostics went out', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      const other = pathToFileURL(path.join(os.tmpdir(), `genelens-startup-${process.pid}.md`)).href;
      client.open(other, CLAIM);
      await client.waitForDiagnostics(other);
      const line = await client.waitFor('the start-up line', () => client.logs.find((l) => l.startsWith('Start-up')));
      const m = /^Start-up, ms after the server process started: initialize (\d+), profiles and gene table loaded (\d+), first diagnostics (\d+) \(genelens-startup-\d+\.md\)\.$/.exec(line);
      assert.ok(m, line);
      const [initialize, loaded, first] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
      assert.ok(initialize <= loaded && loaded <= first, line);
      client.open(uri, CLAIM);
      await client.waitForDiagnostics(uri);
      assert.equal(client.logs.filter((l) => l.startsWith('Start-up')).length, 1, 'once');
    } finally {
      await client.stop();
    }
  });
});
