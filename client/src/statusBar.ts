// Status bar entry for the active document: terms recognized and claims flagged; a click opens the Problems view.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('genelens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'GeneLens';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.byUri.delete(doc.uri.toString());
        this.render();
      }),
    ];
  }

  update(status: StatusParams): void {
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  /** Forget every document (the server stopped). */
  clear(): void {
    this.byUri.clear();
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    if (!status) {
      this.item.hide();
      return;
    }
    const terms = `${status.mentions} ${status.mentions === 1 ? 'term' : 'terms'}`;
    const claims = `${status.findings} ${status.findings === 1 ? 'claim' : 'claims'} flagged`;
    // Words, not bare icons and numbers beside VS Code's own counters: "GeneLens: 46 terms, 6 claims".
    this.item.text = `$(beaker) GeneLens: ${terms}, ${status.findings} ${status.findings === 1 ? 'claim' : 'claims'}`;
    this.item.tooltip = `GeneLens: ${terms} recognized, ${claims}. Click to open the Problems view.`;
    this.item.accessibilityInformation = { label: `GeneLens: ${terms} recognized, ${claims}` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
