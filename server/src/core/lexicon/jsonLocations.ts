// Positions in a JSON text: offsets to LSP line/character, JSON paths to syntax-tree nodes, paths to readable text.
// Pure: works on the text and the jsonc-parser tree only.
import type { Node } from 'jsonc-parser';
import type { Position, Range } from 'vscode-languageserver-types';

export type JsonPath = (string | number)[];

/** Offsets at which each line starts; a line ends at \r\n, \n or \r, as in an LSP text document. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The position of a UTF-16 offset, given the text's line starts. Offsets out of range are clamped. */
export function positionAt(starts: readonly number[], offset: number, textLength: number): Position {
  const target = Math.max(0, Math.min(offset, textLength));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= target) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: target - (starts[low] ?? 0) };
}

/** Maps offsets of one text to positions; the line table is built on first use. */
export class OffsetMapper {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    this.starts ??= lineStarts(this.text);
    return positionAt(this.starts, offset, this.text.length);
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + Math.max(0, length)) };
  }

  rangeOfNode(node: Node): Range {
    return this.range(node.offset, node.length);
  }
}

/** The value node at a path (object keys as strings, array indexes as numbers), or undefined. */
export function nodeAtPath(root: Node | undefined, path: readonly (string | number)[]): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.type === 'object') {
      const key = String(segment);
      let found: Node | undefined;
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode?.value === key) found = valueNode; // the last duplicate key wins, as in getNodeValue
      }
      node = found;
    } else if (node.type === 'array') {
      const index = typeof segment === 'number' ? segment : Number(segment);
      node = Number.isInteger(index) ? node.children?.[index] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}

/** The key node of the property holding a value node, when the value sits in an object. */
export function keyNodeOf(valueNode: Node): Node | undefined {
  const parent = valueNode.parent;
  return parent?.type === 'property' ? parent.children?.[0] : undefined;
}

/** A JSON pointer ("/upstream/0/effect", as ajv's instancePath) as a path, with array indexes as numbers. */
export function pointerToPath(root: Node | undefined, pointer: string): JsonPath {
  if (pointer === '') return [];
  const path: JsonPath = [];
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: string | number = node?.type === 'array' && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    node = nodeAtPath(node, [step]);
  }
  return path;
}

/** A path as readers write it: upstream[0].effect; the root is "profile". */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || 'profile';
}
