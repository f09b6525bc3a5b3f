// The growth checks of `npm run fuzz` cover every regular expression of server/src that runs on document text
// (issue #16): each file with one is listed in scripts/fuzz/regexTargets.ts with the document families that feed
// it its worst case, or why it never sees document text, and its count of expressions is pinned.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { FAMILIES } from '../../scripts/fuzz/documents';
import { REGEX_TARGETS } from '../../scripts/fuzz/regexTargets';
import { repoRoot } from '../helpers/profiles';

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, out);
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** Regex literals and `new RegExp(...)` / `RegExp(...)` calls in a file, from TypeScript's parser. */
function regexCount(file: string): number {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) count++;
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') count++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

describe('regular expressions and the fuzzer', () => {
  const found = new Map<string, number>();
  for (const file of sources(path.join(repoRoot, 'server', 'src'))) {
    const n = regexCount(file);
    if (n > 0) found.set(path.relative(repoRoot, file).split(path.sep).join('/'), n);
  }

  it('every file with a regex is listed, with its count, and every listed file still has them', () => {
    const problems: string[] = [];
    for (const [file, n] of found) {
      const target = REGEX_TARGETS[file];
      if (!target) problems.push(`${file}: ${n} regexes, not in scripts/fuzz/regexTargets.ts`);
      else if (target.regexes !== n) problems.push(`${file}: ${n} regexes, regexTargets.ts says ${target.regexes}`);
    }
    for (const file of Object.keys(REGEX_TARGETS)) if (!found.has(file)) problems.push(`${file}: listed, but has no regex (or is gone)`);
    assert.deepEqual(problems, [], `${problems.join('\n')}\nFor a new or changed regex: find the document family (scripts/fuzz/documents.ts) that gives it its worst case, or add one, and update regexTargets.ts.`);
  });

  it('each entry names existing document families, or says why its regexes never see document text', () => {
    const names = new Set(FAMILIES.map((f) => f.name));
    for (const [file, target] of Object.entries(REGEX_TARGETS)) {
      assert.ok((target.families?.length ?? 0) > 0 !== (target.notDocumentText !== undefined), `${file}: families or a reason, one of them`);
      for (const family of target.families ?? []) assert.ok(names.has(family), `${file}: no family '${family}'`);
    }
  });

  it('every family has a worst case to feed, and grows with its size', () => {
    for (const f of FAMILIES) {
      const small = f.make(1000).length;
      const large = f.make(8000).length;
      assert.ok(large > 6 * small, `${f.name}: ${small} -> ${large} characters`);
      assert.ok(f.targets.length > 0);
    }
  });
});
