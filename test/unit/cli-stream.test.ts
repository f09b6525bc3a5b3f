// `genelens check` at scale (issue #16): findings streamed in chunks (none kept, no spread of a large array), work
// linear in the document and its findings (counted, not timed: scripts/fuzz/workCounter.ts), a closed pipe
// (`genelens check big.md | head`) ends the command quietly.
import { countWorkAsync, startCounting } from '../../scripts/fuzz/workCounter';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runCheck } from '../../server/src/cli/check';
import { createReportingService, type CliEnv } from '../../server/src/cli/env';
import type { LanguageService } from '../../server/src/core';
import { loadShippedProfileDocuments } from '../helpers/profiles';
import { ROOT } from '../helpers/lspClient';

// Counts are exact for code first run after counting starts: before any test runs.
startCounting();

const CWD = path.resolve('/work/project');
let service: LanguageService | undefined;
const shipped = (): LanguageService => (service ??= createReportingService(loadShippedProfileDocuments(), [], { cwd: CWD, stderr: () => undefined }));
const claims = (n: number) => 'AMPK inhibits NMRK1. NMRK1 inhibits NAMPT.\n'.repeat(n);

function env(text: string, closedAfter = Infinity): CliEnv & { out: string[] } {
  const file = path.resolve(CWD, 'big.md');
  const e = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    out: [] as string[],
    stdout: (s: string) => void e.out.push(s),
    stderr: () => undefined,
    readFile: (p: string) => (p === file ? text : undefined),
    loadService: () => shipped(),
    stdoutClosed: () => e.out.length >= closedAfter,
  };
  return e;
}

describe('genelens check at scale', () => {
  it('writes output in chunks as findings are made, and the chunks join to the whole JSON', async () => {
    const e = env(claims(2000));
    assert.equal(await runCheck(['--format', 'json', 'big.md'], e), 1);
    assert.ok(e.out.length > 10, `${e.out.length} writes`);
    const findings = JSON.parse(e.out.join('')) as { line: number; code: string }[];
    assert.equal(findings.length, 4000);
    assert.deepEqual(findings.slice(0, 2).map((f) => [f.line, f.code]), [[1, 'claim-contradicted'], [1, 'claim-unsupported']]);
    const sarif = env(claims(300));
    await runCheck(['--format', 'sarif', 'big.md'], sarif);
    assert.equal((JSON.parse(sarif.out.join('')) as { runs: { results: unknown[] }[] }).runs[0]?.results.length, 600);
  });

  it('stops once standard output is closed, without reading on', async () => {
    const text = claims(2000);
    const e = env(text, 1);
    const counting = shipped();
    let actions = 0;
    e.loadService = () => ({ ...counting, getCodeActions: (...args: Parameters<LanguageService['getCodeActions']>) => (actions++, counting.getCodeActions(...args)) });
    await runCheck(['big.md'], e);
    assert.equal(e.out.length, 1);
    assert.ok(actions < 4000 / 2, `${actions} findings made for a reader who left`);
  });

  it('does work linear in the findings: 8x the document, at most ~8x the work (counted)', async () => {
    await runCheck(['big.md'], env(claims(50)));
    const work = async (n: number) => countWorkAsync(async () => void (await runCheck(['--format', 'json', 'big.md'], env(claims(n)))));
    const small = await work(250);
    const large = await work(2000);
    assert.ok(large / small < 12, `work ${small} -> ${large}: ${(large / small).toFixed(1)}x for 8x the findings`);
  });

  it('reads the whole text once per version for the quick fixes, not once per finding', () => {
    const svc = shipped();
    const doc = TextDocument.create('file:///work/project/reads.md', 'markdown', 1, claims(200));
    let fullReads = 0;
    const counted = new Proxy(doc, {
      get: (target, key) => (key === 'getText' ? (range?: unknown) => (range === undefined && fullReads++, target.getText(range as never)) : Reflect.get(target, key, target)),
    });
    const diagnostics = svc.getDiagnostics(counted);
    fullReads = 0;
    for (const d of diagnostics) svc.getCodeActions(counted, d.range, { diagnostics: [d] });
    assert.equal(diagnostics.length, 400);
    assert.ok(fullReads <= 2, `${fullReads} reads of the whole text for ${diagnostics.length} findings`);
  });

  it('dist/cli.js check big.md | head: the command ends quietly when the reader leaves', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-epipe-'));
    const file = path.join(dir, 'big.md');
    fs.writeFileSync(file, claims(6000));
    try {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const first = await new Promise<string>((resolve) => child.stdout.once('data', (c: Buffer) => resolve(c.toString())));
      child.stdout.destroy(); // as head does after its lines
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      assert.match(first, /claim-contradicted/);
      assert.equal(stderr, '');
      assert.ok(code === 0 || code === 1, `exit ${code}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
