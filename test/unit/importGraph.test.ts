// The shape of the code, from its imports (test/helpers/importGraph.ts): no import circles in server/src, and the
// layers of ARCHITECTURE.md ("Invariants") hold. A failure names the files and the import to remove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { circles, importGraph } from '../helpers/importGraph';
import { repoRoot } from '../helpers/profiles';

const graph = importGraph(repoRoot, [path.join(repoRoot, 'server', 'src'), path.join(repoRoot, 'client', 'src')]);


test('the import graph is read from the sources', () => {
  assert.ok(graph.size > 100, `only ${graph.size} files`);
  assert.ok(graph.get('server/src/core/index.ts')?.includes('server/src/core/analysis/analyzer.ts'));
  // `import type` and `export ... from` count as imports.
  assert.ok(graph.get('server/src/core/types.ts')?.includes('server/src/core/lexicon/geneLexicon.ts'));
});

test('server/src and client/src have no import circles', () => {
  const found = circles(graph).map((c) => c.join(' '));
  assert.deepEqual(found, [], `import circles:\n${found.join('\n')}`);
});

/** Where each part of the tree may import from, by path prefix ('server/src/*': the files directly in server/src). */
const MAY_IMPORT: readonly (readonly [part: string, allowed: readonly string[]])[] = [
  // The shared module: the profile shape's types only (ESLint checks that they are `import type`).
  ['server/src/shared/', ['server/src/shared/', 'server/src/core/profile.ts']],
  // The core: itself and the shared module, no host.
  ['server/src/core/', ['server/src/core/', 'server/src/shared/']],
  // Hosts: their own files, the facade and the shared module.
  ['server/src/cli/', ['server/src/cli/', 'server/src/*', 'server/src/core/index.ts', 'server/src/shared/']],
  ['server/src/*', ['server/src/*', 'server/src/cli/', 'server/src/core/index.ts', 'server/src/shared/']],
  ['client/src/', ['client/src/', 'server/src/core/index.ts', 'server/src/shared/']],
];

function inPart(file: string, part: string): boolean {
  if (part.endsWith('/*')) return file.startsWith(part.slice(0, -1)) && !file.slice(part.length - 1).includes('/');
  return part.endsWith('/') ? file.startsWith(part) : file === part;
}

function allowedImport(file: string, dep: string): boolean {
  const rule = MAY_IMPORT.find(([part]) => inPart(file, part));
  return rule !== undefined && rule[1].some((part) => inPart(dep, part));
}

test('the core imports no host, hosts import only the facade and shared/, shared/ no core code', () => {
  const bad: string[] = [];
  for (const [file, deps] of graph) for (const dep of deps) if (!allowedImport(file, dep)) bad.push(`${file} -> ${dep}`);
  assert.deepEqual(bad, []);
});

test('the host rule reports a host importing a core internal', () => {
  assert.equal(allowedImport('server/src/server.ts', 'server/src/core/index.ts'), true);
  assert.equal(allowedImport('server/src/server.ts', 'server/src/core/analysis/analyzer.ts'), false);
  assert.equal(allowedImport('client/src/profilePage.ts', 'server/src/core/render/markdown.ts'), false);
  assert.equal(allowedImport('server/src/core/index.ts', 'server/src/server.ts'), false);
  assert.equal(allowedImport('server/src/shared/protocol.ts', 'server/src/core/features/profileInfo.ts'), false);
});

/**
 * The core's floors, lowest first: a file imports only files on its own floor or below (first matching prefix wins).
 * matcher/chars.ts, trie.ts and units.ts are ground floor in all but their folder (they move to text/ after #13).
 */
const FLOORS: readonly (readonly [floor: string, prefixes: readonly string[]])[] = [
  ['ground', ['text/', 'matcher/chars.ts', 'matcher/trie.ts', 'matcher/units.ts', 'matcher/variantKey.ts', 'matcher/prefixes.ts', 'document/', 'steps.ts']],
  ['lexicon', ['profile.ts', 'types.ts', 'lexicon/']],
  ['recognizer', ['markup/', 'matcher/']],
  ['claims', ['claims/']],
  ['analysis', ['analysis/', 'workspaceIndex.ts']],
  ['render', ['render/']],
  ['features', ['features/']],
  ['facade', ['index.ts']],
];

/** The floor of a core file (by its path inside server/src/core/), as an index into FLOORS; -1 outside the core. */
function floorOf(file: string): number {
  const CORE = 'server/src/core/';
  if (!file.startsWith(CORE)) return -1;
  const inner = file.slice(CORE.length);
  return FLOORS.findIndex(([, prefixes]) => prefixes.some((p) => (p.endsWith('/') ? inner.startsWith(p) : inner === p)));
}

test('every core file is on a floor', () => {
  const lost = [...graph.keys()].filter((f) => f.startsWith('server/src/core/') && floorOf(f) < 0);
  assert.deepEqual(lost, [], 'add the file to a floor in FLOORS (and to the map in ARCHITECTURE.md)');
});

test('no core import runs up a floor', () => {
  const up: string[] = [];
  for (const [file, deps] of graph) {
    const floor = floorOf(file);
    if (floor < 0) continue;
    for (const dep of deps) {
      const to = floorOf(dep);
      if (to > floor) up.push(`${file} (${FLOORS[floor]?.[0]}) -> ${dep} (${FLOORS[to]?.[0]})`);
    }
  }
  assert.deepEqual(up, []);
});

test('the floor test sees an import running up', () => {
  // The rule itself: a lexicon file importing a feature would be reported.
  assert.ok(floorOf('server/src/core/lexicon/geneTable.ts') < floorOf('server/src/core/features/hover.ts'));
  assert.equal(floorOf('server/src/core/text/wordHash.ts'), 0);
  assert.equal(floorOf('server/src/core/index.ts'), FLOORS.length - 1);
});

/** The rooms of core/claims/ and the rooms each may import from (its own included); '.' is the checker. */
const CLAIM_ROOMS: Readonly<Record<string, readonly string[]>> = {
  sentences: ['sentences'],
  words: ['words', 'sentences'],
  readers: ['readers', 'words', 'sentences'],
  knowledge: ['knowledge', 'words'],
  judge: ['judge', 'knowledge', 'words', 'sentences'],
  '.': ['.', 'judge', 'knowledge', 'readers', 'words', 'sentences'],
};

/** The room of a file of core/claims/: its folder, 'words' for the vocabulary and claim shapes, '.' for the checker. */
function roomOf(file: string): string | undefined {
  const CLAIMS = 'server/src/core/claims/';
  if (!file.startsWith(CLAIMS)) return undefined;
  const inner = file.slice(CLAIMS.length);
  if (inner.includes('/')) return inner.slice(0, inner.indexOf('/'));
  return inner === 'checker.ts' ? '.' : 'words';
}

test('the rooms of core/claims/: sentences, then words, readers and knowledge, judge, the checker', () => {
  const bad: string[] = [];
  for (const [file, deps] of graph) {
    const room = roomOf(file);
    if (room === undefined) continue;
    const allowed = CLAIM_ROOMS[room];
    if (!allowed) {
      bad.push(`${file}: a room CLAIM_ROOMS does not list`);
      continue;
    }
    for (const dep of deps) {
      const to = roomOf(dep);
      if (to !== undefined && !allowed.includes(to)) bad.push(`${file} (${room}) -> ${dep} (${to})`);
    }
  }
  assert.deepEqual(bad, []);
});
