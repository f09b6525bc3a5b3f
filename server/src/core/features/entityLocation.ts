// Where an entity is defined in the data, for features that point at it without a mention (workspace symbols):
// its profile entry; for a gene known only from the gene table, its line in the table (the symbol cell); for an rs
// ID with no profile of its own, the `snps` entry that names it. Undefined when the data holds no position for it.
import type { Location } from 'vscode-languageserver-types';
import type { Entity, Lexicon } from '../types';
import { profilesNaming } from '../lexicon/namedVariants';

export function entityLocation(entity: Entity, lexicon: Lexicon): Location | undefined {
  const loaded = entity.profile;
  if (loaded) return { uri: loaded.uri, range: loaded.symbolRange };
  if (entity.geneRow !== undefined && lexicon.genes) return tableLocation(entity.geneRow, lexicon);
  if (entity.kind !== 'variant') return undefined;
  const named = profilesNaming(entity.id, lexicon)[0];
  const range = named?.loaded.rangeOf(['snps', named.index, 'id']) ?? named?.loaded.rangeOf(['snps', named.index]);
  return named && range ? { uri: named.loaded.uri, range } : undefined;
}

function tableLocation(row: number, lexicon: Lexicon): Location | undefined {
  const table = lexicon.genes?.table;
  const line = table?.index.lineAt(row) ?? -1;
  if (!table || line < 0) return undefined;
  const [lineStart] = table.index.lineRange(row);
  const [start, end] = table.index.symbolRange(row);
  return { uri: table.uri, range: { start: { line, character: start - lineStart }, end: { line, character: end - lineStart } } };
}
