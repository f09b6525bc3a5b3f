// The GeneLens language service: one factory, one frozen facade. Pure: the host (server or CLI) reads files and
// passes text in; results are LSP-shaped. Each feature is a class given its dependencies, as in
// vscode-markdown-languageservice.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  Definition,
  Diagnostic,
  Hover,
  LocationLink,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { DocumentAnalyzer } from './analysis';
import { buildLexicon } from './lexicon/buildLexicon';
import { loadProfiles } from './lexicon/loadProfiles';
import { CodeActionProvider } from './features/codeActions';
import { DefinitionProvider } from './features/definition';
import { DiagnosticsProvider } from './features/diagnostics';
import { HoverProvider } from './features/hover';
import type { Settings } from './settings';
import { DEFAULTS } from './settings';
import type { DocumentAnalysis, Lexicon, Logger, ProfileDocument, ProfileProblem } from './types';
import { nullLogger } from './types';

export interface LanguageServiceInit {
  /** Profile files, shipped and the workspace's; later ones override earlier ones with the same id. */
  profiles: ProfileDocument[];
  logger?: Logger;
}

export interface LanguageService {
  readonly lexicon: Lexicon;
  /** Problems found while loading the profiles, with file and position. */
  readonly profileProblems: readonly ProfileProblem[];
  analyze(document: TextDocument): DocumentAnalysis;
  getHover(document: TextDocument, position: Position): Hover | null;
  getDefinition(document: TextDocument, position: Position, linkSupport?: boolean): Definition | LocationLink[] | null;
  getDiagnostics(document: TextDocument, settings?: Settings): Diagnostic[];
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext, settings?: Settings): CodeAction[];
  /** Diagnostics for a profile file itself (its load problems), when it is open in the editor. */
  getProfileDiagnostics(uri: string, settings?: Settings): Diagnostic[];
  /** Forget cached analyses of a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(init: LanguageServiceInit): LanguageService {
  const logger = init.logger ?? nullLogger;
  const loaded = loadProfiles(init.profiles);
  for (const p of loaded.problems) {
    logger.error(`${p.uri}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
  }
  const lexicon = buildLexicon(loaded.profiles);
  const analyzer = new DocumentAnalyzer(lexicon);
  const hover = new HoverProvider(lexicon, analyzer);
  const definition = new DefinitionProvider(lexicon, analyzer);
  const diagnostics = new DiagnosticsProvider(lexicon, analyzer, loaded.problems);
  const codeActions = new CodeActionProvider(analyzer, diagnostics);

  return Object.freeze<LanguageService>({
    lexicon,
    profileProblems: loaded.problems,
    analyze: (doc) => analyzer.analyze(doc),
    getHover: (doc, pos) => hover.provideHover(doc, pos),
    getDefinition: (doc, pos, linkSupport) => definition.provideDefinition(doc, pos, linkSupport ?? false),
    getDiagnostics: (doc, settings) => diagnostics.provideDiagnostics(doc, settings ?? DEFAULTS),
    getCodeActions: (doc, range, context, settings) =>
      codeActions.provideCodeActions(doc, range, context, settings ?? DEFAULTS),
    getProfileDiagnostics: (uri, settings) => diagnostics.provideProfileDiagnostics(uri, settings ?? DEFAULTS),
    forget: (uri) => analyzer.forget(uri),
  });
}

export type { Settings } from './settings';
export { DEFAULTS, DIAGNOSTIC_CODES, normalizeSettings } from './settings';
export * from './types';
export type * from './profile';
