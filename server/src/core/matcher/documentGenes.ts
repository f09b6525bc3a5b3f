// What a whole document says about its genes, and the reading of its ambiguous gene mentions that follows, as a reader
// does it: "p63" in an abstract that also writes TP63 is TP63; in one that writes RPE65, RPE65. The matcher reads
// paragraph by paragraph; this pass runs after it, over the document's mentions.
// - Evidence: the genes the document names without ambiguity (a symbol or an alias naming one gene).
// - An ambiguous mention takes the one candidate the document names elsewhere; when it names several or none, the
//   candidate that dominates by PubMed articles (lexicon/geneRanking.ts), if any; else it stays ambiguous (the hover
//   lists the candidates).
// Incremental analysis relies on `sameEvidence`: when a window's evidence is the same before and after an edit, the
// document's is too, and only the window's mentions need reading again.
import type { Lexicon, Mention } from '../types';

export interface DocumentGenes {
  /** Entity ids of the genes named without ambiguity. */
  readonly ids: ReadonlySet<string>;
}

/** The evidence of a document (or of a window of it) in its mentions as the matcher found them. */
export function documentGenes(mentions: readonly Mention[]): DocumentGenes {
  const ids = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'gene' && m.candidates === undefined) ids.add(m.entityId);
  }
  return { ids };
}

/** Whether two windows' evidence is the same (then an edit from one to the other leaves the document's as it was). */
export function sameEvidence(a: DocumentGenes, b: DocumentGenes): boolean {
  if (a.ids.size !== b.ids.size) return false;
  for (const id of a.ids) if (!b.ids.has(id)) return false;
  return true;
}

/**
 * Reads the ambiguous gene mentions of `mentions` (in place) in the light of the document's evidence: one that is
 * decided names its gene, with `candidates` cut to that one. Returns the list (the same array).
 */
export function resolveGenes(mentions: Mention[], doc: DocumentGenes, lexicon: Lexicon): Mention[] {
  const genes = lexicon.genes;
  if (!genes) return mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const candidates = m.candidates;
    if (m.kind !== 'gene' || candidates === undefined || candidates.length < 2) continue;
    let chosen: string | undefined;
    let named = 0;
    for (const id of candidates) {
      if (doc.ids.has(id)) {
        named++;
        chosen = id;
      }
    }
    const dominant = genes.hitOf(genes.terms.lookup(m.text))?.dominant;
    if (named !== 1) chosen = named === 0 || (dominant !== undefined && doc.ids.has(dominant)) ? dominant : undefined;
    if (chosen === undefined) continue;
    m.entityId = chosen;
    m.known = lexicon.get(chosen)?.profile !== undefined;
    m.candidates = [chosen];
  }
  return mentions;
}
