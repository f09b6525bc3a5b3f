// Entry of dist/server.js: the GeneLens language server. Wiring only: capabilities.ts says what it offers,
// featureHandlers.ts answers the requests, validation.ts publishes diagnostics (only changes: publishOnChange.ts) and
// status, health.ts keeps what fails; profiles: profileStore.ts and profileWatcher.ts; settings: settingsCache.ts.
// Transports: --stdio, --node-ipc, --socket=PORT (see serverArgs.ts).
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { version } from '../../package.json';
import { clientSupport, initializationOptions, NO_SUPPORT, serverCapabilities, type ClientSupport } from './capabilities';
import { EditableDocument, TextAssembly } from './core';
import { registerFeatureHandlers } from './featureHandlers';
import { runInSteps } from './guard';
import { ServerHealth } from './health';
import { isServedLanguage } from './documentFilter';
import { notebookAwareConnection } from './notebookRequests';
import { Notebooks } from './notebooks';
import { ProfileStore, uriToPath } from './profileStore';
import { MemoryRelease } from './memoryRelease';
import { objectMessagesOnly } from './messageFilter';
import { ProfileWatcher } from './profileWatcher';
import { publishOnlyChanges } from './publishOnChange';
import { PROFILES_LOADED_NOTIFICATION } from './shared/protocol';
import { parseServerArgs } from './serverArgs';
import { SettingsCache } from './settingsCache';
import { StartupTimes } from './startupTimes';
import { RequestBursts } from './requestBursts';
import { Validation, VALIDATE_DELAY_MS } from './validation';
import { WorkspaceScanner } from './workspaceScanner';
import { workerMessageReader } from './workerReader';
import { FrameWriter } from './frameWriter';

/** Warm-up (completion's term index, a few hundred milliseconds of steps) waits this long after the lexicon loads. */
const WARM_UP_DELAY_MS = 1500;

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
 * The connection. Over stdio the reader is ours: worker threads read and parse the input (workerReader.ts) when it is a
 * pipe or a socket, else vscode-jsonrpc's StreamMessageReader; either way a broken frame (a bad Content-Length, a
 * missing header separator) is logged once on stderr and in the client's log: after one, the framing cannot be trusted.
 */
function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const threaded = workerMessageReader();
  const reader = threaded ?? new StreamMessageReader(process.stdin);
  let dropped = false;
  const objects = objectMessagesOnly(reader, (what) => {
    if (dropped) return;
    dropped = true;
    log(`GeneLens: a message from the client is not a JSON-RPC object (${what}); it is ignored.`);
  });
  const connection = createConnection(ProposedFeatures.all, objects, new FrameWriter(process.stdout));
  // On stderr always; in the client's log while the connection is open (after the input ends it is closed).
  const log = (message: string): void => {
    process.stderr.write(`${message}\n`);
    try {
      connection.console.error(message);
    } catch {
      // closed: stderr has it
    }
  };
  // Input that ends inside a message (the client died mid-write, or a Content-Length larger than what came) would
  // re-arm StreamMessageReader's partial-message timer for ever and keep the process alive: once stdin closes it fires
  // no more.
  if (reader instanceof StreamMessageReader) {
    reader.onClose(() => {
      reader.partialMessageTimeout = 0;
    });
  }
  let reported = false;
  reader.onError((error) => {
    if (reported) return;
    reported = true;
    log(`GeneLens: a message from the client could not be read (${error.message}); later messages on this stream may be lost.`);
  });
  return connection;
}

