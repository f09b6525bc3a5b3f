// The GeneLens language service: one factory, one frozen facade. Pure: the host (server or CLI) reads files and
// passes text in; results are LSP-shaped. Each feature is a class given its dependencies, as in
// vscode-markdown-languageservice.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  CompletionList,
  Definition,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver-types';
import { DocumentAnalyzer } from './analysis/analyzer';
import { buildLexicon } from './lexicon/buildLexicon';
import { isMeshTable, loadMeshTable, type MeshTable, type MeshTableInput } from './lexicon/meshTable';
import { isGeneTableData, loadGeneTable, type GeneTableData, type GeneTableInput } from './lexicon/geneTableData';
import { loadProfiles } from './lexicon/loadProfiles';
import { CodeActionProvider } from './features/codeActions';
import { DefinitionProvider } from './features/definition';
import { DiagnosticsProvider } from './features/diagnostics';
import { HoverProvider } from './features/hover';
import { GeneFunctions } from './lexicon/geneFunctions';
import { CompletionProvider, type CompletionTrigger } from './features/completion';
import { DocumentLinkProvider } from './features/documentLinks';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { ProfileInfoProvider, type ProfileInfo } from './features/profileInfo';
import { ReferencesProvider } from './features/references';
import { SemanticTokensProvider } from './features/semanticTokens';
import { prepareGeneNames } from './features/geneNames';
import { prepareProse } from './claims/knowledge/profileProse';
import { TermIndex } from './features/termIndex';
import { WorkspaceSymbolProvider } from './features/workspaceSymbols';
import { WorkspaceIndex } from './workspaceIndex';
import type { Settings } from '../shared/settings';
import { DEFAULTS } from '../shared/settings';
import type { DocumentAnalysis, Lexicon, LoadResult, Logger, Mention, ProfileDocument, ProfileProblem } from './types';
import { languageKindOf, nullLogger } from './types';

export interface LanguageServiceInit {
  /** Profile files, shipped and the workspace's; later ones override earlier ones with the same id. */
  profiles: ProfileDocument[];
  /**
   * The gene table (data/lexicon/genes.tsv) as the host read it, or the same already loaded with `loadGeneTable` (a
   * host that rebuilds the service on profile changes loads the table once). Without it only profiles are known.
   */
  genes?: GeneTableInput | GeneTableData;
  /**
   * The chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv) as the host read them, or the same already
   * loaded with `loadMeshTable` (load once, share between services). Without them only profiled chemicals and conditions
   * are known.
   */
  mesh?: readonly MeshTableInput[] | MeshTable;
  /**
   * Reads the Gene Ontology table (data/lexicon/gene-functions.tsv.gz, as text); called once, on the first gene card that shows
   * it. Without it gene cards show no functions.
   */
  geneFunctions?: () => string | undefined;
  /** The same profiles, already loaded with loadProfiles (a host may load them while it reads the gene table). */
  loaded?: LoadResult;
  logger?: Logger;
}

