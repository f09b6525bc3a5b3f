// GeneLens's entry in the language status (the `{}` next to the language in the status bar): whether the server
// works, and when a feature failed or a profile did not load, what, with a link to the output that holds the error.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';

export class LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('genelens.health', selector);
    this.item.name = 'GeneLens';
    this.item.command = { title: 'Show Output', command: 'genelens.showOutput' };
    this.update(undefined);
  }

  /** The problems a genelens/status reports (none: all works). */
  update(status: Pick<StatusParams, 'problems'> | undefined): void {
    const problems = status?.problems ?? [];
    if (problems.length === 0) {
      this.item.text = 'GeneLens';
      this.item.detail = 'recognizing terms and checking claims';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    this.item.text = `$(error) GeneLens: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
    this.item.detail = problems.join(' · ');
    this.item.severity = vscode.LanguageStatusSeverity.Error;
  }

  dispose(): void {
    this.item.dispose();
  }
}
