// Entry of dist/browser/server.js: the GeneLens language server in a web worker (VS Code for the Web: vscode.dev,
// github.dev). The same core, feature handlers, validation and notebooks as dist/server.js; what needs a local file
// system is left out: the server asks the client for the shipped data (genelens/data: profiles and gene table, read
// through vscode.workspace.fs), builds the gene index itself, and indexes no workspace files (references cover the
// open documents) and no team profiles. Bundled by esbuild for the browser, with vscode-languageserver/node aliased
// to its browser build (the handlers import protocol types only).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, TextDocuments, type InitializeResult } from 'vscode-languageserver/browser';
import { version } from '../../package.json';
import { clientSupport, initializationOptions, NO_SUPPORT, serverCapabilities, type ClientSupport } from './capabilities';
import { createLanguageService, EditableDocument, type LanguageService } from './core';
import { registerFeatureHandlers } from './featureHandlers';
import { ServerHealth } from './health';
import { isServedLanguage } from './documentFilter';
import { notebookAwareConnection } from './notebookRequests';
import { Notebooks } from './notebooks';
import type { ProfileStore } from './profileStore';
import { publishOnlyChanges } from './publishOnChange';
import { SettingsCache } from './settingsCache';
import { DATA_REQUEST, GENE_FUNCTIONS_REQUEST, type GeneFunctionsData, type WebData } from './shared/webData';
import { RequestBursts } from './requestBursts';
import { Validation, VALIDATE_DELAY_MS } from './validation';

declare const self: object;

/** The service and what Validation asks of the desktop ProfileStore: here every profile is shipped, none is open. */
class WebProfiles {
  loaded: LanguageService | undefined;

  get service(): LanguageService {
    this.loaded ??= createLanguageService({ profiles: [] });
    return this.loaded;
  }

  isProfileFile(): boolean {
    return false;
  }

  serviceUri(uri: string): string {
    return uri;
  }
}

function startWebServer(): void {
  const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
  const published = publishOnlyChanges(connection); // as dist/server.js: a publish that changes nothing is not sent
  const health = new ServerHealth(() => validation.healthChanged());
  const logger = health.watch({ log: (m) => connection.console.log(m), error: (m) => connection.console.error(m) });
  const store = new WebProfiles();
  const documents = new TextDocuments<EditableDocument>({
    create: (uri, languageId, v, text) => EditableDocument.create(uri, languageId, v, text),
    update: (document, changes, v) => {
      if (store.loaded) store.loaded.update(document, changes, v);
      else document.update(changes, v);
      return document;
    },
  });
  let settings = new SettingsCache(undefined, logger.error);
  let support: ClientSupport = NO_SUPPORT;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  // A burst of hovers, definitions or completions goes ahead of the documents' diagnostics (requestBursts.ts).
  const bursts = new RequestBursts();
  const validation = new Validation({
    connection,
    documents,
    // Validation reads only `service`, `isProfileFile` and `serviceUri` of the store.
    store: store as unknown as ProfileStore,
    logger,
    health,
    ready: () => ready,
    settings: (uri) => settings.get(uri),
    wantsStatus: () => support.status,
    bursts,
  });
  const notebooks = new Notebooks({ connection, logger, service: () => store.service, ready: () => ready, settings: (uri) => settings.get(uri), delayMs: VALIDATE_DELAY_MS });

  // The Gene Ontology table, through the same data path as the rest (the client reads it with vscode.workspace.fs):
  // asked for when the core first needs it (a gene card, a claim about a gene), so start-up does not wait for 1 MB;
  // until it arrives the core gets no text and asks again; on arrival the open documents are checked again.
  let geneFunctionsText: string | undefined;
  let geneFunctionsAsked = false;
  const geneFunctions = (): string | undefined => {
    if (geneFunctionsText === undefined && !geneFunctionsAsked) {
      geneFunctionsAsked = true;
      const started = Date.now();
      connection.sendRequest<GeneFunctionsData | null>(GENE_FUNCTIONS_REQUEST, {}).then(
        (answer) => {
          if (typeof answer?.text !== 'string') return logger.log('The client has no Gene Ontology table: gene cards show no functions.');
          geneFunctionsText = answer.text;
          logger.log(`Loaded the Gene Ontology table in ${Date.now() - started} ms.`);
          validation.scheduleAll();
          notebooks.scheduleAll();
        },
        (e: unknown) => logger.error(`Loading the Gene Ontology table failed: ${String(e)}`),
      );
    }
    return geneFunctionsText;
  };

  async function load(): Promise<void> {
    const started = Date.now();
    const data = await connection.sendRequest<WebData | null>(DATA_REQUEST, {});
    const genes = data?.genes ? { uri: data.genes.uri, text: data.genes.text, rodent: data.genes.rodent, familyFile: data.genes.families } : undefined;
    const mesh = data?.mesh && data.mesh.length > 0 ? data.mesh : undefined;
    store.loaded = createLanguageService({ profiles: data?.profiles ?? [], genes, mesh, geneFunctions, logger });
    logger.log(`Loaded ${data?.profiles.length ?? 0} profiles${genes ? ' and the gene table' : ''}${mesh ? ', the chemical and disease tables' : ''} in ${Date.now() - started} ms.`);
  }

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params);
    settings = new SettingsCache(
      support.configuration
        ? (uri) => connection.workspace.getConfiguration(uri === undefined ? { section: 'genelens' } : { scopeUri: uri, section: 'genelens' })
        : undefined,
      logger.error,
    );
    settings.setFallback(initializationOptions(params).settings);
    return { capabilities: serverCapabilities(params, support), serverInfo: { name: 'genelens', version } };
  });
  connection.onInitialized(() => {
    load()
      .catch((e: unknown) => logger.error(`Loading the data failed: ${String(e)}`))
      .finally(() => {
        markReady();
        validation.scheduleAll();
        notebooks.scheduleAll();
      });
  });
  connection.onDidChangeConfiguration((change) => {
    if (!support.configuration) settings.setFallback((change.settings as { genelens?: unknown } | null)?.genelens);
    settings.clear();
    validation.scheduleAll();
    notebooks.scheduleAll();
  });
  const opening = new Set<string>();
  documents.onDidOpen((event) => opening.add(event.document.uri));
  documents.onDidChangeContent((event) => validation.schedule(event.document.uri, opening.delete(event.document.uri) ? 0 : VALIDATE_DELAY_MS));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    validation.closed(uri);
    settings.delete(uri);
    store.service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    published.forget(uri);
  });

  let shutDown = false;
  registerFeatureHandlers(notebookAwareConnection(connection, (uri) => notebooks.cell(uri)), {
    logger,
    service: () => store.service,
    ready: () => ready,
    served: async (uri) => {
      await ready;
      const document = documents.get(uri) ?? notebooks.document(uri);
      if (!document) return undefined;
      const current = await settings.get(uri);
      return isServedLanguage(document.languageId, current) ? { document, settings: current } : undefined;
    },
    document: (uri) => documents.get(uri) ?? notebooks.document(uri),
    support: () => support,
    shutDown: () => shutDown,
    interactive: () => bursts.noted(),
  });
  connection.onShutdown(() => {
    shutDown = true;
    validation.dispose();
    notebooks.dispose();
  });
  documents.listen(connection);
  notebooks.listen(connection);
  connection.listen();
}

startWebServer();
