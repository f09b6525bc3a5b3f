// Request parameters checked before a handler reads them. A malformed request (params or textDocument missing, a
// position that is not two whole numbers) is answered InvalidParams with one log line instead of a stack trace; a
// request after `shutdown` is answered InvalidRequest, as LSP 3.17 asks.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** What a request must carry. */
export type Need = 'document' | 'position' | 'range' | 'context';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): boolean => isObject(v) && isIndex(v.line) && isIndex(v.character);

/** What is wrong with `params` for a request that needs `needs`, or undefined when nothing is. */
export function paramsProblem(params: unknown, needs: readonly Need[]): string | undefined {
  if (!isObject(params)) return 'params must be an object';
  for (const need of needs) {
    if (need === 'document') {
      const doc = params.textDocument;
      if (!isObject(doc) || typeof doc.uri !== 'string') return 'params.textDocument.uri must be a string';
    } else if (need === 'position') {
      if (!isPosition(params.position)) return 'params.position must be { line, character } with whole numbers';
    } else if (need === 'range') {
      const r = params.range;
      if (!isObject(r) || !isPosition(r.start) || !isPosition(r.end)) return 'params.range must be { start, end } positions';
    } else if (!isObject(params.context)) return 'params.context must be an object';
  }
  return undefined;
}

/** The error answer for a request that cannot be served as sent, or undefined when it can. */
export function refusal(what: string, params: unknown, needs: readonly Need[], shutDown: boolean, log: (m: string) => void): ResponseError<void> | undefined {
  if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, `${what}: the server is shutting down`);
  const problem = paramsProblem(params, needs);
  if (problem === undefined) return undefined;
  log(`${what}: invalid request: ${problem}`);
  return new ResponseError(ErrorCodes.InvalidParams, `${what}: ${problem}`);
}
