// Scoring for `npm run eval`: mention precision/recall/F1 (exact span and overlap), mention+id accuracy and
// document-level normalization, per entity group, from gold PubTator annotations and predicted mentions.
// Pure: the harness (scripts/eval.ts) reads the corpora and runs the language service.
import type { PubtatorAnnotation } from '../server/src/cli/pubtator';

/** An entity group as the corpora annotate it and as GeneLens names its kinds. */
export interface Group {
  name: string;
  /** Gold annotation types scored. */
  gold: readonly string[];
  /** Gold types whose spans are neutral: a prediction on them is neither right nor wrong (FamilyName for genes). */
  neutral: readonly string[];
  /** GeneLens mention kinds predicted for the group. */
  kinds: readonly string[];
}

export const GROUPS: readonly Group[] = [
  { name: 'gene', gold: ['Gene', 'GeneOrGeneProduct'], neutral: ['FamilyName', 'DomainMotif'], kinds: ['gene', 'family', 'complex'] },
  { name: 'chemical', gold: ['Chemical', 'ChemicalEntity'], neutral: [], kinds: ['chemical', 'hormone'] },
  { name: 'disease', gold: ['Disease', 'DiseaseOrPhenotypicFeature'], neutral: [], kinds: ['disease', 'condition'] },
  {
    name: 'variant',
    gold: ['Variant', 'SequenceVariant', 'DNAMutation', 'ProteinMutation', 'SNP', 'DNAAllele', 'ProteinAllele', 'AcidChange', 'OtherMutation'],
    neutral: [],
    kinds: ['variant'],
  },
  { name: 'species', gold: ['Species'], neutral: [], kinds: ['species'] },
];

/** A predicted mention: its span, its text and the identifiers it was normalized to (none when ambiguous). */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  kind: string;
  /** Normalized ids (for genes: human NCBI Gene ids); empty when the mention names no single entity. */
  ids: readonly string[];
  /** NCBI Taxonomy id of a gene mention read as another species' (absent: human). */
  species?: string;
  /** Ambiguous: the mention names several candidates and gives no id. */
  ambiguous?: boolean;
}

export interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  exactTp: number;
  /** Gold mentions overlapped by some prediction, and predictions overlapping some gold mention. */
  overlapGoldHit: number;
  overlapPredHit: number;
  /** Gold mentions with an id, found with the exact span; and of those, with the right id. */
  idScored: number;
  idRight: number;
  docGold: number;
  docPredicted: number;
  docTp: number;
  falsePositives: Map<string, number>;
  falseNegatives: Map<string, number>;
  /** Document-level errors: false positive and false negative ids, and why (falsePositiveCause, falseNegativeCause). */
  docFalsePositives: Map<string, number>;
  docFalseNegatives: Map<string, number>;
  docCauses: Map<string, number>;
}

export function emptyCounts(): Counts {
  return {
    docs: 0, gold: 0, predicted: 0, exactTp: 0, overlapGoldHit: 0, overlapPredHit: 0, idScored: 0, idRight: 0,
    docGold: 0, docPredicted: 0, docTp: 0, falsePositives: new Map(), falseNegatives: new Map(),
    docFalsePositives: new Map(), docFalseNegatives: new Map(), docCauses: new Map(),
  };
}

/**
 * The ids a gold annotation gives, filtered by `keep` ("7157;7158" → ["7157", "7158"]; "123(Tax:10090)" is kept
 * whole, so a filter on plain numbers drops it).
 */
