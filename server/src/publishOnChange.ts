// Diagnostics are published only when they changed: every textDocument/publishDiagnostics of the server passes here
// (validation, profile problems, a closed document). A publish equal to the last one for its document (every field
// but the document version) is not sent. Editors treat each publish as a marker change: VS Code resets its code-action
// model on one, so a repeated publish (after an edit that changes nothing visible, the first profile load, a settings
// change, a workspace scan) could answer a Ctrl+. with "No code actions available", and it costs a message per edit.
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver/node';

export interface PublishedDiagnostics {
  /** Forget a document's last publish (it closed): memory is not kept for it, and its next publish is sent. */
  forget(uri: string): void;
}

/**
 * Makes `connection.sendDiagnostics` skip a publish that repeats the last one for the same document (and tell `sent`
 * of the others). Done on the connection itself, so that no module of the server can publish around it.
 */
export function publishOnlyChanges(connection: Connection, sent: (uri: string) => void = () => undefined): PublishedDiagnostics {
  const last = new Map<string, string>();
  const send = connection.sendDiagnostics.bind(connection);
  connection.sendDiagnostics = (params: PublishDiagnosticsParams): Promise<void> => {
    const key = JSON.stringify(params.diagnostics);
    if (last.get(params.uri) === key) return Promise.resolve();
    last.set(params.uri, key);
    sent(params.uri);
    return send(params);
  };
  return { forget: (uri) => void last.delete(uri) };
}
