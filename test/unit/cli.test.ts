import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createReportingService, displayPath, type CliEnv } from '../../server/src/cli/env';
import { markdownToText } from '../../server/src/cli/hover';
import { runCli } from '../../server/src/cli/main';
import type { ProfileDocument } from '../../server/src/core/types';
import { readProfileDocuments } from '../../server/src/profileFiles';
import { DEFAULT_PROFILES, profileDocument } from '../helpers/featureProfiles';

const CWD = path.resolve('/work/project');

interface MemoryEnv extends CliEnv {
  out: string[];
  err: string[];
  extraDirsAsked: string[][];
}

/** A CLI environment with files in memory (paths relative to CWD) and the fixture profiles. */
function memoryEnv(files: Record<string, string>, profiles: ProfileDocument[] = DEFAULT_PROFILES.map(profileDocument)): MemoryEnv {
  const absolute = new Map(Object.entries(files).map(([name, text]) => [path.resolve(CWD, name), text]));
  const env: MemoryEnv = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    out: [],
    err: [],
    extraDirsAsked: [],
    stdout: (s) => void env.out.push(s),
    stderr: (s) => void env.err.push(s),
    readFile: (file) => absolute.get(file),
    loadService: (extra) => {
      env.extraDirsAsked.push(extra);
      return createReportingService(profiles, [], env);
    },
  };
  return env;
}

const NOTES = 'NMRK1 and its alias NRK1.\nNAD+ rises; rs12611 too. `NMRK1` in code is skipped.\n';

async function run(argv: string[], env: MemoryEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = await runCli(argv, env);
  return { code, stdout: env.out.join(''), stderr: env.err.join('') };
}

describe('genelens annotate', () => {
  it('prints one line per mention: file:line:col kind id text, 1-based', async () => {
    const { code, stdout, stderr } = await run(['annotate', 'notes.md'], memoryEnv({ 'notes.md': NOTES }));
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(stdout.split('\n'), [
      'notes.md:1:1 gene NMRK1 NMRK1',
      'notes.md:1:21 gene NMRK1 NRK1',
      'notes.md:2:1 chemical NAD+ NAD+',
      'notes.md:2:13 variant rs12611 rs12611',
      '',
    ]);
  });

  it('prints JSON for machines, with --format json or --format=json', async () => {
    for (const argv of [['annotate', '--format', 'json', 'notes.md'], ['annotate', 'notes.md', '--format=json']]) {
      const { code, stdout } = await run(argv, memoryEnv({ 'notes.md': NOTES }));
      assert.equal(code, 0);
      const mentions = JSON.parse(stdout) as Record<string, unknown>[];
      assert.equal(mentions.length, 4);
      assert.deepEqual(mentions[1], {
        file: 'notes.md', line: 1, column: 21, endLine: 1, endColumn: 25, kind: 'gene', id: 'NMRK1', text: 'NRK1', via: 'alias', known: true,
      });
    }
  });

  it('takes the language from the file extension', async () => {
    const tex = '\\label{NMRK1} NMRK1 is cited~\\cite{NMRK1}. % NMRK1 in a comment\n';
    const { code, stdout } = await run(['annotate', 'grant.tex'], memoryEnv({ 'grant.tex': tex }));
    assert.equal(code, 0);
    assert.equal(stdout, 'grant.tex:1:15 gene NMRK1 NMRK1\n');
  });

  it('reports a missing file on stderr with exit code 2, and still annotates the others', async () => {
    const { code, stdout, stderr } = await run(['annotate', 'missing.md', 'notes.md'], memoryEnv({ 'notes.md': NOTES }));
    assert.equal(code, 2);
    assert.match(stderr, /cannot read 'missing\.md': no such file/);
    assert.match(stdout, /^notes\.md:1:1 gene NMRK1 NMRK1$/m);
  });

  it('rejects an unknown option, a bad format and a call without files with exit code 2', async () => {
    for (const [argv, message] of [
      [['annotate', '--frobnicate', 'notes.md'], /unknown option '--frobnicate'/i],
      [['annotate', '--format', 'xml', 'notes.md'], /unknown format 'xml'/],
      [['annotate'], /no file given/],
      [['--frobnicate'], /unknown option '--frobnicate'/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [[], /no command given/],
    ] as const) {
      const { code, stdout, stderr } = await run([...argv], memoryEnv({ 'notes.md': NOTES }));
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Usage/);
    }
  });

  it('adds --profiles folders, resolved against the working folder', async () => {
    const env = memoryEnv({ 'notes.md': NOTES });
    await run(['annotate', '--profiles', 'team', '--profiles=/abs/more', 'notes.md'], env);
    assert.deepEqual(env.extraDirsAsked, [[path.join(CWD, 'team'), path.resolve('/abs/more')]]);
  });

  it('reports profile problems as file:line:col and keeps working with the other profiles', async () => {
    const bad = { uri: pathToFileURL(path.join(CWD, '.genelens/profiles/bad.json')).href, text: '{\n  "id": "X",\n  "kind": 3\n' };
    const env = memoryEnv({ 'notes.md': NOTES }, [...DEFAULT_PROFILES.map(profileDocument), bad]);
    const { code, stdout, stderr } = await run(['annotate', 'notes.md'], env);
    assert.equal(code, 0);
    assert.match(stderr, /^\.genelens\/profiles\/bad\.json:\d+:\d+: error: /m);
    assert.match(stdout, /notes\.md:1:1 gene NMRK1 NMRK1/);
  });
});

