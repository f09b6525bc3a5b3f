// The GeneLens VS Code client: starts dist/server.js over IPC, passes the shipped data folder and workspace trust,
// and adds the commands and the status bar item. Everything else is the language server's.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { PROFILES_LOADED_NOTIFICATION, STATUS_NOTIFICATION, type InitializationOptions, type StatusParams } from '../../server/src/shared/protocol';
import { CompletionTyping } from './completionMiddleware';
import { ProfileViews, REVEAL_COMMAND, revealProfileEntry } from './profileView';
import { SamePublishFilter } from './samePublish';
import { LanguageStatus } from './languageStatus';
import { documentSelector, readSettings, userProfilePaths } from './settings';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let statusBar: StatusBar | undefined;
let typing: CompletionTyping | undefined;
const publishes = new SamePublishFilter();
let languageStatus: LanguageStatus | undefined;
const profileViews = new ProfileViews(() => client);
/** Starts and restarts run one after another, so toggling a setting twice quickly never leaves two servers. */
let lifecycle: Promise<void> = Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('GeneLens', { log: true });
  statusBar = new StatusBar();
  typing = new CompletionTyping();
  context.subscriptions.push(
    output,
    statusBar,
    typing,
    vscode.commands.registerCommand('genelens.restartServer', () => restart(context)),
    vscode.commands.registerCommand('genelens.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('genelens.openProfile', () => profileViews.open()),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealProfileEntry),
    profileViews,
    vscode.workspace.onDidChangeConfiguration((e) => {
      const affects = ['genelens.enable', 'genelens.languages', 'genelens.profilePaths'].some((k) => e.affectsConfiguration(k));
      if (affects) void restart(context);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context)),
  );
  // VS Code shows no notification when an extension fails to activate, so start() reports failures itself.
  lifecycle = start(context);
  await lifecycle;
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = readSettings(output);
  if (!settings.enable) {
    output?.info('GeneLens is turned off (genelens.enable is false).');
    return;
  }
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio: the server then reads and parses its input on a thread of its own (server/src/workerReader.ts), so a
  // large document's didOpen never holds up a hover (over IPC, Node parses every message on the main thread).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const dataDir = context.asAbsolutePath('data');
  const initializationOptions: InitializationOptions = {
    dataDir,
    trusted: vscode.workspace.isTrusted,
    statusNotification: true,
    profileNotifications: true,
    userProfilePaths: userProfilePaths(),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings, dataDir),
    synchronize: { configurationSection: 'genelens' },
    initializationOptions,
    outputChannel: output,
    middleware: {
      ...typing?.middleware,
      // A publish that repeats the last one would reset VS Code's code actions (samePublish.ts).
      handleDiagnostics: (uri, diagnostics, next) => {
        if (publishes.changed(uri.toString(), diagnostics)) next(uri, diagnostics);
      },
    },
  };
  const starting = new LanguageClient('genelens', 'GeneLens', serverOptions, clientOptions);
  languageStatus?.dispose();
  languageStatus = new LanguageStatus(settings.languages);
  context.subscriptions.push(languageStatus);
  starting.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
    statusBar?.update(status);
    languageStatus?.update(status);
  });
  starting.onNotification(PROFILES_LOADED_NOTIFICATION, () => void profileViews.refresh());
  const began = performance.now();
  try {
    await starting.start();
    client = starting;
    // Start-up, for the e2e's report: this line's time, and the server's own line (its first diagnostics).
    output?.info(`Server started in ${Math.round(performance.now() - began)} ms, ${Math.round(began)} ms after the extension host started.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output?.error(`GeneLens could not start: ${message}`);
    void starting.dispose().catch(() => undefined);
    // not awaited: activation must not wait for the user to dismiss the notification
    void vscode.window.showErrorMessage(`GeneLens could not start: ${message}`, 'Show Output').then((choice) => {
      if (choice === 'Show Output') output?.show(true);
    });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  statusBar?.clear();
  publishes.clear();
  if (running) await running.stop().catch((e: unknown) => output?.error(`Stopping GeneLens: ${String(e)}`));
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  lifecycle = lifecycle.then(stop).then(() => start(context));
  return lifecycle;
}
