// What the CLI reads (issue #16): `-` as standard input, byte order marks (UTF-8, UTF-16 LE and BE) decoded as an
// editor would, undecodable input reported as unreadable (exit 2) rather than checked as garbage, and `--profiles`
// naming a missing folder or a file as bad usage (exit 2) in every command that takes it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeText, firstInvalidUtf8 } from '../../server/src/cli/decode';
import { createReportingService, type CliEnv } from '../../server/src/cli/env';
import { runCli } from '../../server/src/cli/main';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const CWD = path.resolve('/work/project');
const PROFILES = loadShippedProfileDocuments();
const CLAIM = 'AMPK inhibits NMRK1.\n';
/** The one finding of CLAIM, after the file name (its source's wording is the profile's business). */
const finding = (file: string) => new RegExp(`^${file.replace(/[.-]/g, '\\$&')}:1:1 warning claim-contradicted The NMRK1 profile lists AMPK as an activator of NMRK1 \\([^)]+\\)\\.\\n$`);

function utf16(text: string, order: 'LE' | 'BE', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'BE') le.swap16();
  const mark = order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), le]);
}

/** Files as bytes (`-` is standard input), folders by name; the shipped profiles. */
function bytesEnv(files: Record<string, Uint8Array | string>, folders: string[] = []): CliEnv & { out: string[]; err: string[] } {
  const bytes = new Map(Object.entries(files).map(([name, b]) => [name === '-' ? '-' : path.resolve(CWD, name), typeof b === 'string' ? Buffer.from(b, 'utf8') : b]));
  const dirs = new Set(folders.map((d) => path.resolve(CWD, d)));
  const env = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    out: [] as string[],
    err: [] as string[],
    stdout: (s: string) => void env.out.push(s),
    stderr: (s: string) => void env.err.push(s),
    readFile: () => undefined,
    readBytes: async (file: string) => bytes.get(file),
    pathKind: (file: string) => (dirs.has(file) ? 'folder' : bytes.has(file) ? 'file' : 'missing') as 'folder' | 'file' | 'missing',
    loadService: () => createReportingService(PROFILES, [], env),
  };
  return env;
}

async function run(argv: string[], env: ReturnType<typeof bytesEnv>) {
  const code = await runCli(argv, env);
  return { code, stdout: env.out.join(''), stderr: env.err.join('') };
}

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark and decodes UTF-16 LE and BE by theirs', () => {
    const text = 'AMPK inhibits NMRK1 — NF-κB 🧬.\n';
    assert.deepEqual(decodeText(Buffer.from(`\ufeff${text}`, 'utf8')), { text });
    assert.deepEqual(decodeText(utf16(text, 'LE')), { text });
    assert.deepEqual(decodeText(utf16(text, 'BE')), { text });
    assert.deepEqual(decodeText(Buffer.from(text, 'utf8')), { text });
    assert.deepEqual(decodeText(new Uint8Array()), { text: '' });
  });

  it('names the first byte that is not UTF-8, and says what to do', () => {
    const bytes = Buffer.concat([Buffer.from('NMRK1 é ', 'utf8'), Buffer.from([0xff, 0x41])]);
    const decoded = decodeText(bytes);
    assert.ok('error' in decoded);
    assert.match(decoded.error, /not UTF-8 text \(byte 0xff at offset 9\); save it as UTF-8/);
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xc3, 0x28])), 1, 'a lead byte without its continuation');
    assert.equal(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0x80])), 0, 'an overlong form');
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'a surrogate');
    assert.equal(firstInvalidUtf8(Buffer.from('ok 🧬', 'utf8')), 7);
  });

  it('refuses UTF-16 without a byte order mark, cut-off UTF-16 and UTF-32, with a reason', () => {
    const noBom = decodeText(utf16('AMPK inhibits NMRK1.\n', 'LE', false));
    assert.ok('error' in noBom && /UTF-16 without a byte order mark/.test(noBom.error));
    const odd = decodeText(utf16('AMPK', 'LE').subarray(0, 5));
    assert.ok('error' in odd && /odd number of bytes/.test(odd.error));
    const utf32 = decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    assert.ok('error' in utf32 && /UTF-32/.test(utf32.error));
  });
});

describe('genelens reading its input', () => {
  it('checks a UTF-16 LE or BE file with a byte order mark as the same text in UTF-8', async () => {
    for (const order of ['LE', 'BE'] as const) {
      const { code, stdout, stderr } = await run(['check', 'u16.md'], bytesEnv({ 'u16.md': utf16(CLAIM, order) }));
      assert.equal(stderr, '');
      assert.match(stdout, finding('u16.md'), order);
      assert.equal(code, 1);
    }
  });

  it('reports a file that is not UTF-8 as unreadable (exit 2), and checks the others', async () => {
    const env = bytesEnv({ 'bad.md': Buffer.from([0x41, 0xfe, 0x41, 0x42]), 'ok.md': CLAIM });
    const { code, stdout, stderr } = await run(['check', 'bad.md', 'ok.md'], env);
    assert.equal(code, 2);
    assert.match(stderr, /^genelens: cannot read 'bad\.md': not UTF-8 text \(byte 0xfe at offset 1\)/);
    assert.match(stdout, finding('ok.md'));
  });

  it('reads - as standard input in check, annotate and hover', async () => {
    const checked = await run(['check', '-'], bytesEnv({ '-': CLAIM }));
    assert.match(checked.stdout, finding('-'));
    assert.equal(checked.code, 1);
    const annotated = await run(['annotate', '-'], bytesEnv({ '-': utf16(CLAIM, 'BE') }));
    assert.equal(annotated.code, 0);
    assert.deepEqual(annotated.stdout.split('\n').slice(0, 2).map((l) => l.split(' ').slice(0, 3).join(' ')), ['-:1:1 family AMPK', '-:1:15 gene NMRK1']);
    const hover = await run(['hover', '-', 'NMRK1'], bytesEnv({ '-': CLAIM }));
    assert.equal(hover.code, 0);
    assert.match(hover.stdout, /nicotinamide riboside kinase 1/);
  });

  for (const command of [['check', 'a.md'], ['annotate', 'a.md'], ['hover', 'a.md', 'NMRK1'], ['export-dictionary']]) {
    it(`${command[0]}: --profiles naming a missing folder or a file is bad usage (exit 2)`, async () => {
      const missing = await run([command[0]!, '--profiles', 'nowhere', ...command.slice(1)], bytesEnv({ 'a.md': CLAIM }));
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, new RegExp(`^genelens ${command[0]}: --profiles 'nowhere': no such folder\\n`));
      assert.equal(missing.stdout, '');
      const file = await run([command[0]!, '--profiles', 'a.md', ...command.slice(1)], bytesEnv({ 'a.md': CLAIM }));
      assert.equal(file.code, 2);
      assert.match(file.stderr, /--profiles 'a\.md' is a file; give the folder that holds the profile files/);
      const folder = await run([command[0]!, '--profiles', 'profiles', ...command.slice(1)], bytesEnv({ 'a.md': CLAIM }, ['profiles']));
      assert.notEqual(folder.code, 2, folder.stderr);
    });
  }
});