describe('genelens hover, --help, --version', () => {
  it('prints the card of the first mention of a term as terminal text', async () => {
    const { code, stdout, stderr } = await run(['hover', 'notes.md', 'NRK1'], memoryEnv({ 'notes.md': NOTES }));
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^NMRK1 — nicotinamide riboside kinase 1/);
    assert.match(stdout, /NRK1 is an alias of NMRK1/);
    assert.match(stdout, /PMID 27725675 <https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/27725675\/>/);
    assert.ok(!stdout.includes('\\') && !stdout.includes('**'), 'no Markdown escapes or markers left');
  });

  it('prints the Markdown itself with --format markdown', async () => {
    const { code, stdout } = await run(['hover', '--format', 'markdown', 'notes.md', 'AMPK'], memoryEnv({ 'notes.md': `${NOTES}AMPK activates NMRK1.\n` }));
    assert.equal(code, 0);
    assert.match(stdout, /^\*\*AMPK\*\* — AMP-activated protein kinase.* · \*protein complex\*/);
  });

  it('exits 1, with no card, for a term the file does not use as one, even when the data knows it', async () => {
    const notMentioned = await run(['hover', 'notes.md', 'AMPK'], memoryEnv({ 'notes.md': NOTES }));
    assert.deepEqual([notMentioned.code, notMentioned.stdout], [1, '']);
    assert.match(notMentioned.stderr, /'AMPK' is not recognized in 'notes\.md'; the data knows AMPK \(AMP-activated protein kinase\)/);
    const word = await run(['hover', 'notes.md', 'SIRT3'], memoryEnv({ 'notes.md': 'We measured sirt3 activity.\n' }));
    assert.equal(word.code, 1, 'gene symbols are case-sensitive: "sirt3" is not SIRT3');
  });

  it('prints the profile file as a path from the working folder, or absolute', async () => {
    const profiles = DEFAULT_PROFILES.map(profileDocument);
    const nmrk1 = profiles.find((p) => p.text.includes('"NMRK1"'));
    assert.ok(nmrk1);
    const file = fileURLToPath(nmrk1.uri);
    const { stdout } = await run(['hover', 'notes.md', 'NMRK1'], memoryEnv({ 'notes.md': NOTES }, profiles));
    const expected = path.relative(CWD, file).startsWith('..') ? file : path.relative(CWD, file);
    assert.ok(stdout.split('\n').includes(`Profile: ${expected}`), stdout);
  });

  it('exits 1 for an unknown term and 2 for a missing file or argument', async () => {
    assert.equal((await run(['hover', 'notes.md', 'SIRT9'], memoryEnv({ 'notes.md': NOTES }))).code, 1);
    assert.equal((await run(['hover', 'nope.md', 'NMRK1'], memoryEnv({}))).code, 2);
    assert.equal((await run(['hover', 'notes.md'], memoryEnv({ 'notes.md': NOTES }))).code, 2);
  });

  it('prints help and the package version', async () => {
    const help = await run(['--help'], memoryEnv({}));
    assert.equal(help.code, 0);
    assert.match(help.stdout, /genelens annotate .*FILE\.\.\./);
    const version = await run(['--version'], memoryEnv({ 'package.json': '{"name":"genelens","version":"1.2.3"}' }));
    assert.deepEqual([version.code, version.stdout], [0, '1.2.3\n']);
  });

  it('turns card Markdown into plain text without touching the words', () => {
    assert.equal(markdownToText('**NAD+** \\(x\\) &lt;b&gt; [PMID 1](https://pubmed.ncbi.nlm.nih.gov/1/)  \nnext'), 'NAD+ (x) <b> PMID 1 <https://pubmed.ncbi.nlm.nih.gov/1/>\nnext');
  });
});

describe('profile files on disk', () => {
  it('reads every *.json below the folders, recursively, sorted, folders in order', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-profiles-'));
    try {
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), text);
      };
      write('shipped/genes/NMRK1.json', '{"n":1}');
      write('shipped/chemicals/NAD+.json', '{"n":2}');
      write('shipped/README.md', 'not a profile');
      write('team/a.json', '{"n":3}');
      const { docs, errors } = readProfileDocuments([path.join(root, 'shipped'), path.join(root, 'team'), path.join(root, 'absent')]);
      assert.deepEqual(docs.map((d) => d.text), ['{"n":2}', '{"n":1}', '{"n":3}']);
      assert.equal(docs[0]?.uri, pathToFileURL(path.join(root, 'shipped/chemicals/NAD+.json')).href);
      assert.equal(errors.length, 1);
      assert.match(errors[0] ?? '', /absent: cannot read profiles folder \(no such folder\)/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('shows file URIs relative to the working folder when below it', () => {
    assert.equal(displayPath(pathToFileURL(path.join(CWD, 'data/x.json')).href, CWD), path.join('data', 'x.json'));
    assert.equal(displayPath(pathToFileURL('/elsewhere/x.json').href, CWD), path.resolve('/elsewhere/x.json'));
    assert.equal(displayPath('untitled:Untitled-1', CWD), 'untitled:Untitled-1');
  });
});
