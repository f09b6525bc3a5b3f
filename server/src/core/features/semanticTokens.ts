// Semantic tokens: each mention coloured by what it names (gene, complex, chemical, hormone, condition, variant, family, disease),
// with modifiers for a term that is not the preferred one (an alias, a previous symbol, a synonym) and one that names
// several entities (the gene table's ambiguous aliases, or a synonym the curator marked ambiguous). package.json contributes the same types and modifiers with default TextMate scopes, so
// themes colour them without configuration. Tokens never span lines: a name broken over two lines becomes two.
// For a range, the tokens of the mentions that overlap it (whole, as in the full answer).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import { foldedTerm } from '../matcher/chars';
import type { EntityKind } from '../profile';
import type { Lexicon, Mention } from '../types';

/** `family`, then `disease` last: the types before them keep their legend indices. */
export const SEMANTIC_TOKEN_TYPES: readonly EntityKind[] = ['gene', 'complex', 'chemical', 'hormone', 'condition', 'variant', 'family', 'disease', 'species'];
/** nonPreferred: alias, previous symbol, synonym, abbreviation or spelling; deprecated: a previous symbol. */
export const SEMANTIC_TOKEN_MODIFIERS = ['nonPreferred', 'ambiguous', 'deprecated'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const MODIFIER = { nonPreferred: 1, ambiguous: 2, deprecated: 4 } as const;

export class SemanticTokensProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  /**
   * The tokens of the document, or of the mentions that overlap `range` (textDocument/semanticTokens/range: an editor
   * asks for the lines it shows, and a 10 MB document's 100,000 mentions are not all encoded for each request).
   */
  provideSemanticTokens(doc: TextDocument, range?: Range): SemanticTokens {
    const all = this.analyzer.analyze(doc).mentions;
    const a = range ? doc.offsetAt(range.start) : 0;
    const b = range ? doc.offsetAt(range.end) : Infinity;
    const mentions = (range ? all.filter((m) => m.end > a && m.start < b) : [...all]).sort((x, y) => x.start - y.start);
    const data: number[] = [];
    let prevLine = 0;
    let prevChar = 0;
    let lastEnd = 0;
    const push = (line: number, char: number, length: number, type: number, modifiers: number): void => {
      if (length <= 0) return;
      data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, modifiers);
      prevLine = line;
      prevChar = char;
    };
    for (const m of mentions) {
      if (m.start < lastEnd) continue;
      lastEnd = m.end;
      const type = SEMANTIC_TOKEN_TYPES.indexOf(m.kind);
      if (type < 0) continue;
      const modifiers = this.modifiersOf(m);
      const start = doc.positionAt(m.start);
      const end = doc.positionAt(m.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : doc.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - doc.offsetAt({ line, character: 0 });
        push(line, from, to - from, type, modifiers);
      }
    }
    return { data };
  }

  private modifiersOf(m: Mention): number {
    let bits = 0;
    if (m.via !== 'symbol' && m.via !== 'name' && m.via !== 'rsid' && m.via !== 'hgvs') bits |= MODIFIER.nonPreferred;
    if (m.via === 'previous') bits |= MODIFIER.deprecated;
    if ((m.candidates?.length ?? 0) > 1) return bits | MODIFIER.ambiguous;
    const synonyms = this.lexicon.get(m.entityId)?.profile?.profile.synonyms;
    if (synonyms && m.via !== 'symbol' && m.via !== 'name') {
      const written = foldedTerm(m.text);
      if (synonyms.some((s) => s.ambiguity && foldedTerm(s.text) === written)) bits |= MODIFIER.ambiguous;
    }
    return bits;
  }
}
