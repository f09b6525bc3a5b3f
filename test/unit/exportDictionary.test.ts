// `genelens export-dictionary`: the word list's content, the command's options, and the list loaded by cspell itself
// (node_modules/.bin/cspell, run offline on a temporary folder): with it, gene symbols and aliases are known words;
// without it, cspell flags them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createNodeEnv, createReportingService, type CliEnv } from '../../server/src/cli/env';
import { dictionaryWords } from '../../server/src/cli/exportDictionary';
import { runCli } from '../../server/src/cli/main';
import { createLanguageService } from '../../server/src/core';
import type { Profile } from '../../server/src/core/profile';
import { DEFAULT_PROFILES, NMRK1, profileDocument } from '../helpers/featureProfiles';

const ROOT = path.resolve(__dirname, '../../..');
const CSPELL = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'cspell.cmd' : 'cspell');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-dictionary-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The real environment in the temporary folder, with output captured; the fixture profiles unless `shipped`. */
function env(shipped = false): CliEnv & { out: string[]; err: string[] } {
  const node = createNodeEnv();
  const e = {
    ...node,
    cwd: tmp,
    out: [] as string[],
    err: [] as string[],
    stdout: (s: string) => void e.out.push(s),
    stderr: (s: string) => void e.err.push(s),
    loadService: (dirs: string[]) => (shipped ? node.loadService(dirs) : createReportingService(DEFAULT_PROFILES.map(profileDocument), [], e)),
  };
  return e;
}

describe('genelens export-dictionary', () => {
  it('lists symbols, aliases and previous symbols, one word a line, case kept, without cspell syntax', () => {
    const withMarks: Profile = {
      ...NMRK1,
      synonyms: [
        { text: 'NRK1', type: 'alias', source: 'HGNC' },
        { text: 'C9orf95', type: 'previous', source: 'HGNC' },
        { text: '!BAD+*', type: 'alias', source: 'seed' },
        { text: 'two words', type: 'alias', source: 'seed' },
        { text: 'nicotinamide riboside kinase', type: 'synonym', source: 'seed' },
      ],
    };
    const words = dictionaryWords(createLanguageService({ profiles: [withMarks, ...DEFAULT_PROFILES.slice(1)].map(profileDocument) }));
    for (const w of ['NMRK1', 'NRK1', 'C9orf95', 'AMPK', 'NMN', 'NAD', 'BAD', 'two', 'words']) assert.ok(words.includes(w), w);
    assert.ok(!words.includes('riboside'), 'names and synonyms are not exported');
    assert.ok(words.every((w) => /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u.test(w) && !/[+*!~#:\s]/.test(w)), words.join(' '));
    assert.deepEqual(words, [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    assert.equal(new Set(words).size, words.length);
  });

  it('writes to --out, or to standard output, and rejects unknown options', async () => {
    const e = env();
    assert.equal(await runCli(['export-dictionary', '--out', 'words.txt'], e), 0);
    const text = fs.readFileSync(path.join(tmp, 'words.txt'), 'utf8');
    assert.match(text, /^# GeneLens word list/);
    assert.ok(text.split('\n').includes('NMRK1'));
    assert.match(e.err.join(''), /wrote \d+ words to words\.txt/);
    const s = env();
    assert.equal(await runCli(['export-dictionary'], s), 0);
    assert.equal(s.out.join(''), text);
    const bad = env();
    assert.equal(await runCli(['export-dictionary', '--bogus'], bad), 2);
    assert.match(bad.err.join(''), /Usage: genelens export-dictionary/);
    assert.equal(await runCli(['export-dictionary', '--out', path.join(tmp, 'no', 'such', 'dir', 'w.txt')], env()), 2);
  });

  it('is loaded by cspell: gene symbols and aliases are known with it and flagged without it', async () => {
    assert.ok(fs.existsSync(CSPELL), `cspell is not installed (${CSPELL}): run npm ci`);
    const e = env(true);
    assert.equal(await runCli(['export-dictionary', '--out', 'genelens-words.txt'], e), 0);
    fs.writeFileSync(path.join(tmp, 'doc.md'), 'NMRK1 NRK1 NAMPT\n\nThe kinase NMRK1, also written NRK1, works beside NAMPT.\n');
    const check = (config: object) => {
      const file = path.join(tmp, `cspell-${Object.keys(config).length}.json`);
      fs.writeFileSync(file, JSON.stringify({ version: '0.2', language: 'en', ...config }));
      return spawnSync(CSPELL, ['--no-progress', '--no-summary', '--no-cache', '--config', file, 'doc.md'], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
    };
    const without = check({});
    assert.equal(without.status, 1, `cspell flags the genes without the dictionary:\n${without.stdout}${without.stderr}`);
    assert.match(without.stdout, /Unknown word \(NMRK/);
    assert.match(without.stdout, /Unknown word \(NAMPT\)/);
    const withDictionary = check({
      dictionaryDefinitions: [{ name: 'genelens', path: './genelens-words.txt', addWords: false }],
      dictionaries: ['genelens'],
    });
    assert.equal(withDictionary.status, 0, `no unknown words with the dictionary:\n${withDictionary.stdout}${withDictionary.stderr}`);
    assert.doesNotMatch(withDictionary.stdout, /Unknown word/);
  });
});
