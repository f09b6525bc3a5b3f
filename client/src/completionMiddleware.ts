// The language client's completion middleware: a quick suggestion (completion VS Code asks for while the user types)
// goes to the server as a typed character, so the list opens only on a gene-like token; Ctrl+Space stays explicit.
// See completionTrigger.ts for why.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { isQuickSuggestion, typedEnd, type TypedEdit } from './completionTrigger';

export class CompletionTyping implements vscode.Disposable {
  private last: TypedEdit | undefined;
  private readonly listener = vscode.workspace.onDidChangeTextDocument((e) => {
    const change = e.contentChanges.length === 1 ? e.contentChanges[0] : undefined;
    const end = change && typedEnd(change);
    this.last = end ? { uri: e.document.uri.toString(), ...end, at: Date.now() } : undefined;
  });

  readonly middleware: Middleware = {
    provideCompletionItem: (document, position, context, token, next) => {
      if (context.triggerKind === vscode.CompletionTriggerKind.Invoke) {
        const delay = vscode.workspace.getConfiguration('editor', document).get<number>('quickSuggestionsDelay', 10);
        if (isQuickSuggestion(this.last, document.uri.toString(), position, Date.now(), delay)) {
          const typed = document.lineAt(position.line).text.charAt(position.character - 1);
          context = { triggerKind: vscode.CompletionTriggerKind.TriggerCharacter, triggerCharacter: typed };
        }
      }
      return next(document, position, context, token);
    },
  };

  dispose(): void {
    this.listener.dispose();
  }
}
