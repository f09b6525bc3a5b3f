// Analyses a document once per version: mentions, then the claims made about them. Every feature reads from here,
// so hover, definition, diagnostics and code actions never re-scan the same text.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createClaimChecker, type ClaimChecker } from './claims/checker';
import { createMatcher, type Matcher } from './matcher/matcher';
import type { DocumentAnalysis, Lexicon } from './types';
import { languageKindOf } from './types';

export class DocumentAnalyzer {
  private readonly cache = new Map<string, DocumentAnalysis>();
  readonly matcher: Matcher;
  readonly claims: ClaimChecker;

  constructor(readonly lexicon: Lexicon) {
    this.matcher = createMatcher(lexicon);
    this.claims = createClaimChecker(lexicon);
  }

  analyze(document: TextDocument): DocumentAnalysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const language = languageKindOf(document.languageId);
    const mentions = this.matcher.findMentions(text, language);
    const findings = this.claims.check(text, language, mentions);
    const analysis: DocumentAnalysis = { uri: document.uri, version: document.version, language, mentions, findings };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
