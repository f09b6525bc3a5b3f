// What the client can do (read from `initialize`) and what the server offers it in return: the capabilities every
// feature handler (featureHandlers.ts) answers.
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver/node';
import { COMPLETION_TRIGGER_CHARACTERS, SEMANTIC_TOKENS_LEGEND } from './core';
import { NOTEBOOK_SYNC } from './notebooks';
import type { InitializationOptions } from './shared/protocol';

export interface ClientSupport {
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

/** Before `initialize`: nothing. */
export const NO_SUPPORT: Readonly<ClientSupport> = Object.freeze({
  configuration: false,
  workspaceFolders: false,
  definitionLinks: false,
  status: false,
  profileNotifications: false,
  hierarchicalSymbols: false,
  semanticTokensRefresh: false,
});

/** The client's `initializationOptions`, or none when it sent something else. */
export function initializationOptions(params: InitializeParams): InitializationOptions {
  const raw: unknown = params.initializationOptions;
  return (typeof raw === 'object' && raw !== null ? raw : {}) as InitializationOptions;
}

export function clientSupport(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  const options = initializationOptions(params);
  return {
    configuration: caps.workspace?.configuration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    definitionLinks: caps.textDocument?.definition?.linkSupport === true,
    status: options.statusNotification === true,
    profileNotifications: options.profileNotifications === true,
    hierarchicalSymbols: caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
  };
}

export function serverCapabilities(params: InitializeParams, support: ClientSupport): ServerCapabilities {
  const codeActionLiterals = params.capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    definitionProvider: true,
    codeActionProvider: codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix] } : true,
    referencesProvider: true,
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: true },
    documentSymbolProvider: { label: 'GeneLens' },
    workspaceSymbolProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
    documentLinkProvider: { resolveProvider: false },
    notebookDocumentSync: NOTEBOOK_SYNC,
    workspace: support.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
