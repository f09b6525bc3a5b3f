// The server as a strict LSP peer: malformed requests are answered InvalidParams (with one log line, no stack trace),
// requests after `shutdown` InvalidRequest, and a broken frame is logged once (issue #16).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, SERVER } from '../helpers/lspClient';

const INVALID_PARAMS = -32602;
const INVALID_REQUEST = -32600;
const uri = pathToFileURL(path.join(os.tmpdir(), `genelens-strict-${process.pid}.md`)).href;

async function errorCode(p: Promise<unknown>): Promise<number | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: number }).code;
  }
}

describe('malformed requests and shutdown', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
    client.open(uri, 'NMRK1 and NRK1.\n');
  });
  after(() => client.stop());

  it('answers InvalidParams for missing params, textDocument or position, and logs one line without a stack', async () => {
    const cases: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: null, position: { line: 0, character: 1 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 'x' } }],
      ['textDocument/definition', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [] } }],
      ['textDocument/references', { textDocument: { uri }, position: { line: 0, character: 1 } }],
      ['textDocument/documentSymbol', { textDocument: 5 }],
      ['textDocument/semanticTokens/full', null],
      ['textDocument/semanticTokens/range', { textDocument: { uri } }],
    ];
    for (const [method, params] of cases) assert.equal(await errorCode(client.request(method, params)), INVALID_PARAMS, `${method} ${JSON.stringify(params)}`);
    assert.equal(client.logs.filter((l) => /invalid request/.test(l)).length, cases.length);
    assert.ok(!client.logs.some((l) => /\n\s+at /.test(l)), 'no stack trace logged');
    assert.equal(client.stderr.includes('    at '), false);
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'a well-formed request is still answered');
  });

  it('answers InvalidRequest after shutdown', async () => {
    await client.request('shutdown', null);
    assert.equal(await errorCode(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })), INVALID_REQUEST);
    client.notify('exit', null);
  });
});

describe('a broken frame', () => {
  it('is logged once on stderr with what was wrong', () => {
    const input = 'Content-Length: abc\r\n\r\n{}Content-Length: xyz\r\n\r\n{}';
    const run = spawnSync(process.execPath, [SERVER, '--stdio'], { input, encoding: 'utf8', timeout: 20_000 });
    const lines = run.stderr.split('\n').filter((l) => l.includes('could not be read'));
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /Content-Length/);
  });
});

describe('what the fuzzer found (npm run fuzz)', () => {
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

  it('a body that is not a JSON object (null, [], 5) is ignored with one log line, and the next message is answered', () => {
    for (const body of ['null', '[]', '5']) {
      const run = spawnSync(process.execPath, [SERVER, '--stdio'], { input: frame(body) + frame(initialize), encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.stderr.includes('    at '), false, run.stderr);
      assert.equal(run.stderr.split('\n').filter((l) => l.includes('not a JSON-RPC object')).length, 1, run.stderr);
      assert.match(run.stdout, /"id":1,"result":\{"capabilities"/, body);
    }
  });

  it('leaves once its input ends inside a message (a Content-Length larger than what came)', () => {
    const run = spawnSync(process.execPath, [SERVER, '--stdio'], { input: `Content-Length: 500\r\n\r\n${initialize}`, encoding: 'utf8', timeout: 40_000 });
    assert.equal(run.signal, null, 'killed after 40 s: the server stayed alive with its input closed');
    assert.equal(run.stderr.includes('    at '), false, run.stderr);
  });
});
