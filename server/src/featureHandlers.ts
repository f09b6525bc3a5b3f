// The requests that one core feature each answers: hover, definition, code actions, references, completion,
// symbols, semantic tokens (whole or for a range), links and the profile page. Each finds the document, asks the core and returns, or
// answers empty when GeneLens does not serve the document; a failure is logged, never thrown at the client.
// A request that reads the whole analysis (symbols, tokens, code actions, references, the profile) first waits for it
// in slices of the event loop (`analyzed`): a large document's analysis never blocks the server for its whole length.
// Hover, definition and completion read only the paragraph under the cursor of a large document not yet analysed.
// Registered with the plain request types (not connection.onHover...), whose wrappers read `params` before the
// handler can check it: a request with `params: null` then failed as an internal error.
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Connection,
} from 'vscode-languageserver/node';
import type { EditableDocument, LanguageService, Settings } from './core';
import { runInSlices } from './analysisSlices';
import { guard, type GuardLogger } from './guard';
import { refusal, type Need } from './requestParams';
import { PROFILE_REQUEST, type ProfileParams } from './shared/protocol';

export interface FeatureContext {
  /** Logs, and notes each request's outcome in the server's health. */
  logger: GuardLogger;
  /** The current service (a profile reload replaces it). */
  service(): LanguageService;
  /** Settles once the first profile load is done. */
  ready(): Promise<void>;
  /** The open document and its settings, when GeneLens serves it. */
  served(uri: string): Promise<{ document: EditableDocument; settings: Settings } | undefined>;
  /** The open document, served or not. */
  document(uri: string): EditableDocument | undefined;
  /** What the client said it supports, read at each request (known after `initialize`). */
  support(): { definitionLinks: boolean; hierarchicalSymbols: boolean };
  /** True once `shutdown` was received: requests are then refused. */
  shutDown(): boolean;
  /** Told of each interactive request (one that reads only the paragraph under the cursor), as it comes and as it is answered: requestBursts.ts. */
  interactive?(): void;
}

export function registerFeatureHandlers(connection: Connection, ctx: FeatureContext): void {
  /** Settles once the document's analysis is made, in slices of the event loop (analysisSlices.ts). */
  const analyzed = async (document: EditableDocument): Promise<void> => {
    await runInSlices(ctx.service().analyzeInSteps(document));
  };
  /**
   * A request about a document: refused when malformed or after shutdown; else the core's answer when the document
   * is served, `empty` when not.
   */
  const onDocument = <T, P extends { textDocument: { uri: string } }>(
    what: string,
    empty: T,
    p: P,
    needs: readonly Need[],
    answer: (target: { document: EditableDocument; settings: Settings }) => T,
    /** False for the requests that read only the paragraph under the cursor of a large document. */
    readsAll = true,
  ) =>
    refusal(what, p, ['document', ...needs], ctx.shutDown(), (m) => ctx.logger.log(m)) ??
    guard(ctx.logger, what, empty, async () => {
      if (!readsAll) ctx.interactive?.();
      const target = await ctx.served(p.textDocument.uri);
      if (target && readsAll) await analyzed(target.document);
      const result = target ? answer(target) : empty;
      if (!readsAll) ctx.interactive?.(); // answered now (a first one may have waited for the load): the quiet starts here
      return result;
    });
  const service = (): LanguageService => ctx.service();

  connection.onRequest(HoverRequest.type, (p) => onDocument('Hover', null, p, ['position'], (t) => service().getHover(t.document, p.position), false));
  connection.onRequest(DefinitionRequest.type, (p) =>
    onDocument('Definition', null, p, ['position'], (t) => service().getDefinition(t.document, p.position, ctx.support().definitionLinks), false),
  );
  connection.onRequest(CodeActionRequest.type, (p) =>
    onDocument('Code actions', [], p, ['range', 'context'], (t) => service().getCodeActions(t.document, p.range, p.context, t.settings)),
  );
  connection.onRequest(ReferencesRequest.type, (p) =>
    onDocument('References', null, p, ['position', 'context'], (t) => service().getReferences(t.document, p.position, p.context.includeDeclaration)),
  );
  connection.onRequest(CompletionRequest.type, (p) =>
    onDocument('Completion', null, p, ['position'], (t) => service().getCompletions(t.document, p.position, p.context), false),
  );
  connection.onCompletionResolve((item) => guard(ctx.logger, 'Completion resolve', item, () => service().resolveCompletion(item)));
  connection.onRequest(DocumentSymbolRequest.type, (p) =>
    onDocument('Document symbols', [], p, [], (t) => service().getDocumentSymbols(t.document, ctx.support().hierarchicalSymbols)),
  );
  connection.onRequest(WorkspaceSymbolRequest.type, (p) =>
    refusal('Workspace symbols', p, [], ctx.shutDown(), (m) => ctx.logger.log(m)) ??
    guard(ctx.logger, 'Workspace symbols', [], async () => {
      await ctx.ready();
      return service().getWorkspaceSymbols(typeof p.query === 'string' ? p.query : '');
    }),
  );
  connection.onRequest(SemanticTokensRequest.type, (p) =>
    onDocument('Semantic tokens', { data: [] }, p, [], (t) => service().getSemanticTokens(t.document, t.settings)),
  );
  // The lines an editor shows: for a large document, only the mentions there are encoded.
  connection.onRequest(SemanticTokensRangeRequest.type, (p) =>
    onDocument('Semantic tokens (range)', { data: [] }, p, ['range'], (t) => service().getSemanticTokens(t.document, t.settings, p.range)),
  );
  connection.onRequest(DocumentLinkRequest.type, (p) => onDocument('Document links', [], p, [], (t) => service().getDocumentLinks(t.document), false));
  connection.onRequest(PROFILE_REQUEST, (p: ProfileParams) =>
    refusal('Profile', p, [], ctx.shutDown(), (m) => ctx.logger.log(m)) ??
    guard(ctx.logger, 'Profile', null, async () => {
      await ctx.ready();
      const document = p.textDocument ? ctx.document(p.textDocument.uri) : undefined;
      if (document && p.position) await analyzed(document);
      return service().getProfile(document && p.position ? { document, position: p.position } : String(p.id ?? ''));
    }),
  );
}
