// The server's small wiring helpers: which documents it serves, its command line, the settings cache, the debouncer
// and the profile folders it loads.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DEFAULTS, normalizeSettings } from '../../server/src/shared/settings';
import { Debouncer } from '../../server/src/debouncer';
import { canonicalLanguageId, isServedLanguage } from '../../server/src/documentFilter';
import { isInside, profileDirs, uriToPath } from '../../server/src/profileStore';
import { parseServerArgs } from '../../server/src/serverArgs';
import { SettingsCache } from '../../server/src/settingsCache';

describe('isServedLanguage', () => {
  it('serves the configured languages and the ids other editors use for them', () => {
    assert.ok(isServedLanguage('markdown', DEFAULTS));
    assert.ok(isServedLanguage('latex', DEFAULTS));
    assert.ok(isServedLanguage('plaintext', DEFAULTS));
    assert.ok(isServedLanguage('tex', DEFAULTS), 'Neovim sends "tex"');
    assert.ok(isServedLanguage('text', DEFAULTS), 'Neovim and Helix send "text"');
    assert.equal(canonicalLanguageId('TeX'), 'latex');
  });

  it('serves nothing else, and nothing at all when disabled', () => {
    assert.ok(!isServedLanguage('typescript', DEFAULTS));
    assert.ok(!isServedLanguage('json', DEFAULTS));
    const off = normalizeSettings({ enable: false }).settings;
    assert.ok(!isServedLanguage('markdown', off));
    const onlyMarkdown = normalizeSettings({ languages: ['markdown'] }).settings;
    assert.ok(!isServedLanguage('latex', onlyMarkdown));
    assert.ok(isServedLanguage('markdown', onlyMarkdown));
  });
});

describe('parseServerArgs', () => {
  it('serves on a transport', () => {
    for (const argv of [['--stdio'], ['--node-ipc', '--clientProcessId=12'], ['--socket=5000'], ['--pipe=x']]) {
      assert.deepEqual(parseServerArgs(argv, '1.2.3'), { action: 'serve' }, argv.join(' '));
    }
  });

  it('prints the version and the help on stdout, exit 0', () => {
    assert.deepEqual(parseServerArgs(['--version'], '1.2.3'), { action: 'print', text: '1.2.3\n', stream: 'stdout', exitCode: 0 });
    const help = parseServerArgs(['--help'], '1.2.3');
    assert.equal(help.action, 'print');
    if (help.action === 'print') {
      assert.equal(help.exitCode, 0);
      assert.match(help.text, /--stdio/);
      assert.match(help.text, /1\.2\.3/);
    }
  });

  it('explains itself on stderr, exit 2, without a transport', () => {
    const r = parseServerArgs([], '1.2.3');
    assert.equal(r.action, 'print');
    if (r.action === 'print') {
      assert.equal(r.stream, 'stderr');
      assert.equal(r.exitCode, 2);
      assert.match(r.text, /No transport/);
    }
  });
});

describe('SettingsCache', () => {
  it('asks the client once per URI until cleared, and logs each problem once', async () => {
    const asked: (string | undefined)[] = [];
    const errors: string[] = [];
    const cache = new SettingsCache(async (uri) => {
      asked.push(uri);
      return { enable: 'maybe', languages: ['markdown'] };
    }, (m) => errors.push(m));
    const a = await cache.get('file:///a.md');
    await cache.get('file:///a.md');
    await cache.get('file:///b.md');
    assert.deepEqual(asked, ['file:///a.md', 'file:///b.md']);
    assert.deepEqual(a.languages, ['markdown']);
    assert.equal(a.enable, DEFAULTS.enable);
    assert.equal(errors.length, 1, errors.join('\n'));
    cache.clear();
    await cache.get('file:///a.md');
    assert.equal(asked.length, 3);
    assert.equal(errors.length, 1, 'the same problem is not logged twice');
  });

  it('falls back to pushed settings (or the defaults) when the client cannot be asked or fails', async () => {
    const pushed = new SettingsCache(undefined, () => undefined);
    assert.deepEqual((await pushed.get('file:///a.md')).languages, DEFAULTS.languages);
    pushed.setFallback({ languages: ['latex'] });
    assert.deepEqual((await pushed.get('file:///a.md')).languages, ['latex']);

    const errors: string[] = [];
    const failing = new SettingsCache(() => Promise.reject(new Error('gone')), (m) => errors.push(m));
    assert.equal((await failing.get('file:///a.md')).enable, true);
    assert.match(errors[0] ?? '', /gone/);
  });
});

describe('Debouncer', () => {
  it('runs only the last task scheduled for a key, after the delay', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const ran: string[] = [];
      const d = new Debouncer();
      d.schedule('a', 200, () => ran.push('a1'));
      d.schedule('a', 200, () => ran.push('a2'));
      d.schedule('b', 50, () => ran.push('b'));
      mock.timers.tick(60);
      assert.deepEqual(ran, ['b']);
      mock.timers.tick(200);
      assert.deepEqual(ran, ['b', 'a2']);
      d.schedule('c', 10, () => ran.push('c'));
      d.cancel('c');
      d.schedule('d', 10, () => ran.push('d'));
      d.dispose();
      mock.timers.tick(100);
      assert.deepEqual(ran, ['b', 'a2']);
    } finally {
      mock.timers.reset();
    }
  });
});

describe('profile folders', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-dirs-'));
  const data = path.join(tmp, 'data');
  const withProfiles = path.join(tmp, 'ws1');
  const without = path.join(tmp, 'ws2');
  fs.mkdirSync(path.join(withProfiles, '.genelens', 'profiles'), { recursive: true });
  fs.mkdirSync(without, { recursive: true });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads shipped, then workspace, then profilePaths (later ones override)', () => {
    const dirs = profileDirs({ dataDir: data, folders: [withProfiles, without], extraDirs: ['/team/profiles'], trusted: true, userPaths: ['/team/profiles'] });
    assert.deepEqual(dirs, [
      path.join(data, 'profiles'),
      path.join(withProfiles, '.genelens', 'profiles'),
      path.resolve('/team/profiles'),
    ]);
  });

  it('loads only the shipped profiles in an untrusted workspace', () => {
    const dirs = profileDirs({ dataDir: data, folders: [withProfiles], extraDirs: ['/team/profiles'], trusted: false, userPaths: ['/team/profiles'] });
    assert.deepEqual(dirs, [path.join(data, 'profiles')]);
  });

  it('maps file URIs to paths and tells what is inside a folder', () => {
    const file = path.join(withProfiles, '.genelens', 'profiles', 'x y.json');
    assert.equal(uriToPath(pathToFileURL(file).href), file);
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.ok(isInside(path.join(withProfiles, '.genelens'), file));
    assert.ok(!isInside(path.join(withProfiles, '.gene'), file));
    assert.ok(!isInside(file, file));
  });
});
