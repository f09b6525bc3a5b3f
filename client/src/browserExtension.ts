// Entry of dist/browser/extension.js, the extension in VS Code for the Web (vscode.dev, github.dev): starts the web
// build of the language server (dist/browser/server.js) in a web worker and answers its genelens/data request with the
// shipped data read through vscode.workspace.fs. Status bar, language status, completion while typing and the
// commands Restart Server and Show Output work as on the desktop; the profile view and team profiles
// (.genelens/profiles/) are desktop-only.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { STATUS_NOTIFICATION, type InitializationOptions, type StatusParams } from '../../server/src/shared/protocol';
import { normalizeSettings } from '../../server/src/shared/settings';
import { DATA_REQUEST, type WebData } from '../../server/src/shared/webData';
import { CompletionTyping } from './completionMiddleware';
import { LanguageStatus } from './languageStatus';
import { SamePublishFilter } from './samePublish';
import { StatusBar } from './statusBar';

/** A web worker (the DOM's Worker; this project compiles without the DOM library). */
declare const Worker: new (scriptUrl: string) => object;

let client: LanguageClient | undefined;
const publishes = new SamePublishFilter();

/** The profile files under `dir`, recursively, with their text. */
async function readProfiles(dir: vscode.Uri): Promise<WebData['profiles']> {
  const out: WebData['profiles'] = [];
  const decoder = new TextDecoder();
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type === vscode.FileType.Directory) out.push(...(await readProfiles(uri)));
    else if (name.endsWith('.json')) out.push({ uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
  }
  return out;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The shipped data, read from the extension's own folder through the editor's file system. */
export async function readWebData(extensionUri: vscode.Uri): Promise<WebData> {
  const data = vscode.Uri.joinPath(extensionUri, 'data');
  const table = vscode.Uri.joinPath(data, 'lexicon', 'genes.tsv');
  const familyTable = vscode.Uri.joinPath(data, 'lexicon', 'families.tsv');
  const meshFiles = ['chemicals.tsv', 'diseases.tsv', 'mesh-stoplist.tsv'].map((f) => vscode.Uri.joinPath(data, 'lexicon', f));
  const [profiles, text, rodentText, namesText, families, meshTexts] = await Promise.all([
    readProfiles(vscode.Uri.joinPath(data, 'profiles')),
    readText(table),
    readText(vscode.Uri.joinPath(data, 'lexicon', 'rodent-genes.tsv')),
    readText(vscode.Uri.joinPath(data, 'lexicon', 'gene-names.tsv')),
    readText(familyTable),
    Promise.all(meshFiles.map(readText)),
  ]);
  const mesh = meshFiles.flatMap((uri, i) => (meshTexts[i] === undefined ? [] : [{ uri: uri.toString(), text: meshTexts[i] ?? '' }]));
  if (text === undefined) return { profiles, mesh };
  // The rodent spellings, then the other names of genes: the server reads both from one text (see WebData).
  const rodent = rodentText === undefined || namesText === undefined ? (rodentText ?? namesText) : `${rodentText}\n${namesText}`;
  return { profiles, genes: { uri: table.toString(), text, rodent, families: families === undefined ? undefined : { uri: familyTable.toString(), text: families } }, mesh };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('GeneLens', { log: true });
  const statusBar = new StatusBar();
  const typing = new CompletionTyping();
  const config = vscode.workspace.getConfiguration('genelens');
  const { settings } = normalizeSettings({ enable: config.get('enable'), languages: config.get('languages'), severity: config.get('severity') });
  const languageStatus = new LanguageStatus(settings.languages);
  context.subscriptions.push(output, statusBar, typing, languageStatus, vscode.commands.registerCommand('genelens.showOutput', () => output.show(true)));
  context.subscriptions.push(vscode.commands.registerCommand('genelens.restartServer', async () => {
    await client?.stop();
    await client?.start();
  }));
  if (!settings.enable) return;
  const documentSelector: LanguageClientOptions['documentSelector'] = settings.languages.map((language) => ({ language }));
  if (settings.languages.includes('markdown')) documentSelector.push({ notebook: '*', language: 'markdown' });
  const initializationOptions: InitializationOptions = { statusNotification: true, trusted: vscode.workspace.isTrusted };
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true));
  client = new LanguageClient('genelens', 'GeneLens', worker, {
    documentSelector,
    synchronize: { configurationSection: 'genelens' },
    initializationOptions,
    outputChannel: output,
    middleware: {
      ...typing.middleware,
      handleDiagnostics: (uri, diagnostics, next) => {
        if (publishes.changed(uri.toString(), diagnostics)) next(uri, diagnostics);
      },
    },
  });
  client.onRequest(DATA_REQUEST, () => readWebData(context.extensionUri));
  client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
    statusBar.update(status);
    languageStatus.update(status);
  });
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
