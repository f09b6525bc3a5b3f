// The requests that one core feature each answers: hover, definition, code actions, references, completion,
// symbols, semantic tokens, links and the profile page. Each finds the document, asks the core and returns, or
// answers empty when GeneLens does not serve the document; a failure is logged, never thrown at the client.
import type { Connection } from 'vscode-languageserver/node';
import type { EditableDocument, LanguageService, Settings } from './core';
import { guard, type GuardLogger } from './guard';
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
}

export function registerFeatureHandlers(connection: Connection, ctx: FeatureContext): void {
  /** A request about a document: the core's answer when the document is served, else `empty`. */
  const onDocument = <T>(what: string, empty: T, uri: string, answer: (target: { document: EditableDocument; settings: Settings }) => T) =>
    guard(ctx.logger, what, empty, async () => {
      const target = await ctx.served(uri);
      return target ? answer(target) : empty;
    });
  const service = (): LanguageService => ctx.service();

  connection.onHover((p) => onDocument('Hover', null, p.textDocument.uri, (t) => service().getHover(t.document, p.position)));
  connection.onDefinition((p) =>
    onDocument('Definition', null, p.textDocument.uri, (t) => service().getDefinition(t.document, p.position, ctx.support().definitionLinks)),
  );
  connection.onCodeAction((p) =>
    onDocument('Code actions', [], p.textDocument.uri, (t) => service().getCodeActions(t.document, p.range, p.context, t.settings)),
  );
  connection.onReferences((p) =>
    onDocument('References', null, p.textDocument.uri, (t) => service().getReferences(t.document, p.position, p.context.includeDeclaration)),
  );
  connection.onCompletion((p) =>
    onDocument('Completion', null, p.textDocument.uri, (t) => service().getCompletions(t.document, p.position, p.context)),
  );
  connection.onCompletionResolve((item) => guard(ctx.logger, 'Completion resolve', item, () => service().resolveCompletion(item)));
  connection.onDocumentSymbol((p) =>
    onDocument('Document symbols', [], p.textDocument.uri, (t) => service().getDocumentSymbols(t.document, ctx.support().hierarchicalSymbols)),
  );
  connection.onWorkspaceSymbol((p) =>
    guard(ctx.logger, 'Workspace symbols', [], async () => {
      await ctx.ready();
      return service().getWorkspaceSymbols(p.query);
    }),
  );
  connection.languages.semanticTokens.on((p) =>
    onDocument('Semantic tokens', { data: [] }, p.textDocument.uri, (t) => service().getSemanticTokens(t.document, t.settings)),
  );
  connection.onDocumentLinks((p) => onDocument('Document links', [], p.textDocument.uri, (t) => service().getDocumentLinks(t.document)));
  connection.onRequest(PROFILE_REQUEST, (p: ProfileParams) =>
    guard(ctx.logger, 'Profile', null, async () => {
      await ctx.ready();
      const document = p.textDocument ? ctx.document(p.textDocument.uri) : undefined;
      return service().getProfile(document && p.position ? { document, position: p.position } : String(p.id ?? ''));
    }),
  );
}
