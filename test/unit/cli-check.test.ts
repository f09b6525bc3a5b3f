// `genelens check` with an in-memory environment: output formats, --severity, --fail-on and exit codes.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCheck } from '../../server/src/cli/check';
import { createReportingService, type CliEnv } from '../../server/src/cli/env';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const CWD = path.resolve('/work/project');
const PROFILES = loadShippedProfileDocuments();

function memoryEnv(files: Record<string, string>): CliEnv & { out: string[]; err: string[] } {
  const absolute = new Map(Object.entries(files).map(([name, text]) => [path.resolve(CWD, name), text]));
  const env = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    out: [] as string[],
    err: [] as string[],
    stdout: (s: string) => void env.out.push(s),
    stderr: (s: string) => void env.err.push(s),
    readFile: (file: string) => absolute.get(file),
    loadService: () => createReportingService(PROFILES, [], env),
  };
  return env;
}

async function check(argv: string[], files: Record<string, string>) {
  const env = memoryEnv(files);
  const code = await runCheck(argv, env);
  return { code, stdout: env.out.join(''), stderr: env.err.join('') };
}

const NOTES = '# Notes\n\nAMPK represses NMRK1.\n\nNMRK1 inhibits NAMPT. NMRK1 activates SIRT3.\n';

describe('genelens check', () => {
  it('prints file:line:col severity code message and exits 1 on a warning (the default --fail-on)', async () => {
    const { code, stdout, stderr } = await check(['notes.md'], { 'notes.md': NOTES });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n'), [
      'notes.md:3:1 warning claim-contradicted The NMRK1 profile lists AMPK as an activator of NMRK1 (GeneLens curated profile).',
      'notes.md:5:1 information claim-unsupported No profile evidence that NMRK1 inhibits NAMPT.',
      '',
    ]);
  });

  it('exits 0 when nothing reaches --fail-on, and 1 when something does', async () => {
    const onlyInfo = { 'a.md': 'NMRK1 inhibits NAMPT.\n' };
    assert.equal((await check(['a.md'], onlyInfo)).code, 0);
    assert.equal((await check(['--fail-on', 'information', 'a.md'], onlyInfo)).code, 1);
    assert.equal((await check(['--fail-on', 'hint', 'a.md'], onlyInfo)).code, 1);
    assert.equal((await check(['--fail-on', 'error', 'a.md'], { 'a.md': NOTES })).code, 0);
    assert.equal((await check(['--fail-on', 'off', 'a.md'], { 'a.md': NOTES })).code, 0);
    assert.equal((await check(['clean.md'], { 'clean.md': 'NMRK1 activates SIRT3.\n' })).code, 0);
  });

  it('applies --severity CODE=LEVEL, repeatable, as the editor setting would', async () => {
    const { code, stdout } = await check(
      ['--severity', 'claim-unsupported=error', '--severity', 'claim-contradicted=off', '--fail-on', 'error', 'n.md'],
      { 'n.md': NOTES },
    );
    assert.equal(code, 1);
    assert.equal(stdout, 'n.md:5:1 error claim-unsupported No profile evidence that NMRK1 inhibits NAMPT.\n');
  });

  it('reads LaTeX and plain text by extension, and honours suppression comments', async () => {
    const { stdout } = await check(['a.tex', 'b.txt'], {
      'a.tex': '% genelens-disable-next-line claim-contradicted\nAMPK represses NMRK1.\nSIRT1 inhibits NMRK1.\n',
      'b.txt': 'NMRK1 is a protease.\n',
    });
    assert.deepEqual(stdout.split('\n').map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'a.tex:3:1 warning claim-contradicted',
      'b.txt:1:1 warning claim-contradicted',
      '',
    ]);
  });

  it('--format json lists each finding with its related profile entry and its fixes as edits', async () => {
    const { code, stdout } = await check(['--format', 'json', 'notes.md'], { 'notes.md': NOTES });
    assert.equal(code, 1);
    const findings = JSON.parse(stdout) as {
      file: string; line: number; column: number; code: string; severity: string; related?: { file: string };
      fixes: { title: string; preferred: boolean; edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[] }[];
    }[];
    assert.equal(findings.length, 2);
    const first = findings[0]!;
    assert.deepEqual([first.file, first.line, first.column, first.code, first.severity], ['notes.md', 3, 1, 'claim-contradicted', 'warning']);
    assert.ok(first.related?.file.endsWith('nmrk1.json'));
    assert.deepEqual(first.fixes[0], {
      title: 'Replace "represses" with "activates"',
      preferred: true,
      edits: [{ line: 3, column: 6, endLine: 3, endColumn: 15, newText: 'activates' }],
    });
    assert.equal(first.fixes[1]?.title, 'Disable claim-contradicted for this line');
  });

  it('--format sarif writes SARIF 2.1.0 with rules, levels, regions and fixes', async () => {
    const { stdout } = await check(['--format', 'sarif', 'docs/notes.md'], { 'docs/notes.md': NOTES });
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'GeneLens');
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['claim-contradicted', 'claim-unsupported', 'claim-overstated', 'profile-invalid', 'ambiguous-term', 'non-preferred-symbol']);
    assert.equal(run.results.length, 2);
    const [contra, unsup] = run.results;
    assert.equal(contra.ruleId, 'claim-contradicted');
    assert.equal(contra.ruleIndex, 0);
    assert.equal(unsup.ruleIndex, 1);
    assert.equal(contra.level, 'warning');
    assert.equal(unsup.level, 'note');
    assert.deepEqual(contra.locations[0].physicalLocation, {
      artifactLocation: { uri: 'docs/notes.md' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 21 },
    });
    assert.deepEqual(contra.fixes[0].artifactChanges[0].replacements[0], {
      deletedRegion: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 15 },
      insertedContent: { text: 'activates' },
    });
    assert.ok(contra.relatedLocations[0].physicalLocation.artifactLocation.uri.endsWith('nmrk1.json'));
  });

  it('exits 2 with a message on stderr for bad usage or a missing file', async () => {
    for (const argv of [[], ['--format', 'xml', 'a.md'], ['--fail-on', 'loud', 'a.md'], ['--severity', 'claim-unknown=error', 'a.md'], ['--severity', 'oops', 'a.md'], ['--bogus', 'a.md']]) {
      const { code, stderr } = await check(argv, { 'a.md': NOTES });
      assert.equal(code, 2, argv.join(' '));
      assert.match(stderr, /^genelens check: /);
    }
    const missing = await check(['a.md', 'gone.md'], { 'a.md': NOTES });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read 'gone.md'/);
    assert.match(missing.stdout, /^a\.md:3:1 warning claim-contradicted/);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await check(['--help'], {});
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: genelens check/);
  });
});
