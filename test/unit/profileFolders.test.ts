// Where profiles may come from (issue #16): a workspace cannot make GeneLens read outside itself. A symlinked
// .genelens/profiles leading out of the workspace folder is not followed; genelens.profilePaths entries outside the
// workspace folders ("../../../etc") are read only when written as absolute paths in the user's settings; node_modules,
// .git and dot-folders are never searched; a folder of more than MAX_PROFILE_FILES files is read up to the cap, with a
// problem on the first file left out.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_PROFILE_FILES, readProfileDocuments } from '../../server/src/profileFiles';
import { refusal } from '../../server/src/profileFolders';
import { ProfileStore, profileDirs } from '../../server/src/profileStore';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-folders-')));
const workspace = path.join(tmp, 'workspace');
const outside = path.join(tmp, 'outside');
const data = path.join(tmp, 'data');
const profile = (id: string): string => JSON.stringify({ id, symbol: id.toUpperCase(), name: `${id} protein`, aliases: [] });
fs.mkdirSync(path.join(data, 'profiles'), { recursive: true });
fs.mkdirSync(outside, { recursive: true });
fs.writeFileSync(path.join(outside, 'secret.json'), profile('secret'));

function sources(folder: string, extraDirs: string[], userPaths: string[] = []) {
  const refused: string[] = [];
  const dirs = profileDirs({ dataDir: data, folders: [folder], extraDirs, trusted: true, userPaths, refused: (dir) => refused.push(dir) });
  return { dirs, refused };
}

describe('profile folders a workspace may name', () => {
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('does not follow a .genelens/profiles symlink that leaves the workspace folder', () => {
    const ws = path.join(tmp, 'linked');
    fs.mkdirSync(path.join(ws, '.genelens'), { recursive: true });
    fs.symlinkSync(outside, path.join(ws, '.genelens', 'profiles'), 'dir');
    const { dirs, refused } = sources(ws, []);
    assert.deepEqual(dirs, [path.join(data, 'profiles')]);
    assert.deepEqual(refused, [path.join(ws, '.genelens', 'profiles')]);
    assert.match(refusal(path.join(ws, '.genelens', 'profiles'), { folders: [ws], userPaths: [] }) ?? '', /outside the workspace folders \(it leads to/);
  });

  it('refuses profilePaths outside the workspace ("../../../etc") unless written absolute in user settings', () => {
    fs.mkdirSync(workspace, { recursive: true });
    const up = path.relative(workspace, outside);
    assert.ok(up.startsWith('..'));
    assert.deepEqual(sources(workspace, [path.join(workspace, up)]).refused, [path.join(workspace, up)]);
    assert.deepEqual(sources(workspace, [path.join(workspace, '../../../etc')]).dirs, [path.join(data, 'profiles')]);
    // The same folder written in the workspace's settings (merged into profilePaths) but not in the user's: refused.
    assert.deepEqual(sources(workspace, [outside]).refused, [outside]);
    // Written by the user, absolute: read. Written relative, even by the user: not.
    assert.deepEqual(sources(workspace, [outside], [outside]).dirs, [path.join(data, 'profiles'), outside]);
    assert.deepEqual(sources(workspace, [path.join(workspace, up)], [up]).refused, [path.join(workspace, up)]);
  });

  it('reads a folder inside the workspace, but never node_modules, .git or another dot-folder', () => {
    const team = path.join(workspace, 'team-profiles');
    const modules = path.join(workspace, 'node_modules');
    const git = path.join(workspace, '.git', 'profiles');
    for (const dir of [team, modules, git]) fs.mkdirSync(dir, { recursive: true });
    const { dirs, refused } = sources(workspace, [team, modules, git]);
    assert.deepEqual(dirs, [path.join(data, 'profiles'), team]);
    assert.deepEqual(refused, [modules, git]);
  });

  it('searches no node_modules, dot-folder or symlink inside a profile folder', () => {
    const dir = path.join(tmp, 'walk');
    for (const sub of ['a', 'node_modules/pkg', '.git', '.cache']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'one.json'), profile('one'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'package.json'), '{}');
    fs.writeFileSync(path.join(dir, '.git', 'x.json'), '{}');
    fs.writeFileSync(path.join(dir, '.cache', 'y.json'), '{}');
    fs.symlinkSync(outside, path.join(dir, 'elsewhere'), 'dir');
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'secret.json'), 'file');
    const { docs, errors } = readProfileDocuments([dir]);
    assert.deepEqual(docs.map((d) => d.uri), [pathToFileURL(path.join(dir, 'a', 'one.json')).href]);
    assert.deepEqual(errors, []);
  });

  it('reads at most MAX_PROFILE_FILES files of a folder, with a problem on the first one left out', async () => {
    const dir = path.join(workspace, 'many');
    fs.mkdirSync(dir, { recursive: true });
    const name = (i: number): string => `p${String(i).padStart(5, '0')}.json`;
    for (let i = 0; i < MAX_PROFILE_FILES + 5; i++) fs.writeFileSync(path.join(dir, name(i)), profile(`p${i}`));
    const { docs, errors, capped } = readProfileDocuments([dir]);
    assert.equal(docs.length, MAX_PROFILE_FILES);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', new RegExp(`more than ${MAX_PROFILE_FILES} profile files`));
    const left = pathToFileURL(path.join(dir, name(MAX_PROFILE_FILES))).href;
    assert.deepEqual(capped.map((c) => c.uri), [left]);

    const store = new ProfileStore({ log: () => undefined, error: () => undefined });
    await store.load([dir]);
    const problem = store.service.profileProblems.find((p) => p.uri === left);
    assert.ok(problem, 'a problem on the first file left out');
    assert.equal(store.service.getProfileDiagnostics(left)[0]?.code, 'profile-invalid');
  });
});