export interface LanguageService {
  readonly lexicon: Lexicon;
  /** Problems found while loading the profiles, with file and position. */
  readonly profileProblems: readonly ProfileProblem[];
  analyze(document: TextDocument): DocumentAnalysis;
  /**
   * Applies an editor's content changes to a document, as TextDocument.update does, and remembers where the text
   * changed: the next analysis then re-reads only the changed paragraphs. Returns the same, updated document.
   */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument;
  /** The recognizer alone (no claims) over a text: its mentions, in order. */
  findMentions(text: string, languageIdOrExt: string): Mention[];
  getHover(document: TextDocument, position: Position): Hover | null;
  getDefinition(document: TextDocument, position: Position, linkSupport?: boolean): Definition | LocationLink[] | null;
  getDiagnostics(document: TextDocument, settings?: Settings): Diagnostic[];
  /**
   * The analysis in steps: a large document's full analysis one chunk of a few kilobytes per step (a host runs steps
   * in slices of its event loop and answers requests between them); undefined when the document was closed or changed
   * in a way the analysis cannot follow. Edits made meanwhile are followed (`update`). `analyze` finishes it at once.
   */
  analyzeInSteps(document: TextDocument): Generator<void, DocumentAnalysis | undefined>;
  /** `getDiagnostics` in steps (the analysis, then the ranges); undefined when the document changed meanwhile. */
  getDiagnosticsInSteps(document: TextDocument, settings?: Settings): Generator<void, Diagnostic[] | undefined>;
  /** `indexDocument` in steps; false (index unchanged) when the document changed or closed meanwhile. */
  indexDocumentInSteps(document: TextDocument): Generator<void, boolean>;
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext, settings?: Settings): CodeAction[];
  /** Diagnostics for a profile file itself (its load problems), when it is open in the editor. */
  getProfileDiagnostics(uri: string, settings?: Settings): Diagnostic[];
  /** Forget cached analyses of a closed document. */
  forget(uri: string): void;

  /** The mentions of the workspace's documents, for references. The host feeds it with the methods below. */
  readonly workspace: WorkspaceIndex;
  /** Index an open document (its current analysis). */
  indexDocument(document: TextDocument): void;
  /** Index a file read from disk; `languageIdOrExt` is a language id or a file extension ("md", ".tex"). */
  indexFile(uri: string, text: string, languageIdOrExt: string): void;
  /** Drop a document from the index (deleted, or no longer served). */
  unindex(uri: string): void;
  getReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[] | null;
  getCompletions(document: TextDocument, position: Position, trigger?: CompletionTrigger): CompletionList | null;
  resolveCompletion(item: CompletionItem): CompletionItem;
  getDocumentSymbols(document: TextDocument, hierarchical?: boolean): DocumentSymbol[] | SymbolInformation[];
  getWorkspaceSymbols(query: string): SymbolInformation[];
  /** Semantic tokens (legend: SEMANTIC_TOKENS_LEGEND); none when `genelens.semanticTokens.enable` is false. */
  /** The document's semantic tokens, or those of the mentions overlapping `range`. */
  getSemanticTokens(document: TextDocument, settings?: Settings, range?: Range): SemanticTokens;
  getDocumentLinks(document: TextDocument): DocumentLink[];
  /** The profile of an entity id, symbol or name, or of the entity mentioned at a position; null when none. */
  getProfile(target: string | { document: TextDocument; position: Position }): ProfileInfo | null;
  /**
   * Builds what completion, workspace symbols, the first claim check and the first gene card build on first use (every
   * term, sorted; the profiles' prose; the table's gene names; the Gene Ontology table): about a second with the full
   * gene table. In steps of a few milliseconds: a host runs one step per turn of its event loop when idle, so no request
   * waits long for it.
   */
  warmUp(): Generator<void, void>;
}

