// Entry of dist/server.js: the GeneLens language server. Wiring only: each handler finds the document, asks the
// core (server/src/core) and returns. Profiles: profileStore.ts and profileWatcher.ts; settings: settingsCache.ts.
// Transports: --stdio, --node-ipc, --socket=PORT (see serverArgs.ts).
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { version } from '../../package.json';
import { COMPLETION_TRIGGER_CHARACTERS, EditableDocument, SEMANTIC_TOKENS_LEGEND, type Logger } from './core';
import { Debouncer } from './debouncer';
import { registerFeatureHandlers } from './featureHandlers';
import { guard, runInSteps } from './guard';
import { isServedLanguage } from './documentFilter';
import { ProfileStore, uriToPath } from './profileStore';
import { ProfileWatcher } from './profileWatcher';
import {
  PROFILES_LOADED_NOTIFICATION,
  STATUS_NOTIFICATION,
  type InitializationOptions,
  type StatusParams,
} from './shared/protocol';
import { parseServerArgs } from './serverArgs';
import { SettingsCache } from './settingsCache';
import { WorkspaceScanner } from './workspaceScanner';

const VALIDATE_DELAY_MS = 200;
/** Warm-up (completion's term index, a few hundred milliseconds of steps) waits this long after the lexicon loads. */
const WARM_UP_DELAY_MS = 1500;
/** Diagnostics published per document at most: keeps one message bounded however many claims a huge file makes. */
const MAX_DIAGNOSTICS = 5000;

interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  definitionLinks: boolean;
  /** Wants genelens/status notifications. */
  status: boolean;
  /** Wants genelens/profilesLoaded notifications. */
  profileNotifications: boolean;
  hierarchicalSymbols: boolean;
  semanticTokensRefresh: boolean;
}

function installProcessGuards(connection: Connection): void {
  const report = (what: string, error: unknown): void => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      connection.console.error(`${what}: ${text}`);
    } catch {
      process.stderr.write(`${what}: ${text}\n`);
    }
  };
  process.on('uncaughtException', (error) => report('Uncaught exception', error));
  process.on('unhandledRejection', (reason) => report('Unhandled rejection', reason));
}

/**
 * The connection. Over stdio the reader is ours, so that a broken frame (a bad Content-Length, a missing header
 * separator) is logged once on stderr and in the client's log: after one, the stream's framing cannot be trusted.
 */
function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  let reported = false;
  reader.onError((error) => {
    if (reported) return;
    reported = true;
    const message = `GeneLens: a message from the client could not be read (${error.message}); later messages on this stream may be lost.`;
    process.stderr.write(`${message}\n`);
    connection.console.error(message);
  });
  return connection;
}

