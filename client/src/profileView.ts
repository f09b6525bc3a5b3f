// "GeneLens: Open Profile": the profile of the term under the cursor (or of a symbol the user types) as a page in a
// webview beside the editor, with its pathway drawn. The page comes from the pure renderer (profilePage.ts) over the
// profile the server sends (`genelens/profile`); it runs no script, and its only command links are
// `genelens.revealProfileEntry`, which open the profile file at a fact. Open views refresh whenever the server has
// reloaded the profiles (`genelens/profilesLoaded`, sent after a profile file is saved).
import { randomBytes } from 'crypto';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PROFILE_REQUEST, type ProfileParams, type ProfileResult } from '../../server/src/shared/protocol';
import { renderProfilePage } from './profilePage';

export const REVEAL_COMMAND = 'genelens.revealProfileEntry';

interface View {
  panel: vscode.WebviewPanel;
  id: string;
}

export class ProfileViews implements vscode.Disposable {
  private readonly views = new Map<string, View>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The command: the term under the cursor, else ask for a symbol, alias or name. */
  async open(): Promise<void> {
    const client = this.client();
    if (!client) {
      void vscode.window.showInformationMessage('GeneLens is not running (see genelens.enable).');
      return;
    }
    const editor = vscode.window.activeTextEditor;
    let result: ProfileResult | null = null;
    if (editor) {
      const position = editor.selection.active;
      const textDocument = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
      result = await this.fetch(client, { textDocument, position: { line: position.line, character: position.character } });
    }
    if (!result) {
      const id = await vscode.window.showInputBox({ prompt: 'GeneLens: open the profile of (symbol, alias or name)', placeHolder: 'NMRK1' });
      if (!id?.trim()) return;
      result = await this.fetch(client, { id: id.trim() });
      if (!result) {
        void vscode.window.showInformationMessage(`GeneLens: no profile for "${id.trim()}".`);
        return;
      }
    }
    this.show(result);
  }

  /** Re-fetches and re-renders every open view (after the profiles were reloaded). */
  async refresh(): Promise<void> {
    const client = this.client();
    if (!client) return;
    for (const view of this.views.values()) {
      const result = await this.fetch(client, { id: view.id });
      if (result) view.panel.webview.html = this.page(view.panel.webview, result);
    }
  }

  dispose(): void {
    for (const view of this.views.values()) view.panel.dispose();
    this.views.clear();
  }

  private show(result: ProfileResult): void {
    const id = result.profile.id;
    let view = this.views.get(id);
    if (view) {
      view.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel('genelens.profile', `${result.profile.symbol} profile`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: [REVEAL_COMMAND],
        localResourceRoots: [],
      });
      view = { panel, id };
      this.views.set(id, view);
      panel.onDidDispose(() => this.views.delete(id));
    }
    view.panel.webview.html = this.page(view.panel.webview, result);
  }

  private page(webview: vscode.Webview, result: ProfileResult): string {
    const args = (path: (string | number)[]) => encodeURIComponent(JSON.stringify([result.uri, path]));
    return renderProfilePage(result, {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('hex'),
      link: (path) => `command:${REVEAL_COMMAND}?${args(path)}`,
    });
  }

  private async fetch(client: LanguageClient, params: ProfileParams): Promise<ProfileResult | null> {
    try {
      return await client.sendRequest<ProfileResult | null>(PROFILE_REQUEST, params);
    } catch (error) {
      void vscode.window.showErrorMessage(`GeneLens: could not get the profile (${error instanceof Error ? error.message : String(error)}).`);
      return null;
    }
  }
}

/** Opens a profile file at a JSON path (the entity's symbol for the empty path). Arguments come from a page link. */
export async function revealProfileEntry(uri: unknown, path: unknown): Promise<void> {
  if (typeof uri !== 'string' || !Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) return;
  const target = vscode.Uri.parse(uri, true);
  if (!target.path.toLowerCase().endsWith('.json') || target.scheme === 'command') return;
  const document = await vscode.workspace.openTextDocument(target);
  const tree = parseTree(document.getText());
  const node = tree && findNodeAtLocation(tree, path.length === 0 ? ['symbol'] : (path as (string | number)[]));
  // The symbol's value is selected without its quotes (as Go to Definition does); for an entry, the cursor goes to
  // its start.
  let selection: vscode.Range | undefined;
  if (node && path.length === 0 && node.type === 'string') {
    selection = new vscode.Range(document.positionAt(node.offset + 1), document.positionAt(node.offset + node.length - 1));
  } else if (node) {
    selection = new vscode.Range(document.positionAt(node.offset), document.positionAt(node.offset));
  }
  await vscode.window.showTextDocument(document, { selection, preview: false, viewColumn: vscode.ViewColumn.One });
}