export function createLanguageService(init: LanguageServiceInit): LanguageService {
  const logger = init.logger ?? nullLogger;
  const loaded = init.loaded ?? loadProfiles(init.profiles);
  for (const p of loaded.problems) {
    logger.error(`${p.uri}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
  }
  let genes: GeneTableData | undefined;
  if (isGeneTableData(init.genes)) genes = init.genes;
  else if (init.genes !== undefined) {
    genes = loadGeneTable(init.genes);
    for (const problem of genes.problems) logger.error(`${genes.uri}: ${problem}`);
  }
  let mesh: MeshTable | undefined;
  if (isMeshTable(init.mesh)) mesh = init.mesh;
  else if (init.mesh !== undefined) {
    mesh = loadMeshTable(init.mesh);
    for (const problem of mesh.problems.slice(0, 20)) logger.error(problem);
  }
  const lexicon = buildLexicon(loaded.profiles, genes, mesh);
  const functions = init.geneFunctions ? new GeneFunctions(init.geneFunctions) : undefined;
  const analyzer = new DocumentAnalyzer(lexicon, functions);
  const hover = new HoverProvider(lexicon, analyzer, functions);
  const definition = new DefinitionProvider(lexicon, analyzer);
  const diagnostics = new DiagnosticsProvider(lexicon, analyzer, loaded.problems);
  const codeActions = new CodeActionProvider(analyzer, diagnostics);
  const workspace = new WorkspaceIndex();
  const references = new ReferencesProvider(lexicon, analyzer, workspace);
  const completion = new CompletionProvider(lexicon);
  const documentSymbols = new DocumentSymbolProvider(lexicon, analyzer);
  const workspaceSymbols = new WorkspaceSymbolProvider(lexicon);
  const semanticTokens = new SemanticTokensProvider(lexicon, analyzer);
  const documentLinks = new DocumentLinkProvider();
  const profiles = new ProfileInfoProvider(lexicon, analyzer);

  return Object.freeze<LanguageService>({
    lexicon,
    profileProblems: loaded.problems,
    analyze: (doc) => analyzer.analyze(doc),
    update: (doc, changes, version) => analyzer.update(doc, changes, version),
    findMentions: (text, languageIdOrExt) => analyzer.findMentions(text, languageKindOf(languageIdOrExt)),
    getHover: (doc, pos) => hover.provideHover(doc, pos),
    getDefinition: (doc, pos, linkSupport) => definition.provideDefinition(doc, pos, linkSupport ?? false),
    getDiagnostics: (doc, settings) => diagnostics.provideDiagnostics(doc, settings ?? DEFAULTS),
    analyzeInSteps: (doc) => analyzer.analyzeInSteps(doc),
    getDiagnosticsInSteps: (doc, settings) => diagnostics.diagnosticsInSteps(doc, settings ?? DEFAULTS),
    indexDocumentInSteps: function* (doc) {
      const analysis = yield* analyzer.analyzeInSteps(doc);
      return analysis !== undefined && (yield* workspace.setInSteps(doc, analysis.mentions));
    },
    getCodeActions: (doc, range, context, settings) =>
      codeActions.provideCodeActions(doc, range, context, settings ?? DEFAULTS),
    getProfileDiagnostics: (uri, settings) => diagnostics.provideProfileDiagnostics(uri, settings ?? DEFAULTS),
    forget: (uri) => analyzer.forget(uri),
    workspace,
    indexDocument: (doc) => workspace.set(doc, analyzer.analyze(doc).mentions),
    indexFile: (uri, text, languageIdOrExt) => {
      const doc = TextDocument.create(uri, languageIdOrExt, 0, text);
      workspace.set(doc, analyzer.findMentions(text, languageKindOf(languageIdOrExt)));
    },
    unindex: (uri) => workspace.delete(uri),
    getReferences: (doc, pos, includeDeclaration) => references.provideReferences(doc, pos, includeDeclaration),
    getCompletions: (doc, pos, trigger) => completion.provideCompletions(doc, pos, trigger),
    resolveCompletion: (item) => completion.resolveCompletion(item),
    getDocumentSymbols: (doc, hierarchical) => documentSymbols.provideDocumentSymbols(doc, hierarchical ?? true),
    getWorkspaceSymbols: (query) => workspaceSymbols.provideWorkspaceSymbols(query),
    getSemanticTokens: (doc, settings, range) =>
      (settings ?? DEFAULTS).semanticTokens.enable ? semanticTokens.provideSemanticTokens(doc, range) : { data: [] },
    getDocumentLinks: (doc) => documentLinks.provideDocumentLinks(doc),
    getProfile: (target) =>
      typeof target === 'string' ? profiles.profileOf(target) : profiles.profileAt(target.document, target.position),
    warmUp: function* () {
      const terms = yield* lexicon.termListInSteps(); // the terms by position (not every term as an object)
      if (terms.length === 0) return;
      yield;
      yield* prepareProse(lexicon); // the first claim check's reading of the profiles' prose
      yield* TermIndex.prepare(lexicon);
      yield* prepareGeneNames(lexicon);
      if (functions) yield* functions.prepare(); // the first gene card's Gene Ontology table
    },
  });
}

export type { Settings } from '../shared/settings';
export { loadGeneTable, prepareGeneTables } from './lexicon/geneTableData';
export { extraSpellings } from './lexicon/rodentSpellings';
export { loadProfiles } from './lexicon/loadProfiles';
export type { TableText } from './lexicon/geneIndex';
export { encodeGeneIndex, encodeGeneTableIndex, GENE_INDEX_FORMAT, tableFingerprint } from './lexicon/geneIndexBinary';
export { renderEntityCard } from './render/hoverCard';
export { escapeMarkdown } from './render/markdown';
export type { GeneTableData, GeneTableInput } from './lexicon/geneTableData';
export { loadMeshTable, type MeshTable, type MeshTableInput } from './lexicon/meshTable';
export { MESH_INDEX_FORMAT, meshFingerprint } from './lexicon/meshIndexBinary';
export type { FamilyRecord, FamilyTable, FamilyTableInput } from './lexicon/familyTable';
export type { CompletionTrigger } from './features/completion';
export type { ProfileInfo, RelatedEntity } from './features/profileInfo';
export { COMPLETION_TRIGGER_CHARACTERS } from './features/completion';
export { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
export { WorkspaceIndex } from './workspaceIndex';
export { variantContext } from './features/variantContext';
export { familyNamesake } from './lexicon/familyNamesake';
export { enumeratedGenes } from './lexicon/geneEnumeration';
export { EditableDocument, TextAssembly } from './document/editableDocument';
export { DEFAULTS, DIAGNOSTIC_CODES, normalizeSettings } from '../shared/settings';
export * from './types';
export type * from './profile';