function startServer(): void {
  const connection = createServerConnection();
  installProcessGuards(connection);
  const logger: Logger = { log: (m) => connection.console.log(m), error: (m) => connection.console.error(m) };
  // Edits go through the service, which remembers where each document changed: the next analysis is incremental.
  // EditableDocument keeps the text in chunks, so a keystroke does not copy a large document.
  const documents = new TextDocuments<EditableDocument>({
    create: (uri, languageId, version, text) => EditableDocument.create(uri, languageId, version, text),
    update: (document, changes, version) => {
      if (store.loaded) store.loaded.update(document, changes, version);
      else document.update(changes, version);
      return document;
    },
  });
  const store = new ProfileStore(logger);
  const validations = new Debouncer();
  const opening = new Set<string>();
  const truncated = new Set<string>();
  let settings = new SettingsCache(undefined, logger.error);
  let support: ClientSupport = {
    configuration: false,
    workspaceFolders: false,
    definitionLinks: false,
    status: false,
    profileNotifications: false,
    hierarchicalSymbols: false,
    semanticTokensRefresh: false,
  };
  const openPaths = () => new Set(documents.keys().map(uriToPath).filter((p): p is string => p !== undefined).map((p) => path.resolve(p)));
  const scanner = new WorkspaceScanner(connection, () => store.service, () => settings, logger, openPaths);
  const profiles = new ProfileWatcher(connection, store, () => settings, logger, () => {
    for (const document of documents.all()) scheduleValidation(document.uri, 0);
    void scanner
      .sync()
      // Not at once: the first hovers and diagnostics after a (re)load come first (see WARM_UP_DELAY_MS).
      .then(() => setTimeout(() => runInSteps(logger, 'Warming up', store.service.warmUp()), WARM_UP_DELAY_MS))
      .catch((e: unknown) => logger.error(`Indexing the workspace failed: ${String(e)}`));
    if (support.profileNotifications) void connection.sendNotification(PROFILES_LOADED_NOTIFICATION, {});
    if (support.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  });

  /** The open document and its settings, when GeneLens serves it (enabled, language listed, not a profile file). */
  async function served(uri: string) {
    await profiles.ready;
    const document = documents.get(uri);
    if (!document || store.isProfileFile(uri)) return undefined;
    const current = await settings.get(uri);
    return isServedLanguage(document.languageId, current) ? { document, settings: current } : undefined;
  }

  async function validate(uri: string): Promise<void> {
    await profiles.ready;
    const document = documents.get(uri);
    if (!document) return;
    const current = await settings.get(uri);
    // A turn of the event loop first: requests that waited for the same load or settings (the first hovers after
    // start-up) are answered before this analysis, which can be long for a large document.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (documents.get(uri)?.version !== document.version) return; // a newer version is on its way
    if (store.isProfileFile(uri)) {
      const diagnostics = store.service.getProfileDiagnostics(store.serviceUri(uri), current);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      return;
    }
    if (!isServedLanguage(document.languageId, current)) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const diagnostics = store.service.getDiagnostics(document, current);
    if (diagnostics.length > MAX_DIAGNOSTICS && !truncated.has(uri)) {
      truncated.add(uri);
      logger.log(`${uri}: ${diagnostics.length} diagnostics; only the first ${MAX_DIAGNOSTICS} are published.`);
    }
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS) });
    store.service.indexDocument(document);
    if (!support.status) return;
    const status: StatusParams = {
      uri,
      version: document.version,
      mentions: store.service.analyze(document).mentions.length,
      findings: diagnostics.filter((d) => String(d.code ?? '').startsWith('claim-')).length,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  function scheduleValidation(uri: string, delayMs: number): void {
    validations.schedule(uri, delayMs, () => void guard(logger, `Validating ${uri}`, undefined, () => validate(uri)));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const watched = caps.workspace?.didChangeWatchedFiles;
    const raw: unknown = params.initializationOptions;
    const options = (typeof raw === 'object' && raw !== null ? raw : {}) as InitializationOptions;
    support = {
      configuration: caps.workspace?.configuration === true,
      workspaceFolders: caps.workspace?.workspaceFolders === true,
      definitionLinks: caps.textDocument?.definition?.linkSupport === true,
      status: options.statusNotification === true,
      profileNotifications: options.profileNotifications === true,
      hierarchicalSymbols: caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
      semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
    };
    settings = new SettingsCache(
      support.configuration
        ? (uri) => connection.workspace.getConfiguration(uri === undefined ? { section: 'genelens' } : { scopeUri: uri, section: 'genelens' })
        : undefined,
      logger.error,
    );
    settings.setFallback(options.settings);
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    let folders = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootPath) folders = [params.rootPath];
    profiles.configure(
      {
        dataDir: typeof options.dataDir === 'string' ? options.dataDir : undefined,
        trusted: options.trusted !== false,
        watchFiles: watched?.dynamicRegistration === true,
        relativePatterns: watched?.relativePatternSupport === true,
      },
      folders,
    );
    scanner.configure({ watchFiles: watched?.dynamicRegistration === true, progress: caps.window?.workDoneProgress === true }, folders);
    const codeActionLiterals = caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix] } : true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: true },
        documentSymbolProvider: { label: 'GeneLens' },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        documentLinkProvider: { resolveProvider: false },
        workspace: support.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'genelens', version },
    };
  });

  connection.onInitialized(() => {
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
        profiles.folders = [...profiles.folders.filter((f) => !removed.has(f)), ...added];
        scanner.folders = [...profiles.folders];
        void profiles.refresh(false);
      });
    }
    void profiles.refresh(true);
  });

  connection.onDidChangeConfiguration((change) => {
    if (!support.configuration) settings.setFallback((change.settings as { genelens?: unknown } | null)?.genelens);
    settings.clear();
    void profiles.refresh(false);
    if (support.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => profiles.concerns(c.uri))) profiles.scheduleReload();
    void scanner.onWatchedFiles(params.changes);
  });

  documents.onDidOpen((event) => {
    opening.add(event.document.uri);
    scanner.opened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    scheduleValidation(uri, opening.delete(uri) ? 0 : VALIDATE_DELAY_MS);
  });
  documents.onDidSave((event) => {
    if (store.isProfileFile(event.document.uri)) profiles.scheduleReload();
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    validations.cancel(uri);
    opening.delete(uri);
    truncated.delete(uri);
    settings.delete(uri);
    store.service.forget(uri);
    void scanner.closed(uri);
    if (!profiles.reports(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  let shutDown = false;
  registerFeatureHandlers(connection, {
    logger,
    service: () => store.service,
    ready: () => profiles.ready,
    served,
    document: (uri) => documents.get(uri),
    support: () => support,
    shutDown: () => shutDown,
  });

  connection.onShutdown(() => {
    shutDown = true;
    validations.dispose();
    profiles.dispose();
    scanner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

const args = parseServerArgs(process.argv.slice(2), version);
if (args.action === 'serve') {
  startServer();
} else {
  (args.stream === 'stdout' ? process.stdout : process.stderr).write(args.text);
  process.exitCode = args.exitCode;
}
