// The server's health in genelens/status: a workspace profile that does not load is reported to the client (the VS
// Code client shows it in a language status item), and a server where all works reports no problem.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';

describe('server health in genelens/status', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-health-'));
  const client = new LspClient();

  before(async () => {
    fs.mkdirSync(path.join(workspace, '.genelens', 'profiles'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.genelens', 'profiles', 'broken.json'), '{ "id": "X", "kind": ');
    await client.initialize({ rootUri: pathToFileURL(workspace).href, initializationOptions: { statusNotification: true } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('reports a profile that did not load, by its file', async () => {
    const uri = pathToFileURL(path.join(workspace, 'notes.md')).href;
    client.open(uri, 'AMPK inhibits NMRK1.\n');
    // The document's status says it, or says it again once the load's problems are known (health changed).
    const problemsOf = (n: { params: unknown }) => (n.params as { uri: string; problems?: string[] }).problems ?? [];
    const status = await client.waitFor('genelens/status naming broken.json', () =>
      client.notifications.find(
        (n) => n.method === 'genelens/status' && (n.params as { uri: string }).uri === uri && problemsOf(n).some((p) => p.includes('broken.json')),
      ),
    );
    assert.match(problemsOf(status)[0] ?? '', /^Profile broken\.json not loaded: /);
  });
});