export function goldIds(a: PubtatorAnnotation, keep: (id: string) => boolean): string[] {
  return a.id.split(/[;,|]/).map((s) => s.trim()).filter((s) => s !== '' && s !== '-' && keep(s));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const bump = (m: Map<string, number>, key: string): void => void m.set(key, (m.get(key) ?? 0) + 1);

/**
 * Adds one document to `c`. `gold` holds the document's annotations of every type; `keepId` tells which gold ids count
 * (human genes); with `scoredOnlyWithId`, a gold mention with no id that `keepId` keeps is neutral (NLM-Gene restricted
 * to human genes).
 */
export function scoreDocument(
  c: Counts,
  group: Group,
  gold: readonly PubtatorAnnotation[],
  predicted: readonly Predicted[],
  keepId: (id: string) => boolean,
  scoredOnlyWithId = false,
): void {
  c.docs++;
  const scored: PubtatorAnnotation[] = [];
  const neutral: PubtatorAnnotation[] = [];
  for (const a of gold) {
    if (group.gold.includes(a.type)) {
      if (scoredOnlyWithId && goldIds(a, keepId).length === 0) neutral.push(a);
      else scored.push(a);
    } else if (group.neutral.includes(a.type)) neutral.push(a);
  }
  const preds = predicted.filter((p) => group.kinds.includes(p.kind));
  const exact = new Map<string, PubtatorAnnotation>();
  for (const a of scored) exact.set(`${a.start}:${a.end}`, a);
  const hitGold = new Set<string>();
  for (const p of preds) {
    const key = `${p.start}:${p.end}`;
    const g = exact.get(key);
    const touchesGold = scored.some((a) => overlaps(a, p));
    if (!g && !touchesGold && neutral.some((a) => overlaps(a, p))) continue; // on a neutral span only
    c.predicted++;
    if (touchesGold) c.overlapPredHit++;
    if (g) {
      c.exactTp++;
      hitGold.add(key);
      const ids = goldIds(g, keepId);
      if (ids.length > 0) {
        c.idScored++;
        if (p.ids.some((id) => ids.includes(id))) c.idRight++;
      }
    } else bump(c.falsePositives, p.text);
  }
  for (const a of scored) {
    c.gold++;
    if (preds.some((p) => overlaps(a, p))) c.overlapGoldHit++;
    if (!hitGold.has(`${a.start}:${a.end}`)) bump(c.falseNegatives, a.text);
  }
  const docGold = new Set(scored.flatMap((a) => goldIds(a, keepId)));
  const docPred = new Set(preds.flatMap((p) => p.ids.filter(keepId)));
  c.docGold += docGold.size;
  c.docPredicted += docPred.size;
  for (const id of docPred) if (docGold.has(id)) c.docTp++;
  for (const id of docPred) {
    if (docGold.has(id)) continue;
    bump(c.docFalsePositives, id);
    bump(c.docCauses, `FP ${falsePositiveCause(id, scored, neutral, preds, keepId)}`);
  }
  for (const id of docGold) {
    if (docPred.has(id)) continue;
    bump(c.docFalseNegatives, id);
    bump(c.docCauses, `FN ${falseNegativeCause(id, scored, preds, keepId)}`);
  }
}

/**
 * Why a document-level id was predicted wrongly: "other species" (a prediction giving it overlaps a gold mention
 * annotated with an id the filter drops: another species' gene), "wrong id" (it overlaps a gold mention with other
 * ids), "family span" (only neutral spans: FamilyName), "not annotated" (no gold mention there).
 */
export function falsePositiveCause(id: string, scored: readonly PubtatorAnnotation[], neutral: readonly PubtatorAnnotation[], preds: readonly Predicted[], keepId: (id: string) => boolean): string {
  let cause = 'not annotated';
  for (const p of preds) {
    if (!p.ids.includes(id)) continue;
    for (const a of [...scored, ...neutral]) {
      if (!overlaps(a, p)) continue;
      if (goldIds(a, (x) => x !== '').length > 0 && goldIds(a, keepId).length === 0) return 'other species';
      if (scored.includes(a)) cause = 'wrong id';
      else if (cause === 'not annotated') cause = 'family span';
    }
  }
  return cause;
}

/**
 * Why a gold document-level id was missed: its mentions were "read as another species", "ambiguous" (no id given),
 * given a "wrong id", or "not found" (no prediction overlaps them).
 */
export function falseNegativeCause(id: string, scored: readonly PubtatorAnnotation[], preds: readonly Predicted[], keepId: (id: string) => boolean): string {
  let cause = 'not found';
  for (const a of scored) {
    if (!goldIds(a, keepId).includes(id)) continue;
    for (const p of preds) {
      if (!overlaps(a, p)) continue;
      if (p.species !== undefined && p.species !== '9606') return 'read as another species';
      if (p.ambiguous) cause = 'ambiguous';
      else if (cause === 'not found') cause = 'wrong id';
    }
  }
  return cause;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number, tpGold = tp): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tpGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface GroupScores {
  docs: number;
  gold: number;
  predicted: number;
  exact: Prf;
  overlap: Prf;
  /** Of the gold mentions with an id found with the exact span, the share given the right id. */
  idAccuracy: { right: number; scored: number; accuracy: number };
  /** Document-level normalization over the ids (genes: human NCBI Gene ids). */
  document: Prf & { gold: number; predicted: number; tp: number };
  topFalsePositives: [string, number][];
  topFalseNegatives: [string, number][];
  /** Document-level: the most frequent false positive and false negative ids, and the errors by cause. */
  topDocFalsePositives: [string, number][];
  topDocFalseNegatives: [string, number][];
  docCauses: [string, number][];
}

const top = (m: Map<string, number>, n: number): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);

export function summarize(c: Counts, topN = 20): GroupScores {
  return {
    docs: c.docs,
    gold: c.gold,
    predicted: c.predicted,
    exact: prf(c.exactTp, c.predicted, c.gold),
    overlap: prf(c.overlapPredHit, c.predicted, c.gold, c.overlapGoldHit),
    idAccuracy: { right: c.idRight, scored: c.idScored, accuracy: c.idScored === 0 ? 0 : c.idRight / c.idScored },
    document: { ...prf(c.docTp, c.docPredicted, c.docGold), gold: c.docGold, predicted: c.docPredicted, tp: c.docTp },
    topFalsePositives: top(c.falsePositives, topN),
    topFalseNegatives: top(c.falseNegatives, topN),
    topDocFalsePositives: top(c.docFalsePositives, topN),
    topDocFalseNegatives: top(c.docFalseNegatives, topN),
    docCauses: top(c.docCauses, Infinity),
  };
}

/** A MeSH id as the corpora write it ("D009270", "C000002"), from "MESH:D009270" or "D009270"; undefined otherwise. */
export function meshIdOf(id: string): string | undefined {
  const bare = id.startsWith('MESH:') ? id.slice(5) : id;
  return /^[CD]\d+$/.test(bare) ? bare : undefined;
}

/** The annotations with their MeSH ids written bare ("MESH:D009270" → "D009270"), as BC5CDR writes them. */
export function meshGold(annotations: readonly PubtatorAnnotation[]): PubtatorAnnotation[] {
  return annotations.map((a) => (a.id.includes('MESH:') ? { ...a, id: a.id.replace(/MESH:/g, '') } : a));
}