function startServer(): void {
  const connection = createServerConnection();
  installProcessGuards(connection);
  const health = new ServerHealth(() => validation.healthChanged());
  const logger = health.watch({ log: (m) => connection.console.log(m), error: (m) => connection.console.error(m) });
  const startup = new StartupTimes(logger.log);
  const published = publishOnlyChanges(connection, (uri) => startup.published(uri));
  // Edits go through the service, which remembers where each document changed: the next analysis is incremental.
  // EditableDocument keeps the text in chunks, so a keystroke does not copy a large document.
  const documents = new TextDocuments<EditableDocument>({
    // A large didOpen's text comes in pieces already read (workerReader.ts), as a TextAssembly.
    create: (uri, languageId, version, text: string | TextAssembly) =>
      text instanceof TextAssembly ? EditableDocument.assembled(uri, languageId, version, text) : EditableDocument.create(uri, languageId, version, text),
    update: (document, changes, version) => {
      if (store.loaded) store.loaded.update(document, changes, version);
      else document.update(changes, version);
      return document;
    },
  });
  const store = new ProfileStore(logger);
  const opening = new Set<string>();
  const memory = new MemoryRelease(logger.log);
  let settings = new SettingsCache(undefined, logger.error);
  let support: ClientSupport = NO_SUPPORT;
  const openPaths = () => new Set(documents.keys().map(uriToPath).filter((p): p is string => p !== undefined).map((p) => path.resolve(p)));
  const scanner = new WorkspaceScanner(connection, () => store.service, () => settings, logger, openPaths);
  const profiles = new ProfileWatcher(connection, store, () => settings, logger, () => {
    health.setProfileProblems(store.service.profileProblems.filter((p) => p.severity === 'error'));
    validation.scheduleAll();
    notebooks.scheduleAll();
    void scanner
      .sync()
      // Not at once: the first hovers and diagnostics after a (re)load come first (see WARM_UP_DELAY_MS).
      .then(() => setTimeout(() => runInSteps(logger, 'Warming up', store.service.warmUp()), WARM_UP_DELAY_MS))
      .catch((e: unknown) => logger.error(`Indexing the workspace failed: ${String(e)}`));
    if (support.profileNotifications) void connection.sendNotification(PROFILES_LOADED_NOTIFICATION, {});
    if (support.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  });
  // A burst of hovers, definitions or completions goes ahead of the documents' diagnostics (requestBursts.ts).
  const bursts = new RequestBursts();
  const validation = new Validation({
    connection,
    documents,
    store,
    logger,
    health,
    ready: () => profiles.ready,
    settings: (uri) => settings.get(uri),
    wantsStatus: () => support.status,
    bursts,
  });

  // Jupyter notebooks: their Markdown cells, read as one document per notebook (notebooks.ts).
  const notebooks = new Notebooks({
    connection,
    logger,
    service: () => store.service,
    ready: () => profiles.ready,
    settings: (uri) => settings.get(uri),
    delayMs: VALIDATE_DELAY_MS,
  });

  /** The open document and its settings, when GeneLens serves it (enabled, language listed, not a profile file). */
  async function served(uri: string) {
    await profiles.ready;
    const document = documents.get(uri) ?? notebooks.document(uri);
    if (!document || store.isProfileFile(uri)) return undefined;
    const current = await settings.get(uri);
    return isServedLanguage(document.languageId, current) ? { document, settings: current } : undefined;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    startup.mark('initialize');
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    const options = initializationOptions(params);
    support = clientSupport(params);
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
        userPaths: Array.isArray(options.userProfilePaths) ? options.userProfilePaths.filter((p): p is string => typeof p === 'string') : [],
        watchFiles: watched?.dynamicRegistration === true,
        relativePatterns: watched?.relativePatternSupport === true,
      },
      folders,
    );
    store.prefetchGeneTable(profiles.dataDir); // read while the first load waits for the client's settings
    scanner.configure({ watchFiles: watched?.dynamicRegistration === true, progress: params.capabilities.window?.workDoneProgress === true }, folders);
    return { capabilities: serverCapabilities(params, support), serverInfo: { name: 'genelens', version } };
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
    void profiles.ready.then(() => startup.mark('profiles and gene table loaded'));
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
    validation.schedule(uri, opening.delete(uri) ? 0 : VALIDATE_DELAY_MS);
  });
  documents.onDidSave((event) => {
    if (store.isProfileFile(event.document.uri)) profiles.scheduleReload();
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    memory.closed(event.document.text.length);
    validation.closed(uri);
    opening.delete(uri);
    settings.delete(uri);
    store.service.forget(uri);
    void scanner.closed(uri);
    if (!profiles.reports(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    published.forget(uri);
  });

  let shutDown = false;
  registerFeatureHandlers(notebookAwareConnection(connection, (uri) => notebooks.cell(uri)), {
    logger,
    service: () => store.service,
    ready: () => profiles.ready,
    served,
    document: (uri) => documents.get(uri) ?? notebooks.document(uri),
    support: () => support,
    shutDown: () => shutDown,
    interactive: () => bursts.noted(),
  });

  connection.onShutdown(() => {
    shutDown = true;
    validation.dispose();
    memory.dispose();
    profiles.dispose();
    scanner.dispose();
    notebooks.dispose();
  });

  documents.listen(connection);
  notebooks.listen(connection);
  connection.listen();
}

const args = parseServerArgs(process.argv.slice(2), version);
if (args.action === 'serve') {
  startServer();
} else {
  (args.stream === 'stdout' ? process.stdout : process.stderr).write(args.text);
  process.exitCode = args.exitCode;
}
