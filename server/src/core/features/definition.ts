// Go to Definition: from any mention to its entity's entry in the profile file. Every range comes from the profile
// loader (jsonc-parser offsets), never from guessing lines. An rs ID with no profile of its own goes to the entry
// that names it in another profile's `snps`; an rs ID the data never names has no definition. A gene known only from
// the gene table goes to its line in data/lexicon/genes.tsv, a chemical or disease known only from the MeSH tables to
// its line in chemicals.tsv or diseases.tsv; a text naming several genes, to each candidate.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Definition, Location, LocationLink, Position, Range } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import { geneTableTarget, meshTableTarget } from './geneLocation';
import { profilesNaming } from '../lexicon/namedVariants';
import type { Lexicon, Mention } from '../types';
import { mentionAt } from './mentionAt';

interface Target {
  uri: string;
  /** The whole entry. */
  range: Range;
  /** Where the cursor lands: the symbol or id value. */
  selection: Range;
}

export class DefinitionProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  provideDefinition(doc: TextDocument, pos: Position, linkSupport: boolean): Definition | LocationLink[] | null {
    const offset = doc.offsetAt(pos);
    const mention = mentionAt(this.analyzer.mentionsNear(doc, offset), offset);
    if (!mention) return null;
    const ids = mention.candidates && mention.candidates.length > 1 ? mention.candidates : [mention.entityId];
    const targets = ids.map((id) => this.targetOf(mention, id)).filter((t): t is Target => t !== undefined);
    if (targets.length === 0) return null;
    if (!linkSupport) {
      const locations = targets.map((t) => ({ uri: t.uri, range: t.range }) satisfies Location);
      return locations.length === 1 ? (locations[0] ?? null) : locations;
    }
    const origin: Range = { start: doc.positionAt(mention.start), end: doc.positionAt(mention.end) };
    return targets.map((target) => ({
      originSelectionRange: origin,
      targetUri: target.uri,
      targetRange: target.range,
      targetSelectionRange: target.selection,
    }));
  }

  private targetOf(mention: Mention, id: string): Target | undefined {
    const entity = this.lexicon.get(id);
    const loaded = entity?.profile;
    if (loaded) return { uri: loaded.uri, range: loaded.entryRange, selection: loaded.symbolRange };
    if (entity?.geneRow !== undefined && this.lexicon.genes) return geneTableTarget(this.lexicon.genes, entity.geneRow);
    const families = this.lexicon.genes?.table.families;
    if (entity?.family && families) {
      // The family's line of families.tsv, its id cell selected.
      const { line, lineLength, id: famplex } = entity.family;
      const range = { start: { line, character: 0 }, end: { line, character: lineLength } };
      return { uri: families.uri, range, selection: { start: range.start, end: { line, character: famplex.length } } };
    }
    const mesh = entity ? (this.lexicon.mesh?.find(entity.id) ?? -1) : -1;
    if (mesh >= 0 && this.lexicon.mesh) return meshTableTarget(this.lexicon.mesh.entry(mesh));
    if (mention.kind !== 'variant') return undefined;
    const named = profilesNaming(id, this.lexicon)[0];
    if (!named) return undefined;
    const range = named.loaded.rangeOf(['snps', named.index]);
    if (!range) return undefined;
    const idRange = named.loaded.rangeOf(['snps', named.index, 'id']);
    return { uri: named.loaded.uri, range, selection: idRange ? insideQuotes(idRange) : range };
  }
}

/** A JSON string value's range without its quotes, as the loader's symbolRange is. */
function insideQuotes(range: Range): Range {
  if (range.start.line !== range.end.line || range.end.character - range.start.character < 2) return range;
  return {
    start: { line: range.start.line, character: range.start.character + 1 },
    end: { line: range.end.line, character: range.end.character - 1 },
  };
}
