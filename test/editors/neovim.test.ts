// Headless Neovim as a real LSP client against dist/server.js: hover, definition and published diagnostics.
// Needs `nvim` (Debian package neovim; .ci/run installs it). Without it the test is reported as skipped with the install
// command, and fails under CI=true (realEditor.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ROOT, SERVER } from '../helpers/lspClient';
import { decide, demand, isCi, nvimRequirement, testOptions } from './realEditor';

const DRIVER = path.join(ROOT, 'test', 'editors', 'nvim', 'lsp_driver.lua');
const nvim = decide(nvimRequirement(), isCi());

interface Results {
  HOVER?: string | null;
  HOVER_SHOWN?: string[];
  DEFINITION?: { targetUri?: string; uri?: string }[] | { uri: string } | null;
  PUBLISHED?: { uri: string; diagnostics: { code?: string; source?: string; message: string; severity?: number }[] }[];
  DIAGNOSTICS?: { lnum: number; message: string }[];
  DONE?: boolean;
  ERROR?: string;
}

function runNeovim(text: string, position: string, settings?: unknown): { results: Results; raw: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-nvim-'));
  const file = path.join(tmp, 'notes.md');
  fs.writeFileSync(file, text);
  const xdg = path.join(tmp, 'xdg');
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${DRIVER}`], {
    encoding: 'utf8',
    timeout: 90_000,
    input: '',
    env: {
      ...process.env,
      GL_SERVER_CMD: `${process.execPath} ${SERVER} --stdio`,
      GL_FILE: file,
      GL_POS: position,
      ...(settings === undefined ? {} : { GL_SETTINGS: JSON.stringify(settings) }),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      XDG_STATE_HOME: path.join(xdg, 'state'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
    },
  });
  const raw = `${run.stdout}\n${run.stderr}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const results: Results = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^([A-Z_]+) (.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) (results as Record<string, unknown>)[m[1]] = JSON.parse(m[2]);
  }
  assert.equal(results.ERROR, undefined, `Neovim driver error: ${results.ERROR}\n${raw}`);
  assert.equal(run.status, 0, `nvim exited with ${run.status} (${run.signal ?? 'no signal'})\n${raw}`);
  assert.equal(results.DONE, true, raw);
  return { results, raw };
}

describe('Neovim (headless) as an LSP client', () => {
  it('gets a hover card, a definition into the profile file and published diagnostics, with init_options settings', testOptions(nvim), () => {
    demand(nvim);
    // line 2 is "AMPK inhibits NMRK1."; column 16 is inside NMRK1. The settings go in init_options.settings, as the
    // README's snippet for Neovim 0.7 passes them (0.7 does not answer workspace/configuration).
    const { results, raw } = runNeovim('# Notes\n\nAMPK inhibits NMRK1.\n', '2:16', { severity: { 'claim-contradicted': 'error' } });

    assert.equal(typeof results.HOVER, 'string', raw);
    assert.match(results.HOVER as string, /NMRK1/);
    assert.match(results.HOVER as string, /nicotinamide riboside kinase 1/i);

    const definition = Array.isArray(results.DEFINITION) ? results.DEFINITION[0] : results.DEFINITION;
    const target = definition && ('targetUri' in definition ? definition.targetUri : definition.uri);
    assert.ok(target, `no definition\n${raw}`);
    assert.equal(fileURLToPath(target), path.join(ROOT, 'data', 'profiles', 'genes', 'nmrk1.json'));

    // Neovim (0.7 included) shows the Markdown's backslash escapes literally: the card has none ("\(NR\)").
    const shown = (results.HOVER_SHOWN ?? []).join('\n');
    assert.match(shown, /nicotinamide riboside kinase 1/i, raw);
    assert.doesNotMatch(shown, /\\[!-/:-@[-`{-~]/, `a backslash escape in the hover as Neovim shows it:\n${shown}`);
    assert.match(shown, /\(with Mg2\+\)/, 'parentheses from the data as written');

    const diagnostics = (results.PUBLISHED ?? []).flatMap((p) => p.diagnostics);
    const contradicted = diagnostics.find((d) => d.code === 'claim-contradicted');
    assert.ok(contradicted, `published: ${JSON.stringify(results.PUBLISHED)}`);
    assert.equal(contradicted.severity, 1, 'init_options.settings applied: claim-contradicted as an error');
    assert.ok((results.DIAGNOSTICS ?? []).some((d) => d.lnum === 2), `Neovim shows no diagnostic on line 3\n${raw}`);
  });
});
