// Drops a diagnostics publish that repeats the last one for the same document. Each publish is a marker change to VS
// Code, and a marker change resets its code-action model, which cancels a Ctrl+. that is being answered: "No code
// actions available" right after the squiggle appeared. The GeneLens server itself publishes only changes
// (server/src/publishOnChange.ts); this filter keeps the guarantee on the client's side, comparing what VS Code shows.
// Pure (no vscode import): the language client's handleDiagnostics middleware calls it.

/** What VS Code shows of a diagnostic: a publish with the same keys, in the same order, changes nothing. */
interface DiagnosticLike {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
  code?: string | number | { value: string | number };
  tags?: readonly number[];
}

export function publishKey(diagnostics: readonly DiagnosticLike[]): string {
  return JSON.stringify(diagnostics.map((d) => {
    const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
    const { start, end } = d.range;
    return [start.line, start.character, end.line, end.character, d.severity, d.source, code, d.message, d.tags ?? []];
  }));
}

export class SamePublishFilter {
  private readonly last = new Map<string, string>();

  /** True when these diagnostics for `uri` differ from the last ones let through (and remembers them). */
  changed(uri: string, diagnostics: readonly DiagnosticLike[]): boolean {
    const key = publishKey(diagnostics);
    if (this.last.get(uri) === key) return false;
    if (diagnostics.length === 0) this.last.delete(uri);
    else this.last.set(uri, key);
    return true;
  }

  /** Forget every document (the client restarted: VS Code cleared its markers). */
  clear(): void {
    this.last.clear();
  }
}
