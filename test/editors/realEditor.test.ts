// The skip decision of the real-editor tests (realEditor.ts), then both behaviours proven on the compiled test files
// themselves: with nvim off PATH and CHROMIUM pointing nowhere, `node --test` reports them skipped with the install
// command and exits 0; with CI=true too, it fails with the same reason. Works whether or not this machine has them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { chromiumRequirement, decide, demand, isCi, nvimRequirement, testOptions, type Requirement } from './realEditor';

const OUT = path.resolve(__dirname, '..');
const missing: Requirement = { what: 'nvim', found: false, where: 'on PATH', install: 'apt-get install neovim' };

describe('real-editor requirement', () => {
  it('runs when found, whether CI or not', () => {
    for (const ci of [false, true]) {
      const d = decide({ ...missing, found: true }, ci);
      assert.deepEqual(d, { kind: 'run' });
      assert.deepEqual(testOptions(d), { skip: false });
      assert.doesNotThrow(() => demand(d));
    }
  });

  it('is skipped with the reason and the install command when missing', () => {
    const d = decide(missing, false);
    assert.equal(d.kind, 'skip');
    const { skip } = testOptions(d);
    assert.ok(typeof skip === 'string');
    assert.match(skip, /nvim not found on PATH/);
    assert.match(skip, /apt-get install neovim/);
  });

  it('fails under CI when missing', () => {
    const d = decide(missing, true);
    assert.equal(d.kind, 'fail');
    assert.deepEqual(testOptions(d), { skip: false }, 'a failing requirement is not skipped');
    assert.throws(() => demand(d), /nvim not found on PATH.*apt-get install neovim.*CI=true/);
  });

  it('reads CI as CI services set it', () => {
    assert.equal(isCi({ CI: 'true' }), true);
    assert.equal(isCi({ CI: '1' }), true);
    assert.equal(isCi({ CI: 'false' }), false);
    assert.equal(isCi({}), false);
  });

  it('looks for nvim on PATH and Chromium at $CHROMIUM', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-nopath-'));
    try {
      assert.equal(nvimRequirement({ PATH: empty }).found, false);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
    const chromium = chromiumRequirement({ CHROMIUM: path.join(empty, 'no-chromium') });
    assert.equal(chromium.found, false);
    assert.match(chromium.where, /no-chromium/);
    assert.equal(chromium.install, 'apt-get install chromium');
  });
});

/** Runs compiled test files in a child `node --test` without nvim on PATH and with CHROMIUM pointing nowhere. */
function runWithoutEditors(files: string[], ci: boolean): { status: number | null; output: string } {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-nopath-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: empty, CHROMIUM: path.join(empty, 'chromium') };
    delete env.NODE_TEST_CONTEXT; // else the child reports to this runner instead of printing
    delete env.CI;
    if (ci) env.CI = 'true';
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { encoding: 'utf8', env, timeout: 120_000 });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

describe('the real-editor tests without their editors', () => {
  const files = [path.join(OUT, 'editors', 'neovim.test.js'), path.join(OUT, 'unit', 'profilePage.test.js')];

  it('are reported as skipped, with the install command, and pass', () => {
    const { status, output } = runWithoutEditors(files, false);
    assert.equal(status, 0, output);
    assert.match(output, /# nvim not found on PATH; install it with `apt-get install neovim`/);
    assert.match(output, /# Chromium not found at .*chromium.*; install it with `apt-get install chromium`/);
    assert.match(output, /skipped 2\b/, output);
  });

  it('fail under CI=true', () => {
    const { status, output } = runWithoutEditors(files, true);
    assert.notEqual(status, 0, output);
    assert.match(output, /nvim not found on PATH.*CI=true/);
    assert.match(output, /Chromium not found at .*CI=true/);
    assert.match(output, /fail 2\b/, output);
  });
});
