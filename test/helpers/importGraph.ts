// The import graph of a source tree, read from the sources with TypeScript's own import scanner (ts.preProcessFile:
// `import`, `import type`, `export ... from`, `import()`, `require()`), for the architecture tests. Relative imports
// only, to .ts files: a package or a data file (JSON) is not a node of the graph.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** File (relative to the root, with '/') -> the files it imports (same form). */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [base + '.ts', path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The graph of every .ts file under `roots` (absolute folders), named relative to `base`. */
export function importGraph(base: string, roots: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  const name = (file: string): string => path.relative(base, file).split(path.sep).join('/');
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      const deps = new Set<string>();
      for (const ref of info.importedFiles) {
        if (!ref.fileName.startsWith('.')) continue;
        const target = resolveImport(file, ref.fileName);
        if (target) deps.add(name(target));
      }
      graph.set(name(file), [...deps]);
    }
  }
  return graph;
}

/** The circles of the graph: its strongly connected components of more than one file (or a file importing itself). */
export function circles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}
