// Requests about a notebook cell, answered on the notebook's combined document: the request handlers
// (featureHandlers.ts) are registered on a view of the connection that moves a cell's positions into the combined
// document before a handler runs and moves the answer's ranges back into the cells after. A request about any other
// document passes through untouched.
import type { CodeAction, Connection, Location, Range, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { CellTarget } from './notebooks';
import { shiftPosition, shiftRange, type NotebookView } from './notebookView';

type Params = { textDocument?: { uri?: unknown }; position?: { line: number; character: number }; range?: Range; context?: { diagnostics?: { range: Range }[] } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isRange(v: unknown): v is Range {
  return isObject(v) && isObject(v.start) && isObject(v.end) && typeof v.start.line === 'number' && typeof v.end.line === 'number';
}

/** The request's parameters with the cell's positions moved into the combined document. */
function intoNotebook(params: Params, target: CellTarget): Params {
  const lines = target.span.line;
  const out: Params = { ...params, textDocument: { ...params.textDocument, uri: target.view.uri } };
  if (params.position) out.position = shiftPosition(params.position, lines);
  if (isRange(params.range)) out.range = shiftRange(params.range, lines);
  if (params.context && Array.isArray(params.context.diagnostics)) {
    out.context = { ...params.context, diagnostics: params.context.diagnostics.map((d) => (isRange(d.range) ? { ...d, range: shiftRange(d.range, lines) } : d)) };
  }
  return out;
}

/** Whether a range of the combined document lies in the requesting cell. */
function inCell(range: Range, target: CellTarget): boolean {
  return range.start.line >= target.span.line && range.end.line < target.span.line + target.span.lines;
}

/**
 * Every range in an answer moved back into the requesting cell; a Location in the combined document goes to the cell
 * that holds it (another cell for references); array items whose range lies outside the cell are left out (symbols,
 * links of the other cells).
 */
function intoCell(value: unknown, target: CellTarget): unknown {
  if (Array.isArray(value)) {
    const kept = value.filter((item) => !(isObject(item) && isRange(item.range) && typeof item.uri !== 'string' && !inCell(item.range, target)));
    return kept.map((item) => intoCell(item, target)).filter((item) => item !== undefined);
  }
  if (!isObject(value)) return value;
  if (isRange(value)) return shiftRange(value, -target.span.line);
  if (typeof value.uri === 'string' && isRange(value.range)) {
    // A location: in another file (a profile) as it is; in the combined document, in the cell that holds it.
    if (value.uri !== target.view.uri) return value;
    const moved = target.view.toCell(value.range);
    return moved ? { ...value, ...moved } : undefined;
  }
  if (typeof value.targetUri === 'string' && value.targetUri !== target.view.uri) {
    // A link into a profile: only its origin is in the cell.
    const origin = value.originSelectionRange;
    return isRange(origin) ? { ...value, originSelectionRange: shiftRange(origin, -target.span.line) } : value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'changes' && isObject(v)) out[key] = editsIntoCells(v as WorkspaceEdit['changes'] & object, target.view);
    else if (key === 'data') out[key] = v;
    else out[key] = intoCell(v, target);
  }
  return out;
}

/** A workspace edit's changes to the combined document, given to the cells they fall in. */
function editsIntoCells(changes: Record<string, TextEdit[]>, view: NotebookView): Record<string, TextEdit[]> {
  const out: Record<string, TextEdit[]> = {};
  for (const [uri, edits] of Object.entries(changes)) {
    if (uri !== view.uri) {
      out[uri] = edits;
      continue;
    }
    for (const edit of edits) {
      const moved = view.toCell(edit.range);
      if (moved) (out[moved.uri] ??= []).push({ ...edit, range: moved.range });
    }
  }
  return out;
}

/** Semantic tokens of the combined document, cut to the cell's lines and encoded again relative to its start. */
function tokensIntoCell(tokens: SemanticTokens, target: CellTarget): SemanticTokens {
  const { data } = tokens;
  const out: number[] = [];
  const first = target.span.line;
  const end = first + target.span.lines;
  let line = 0;
  let char = 0;
  let lastLine = first;
  let lastChar = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const dl = data[i] ?? 0;
    line += dl;
    char = dl === 0 ? char + (data[i + 1] ?? 0) : (data[i + 1] ?? 0);
    if (line < first || line >= end) continue;
    out.push(line - lastLine, line === lastLine ? char - lastChar : char, data[i + 2] ?? 0, data[i + 3] ?? 0, data[i + 4] ?? 0);
    lastLine = line;
    lastChar = char;
  }
  return { ...tokens, data: out };
}

/** Maps an answer about a cell back into it. */
function answerForCell(method: string, answer: unknown, target: CellTarget): unknown {
  if ((method === 'textDocument/semanticTokens/full' || method === 'textDocument/semanticTokens/range') && isObject(answer) && Array.isArray(answer.data)) {
    return tokensIntoCell(answer as unknown as SemanticTokens, target);
  }
  if (method === 'textDocument/references' && Array.isArray(answer)) {
    return (answer as Location[]).map((l) => (l.uri === target.view.uri ? target.view.toCell(l.range) : l)).filter((l) => l !== undefined);
  }
  if (method === 'textDocument/codeAction' && Array.isArray(answer)) {
    return (answer as CodeAction[]).map((a) => intoCell(a, target));
  }
  return intoCell(answer, target);
}

/**
 * A view of `connection` whose `onRequest` handlers answer requests about a served notebook cell on its notebook's
 * combined document. Everything else is the connection itself.
 */
export function notebookAwareConnection(connection: Connection, cell: (uri: string) => CellTarget | undefined): Connection {
  const onRequest = (type: unknown, handler: (params: unknown, ...rest: unknown[]) => unknown): unknown => {
    const method = typeof type === 'string' ? type : isObject(type) && typeof type.method === 'string' ? type.method : '';
    const wrapped = async (params: unknown, ...rest: unknown[]): Promise<unknown> => {
      const p = params as Params | undefined;
      const uri = isObject(p) && isObject(p.textDocument) && typeof p.textDocument.uri === 'string' ? p.textDocument.uri : undefined;
      const target = uri === undefined ? undefined : cell(uri);
      if (!target || !p) return handler(params, ...rest);
      const answer = await handler(intoNotebook(p, target), ...rest);
      return answer === null || answer === undefined || answer instanceof Error ? answer : answerForCell(method, answer, target);
    };
    return (connection.onRequest as (t: unknown, h: unknown) => unknown)(type, wrapped);
  };
  return new Proxy(connection, {
    get: (target, key, receiver) => (key === 'onRequest' ? onRequest : Reflect.get(target, key, receiver) as unknown),
  });
}
