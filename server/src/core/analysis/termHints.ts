// What is to be said about how a gene is written, from its mention alone (no claims):
// - ambiguous-term: an alias that names several genes ("AAC1": NAT1 and SLC25A4); the quick fixes write each
//   candidate's approved symbol, none preferred (GeneLens does not guess);
// - non-preferred-symbol: a gene written with an alias or previous symbol ("P53" for TP53, "NRK1" for NMRK1); the
//   preferred quick fix writes the approved symbol.
// The analyzer makes these hints with the mentions, so an edit re-makes only those of the changed paragraphs.
import type { Lexicon, Mention, TermHint } from '../types';

const VIA_WORDS: Partial<Record<Mention['via'], string>> = { alias: 'an alias', previous: 'a previous symbol' };

/** What a hint says about a text written for an entity, wherever it is written: its code, message and fixes' wording. */
interface Wording {
  code: TermHint['code'];
  message: string;
  /** Per fix: its title and the symbol it writes. */
  titles: string[];
  symbols: string[];
  /** Whether the (single) fix is the preferred one. */
  preferred: boolean;
}

/** Wordings kept at most per analyzer (the cache starts over past it). */
const MAX_WORDINGS = 4096;

/**
 * Makes the hints of a document's mentions. A text written for an entity is worded once: a document that writes
 * "NRK1" a thousand times makes its message and fix titles once, not a thousand times.
 */
export class TermHints {
  /** Wordings by entity id, then by how and what was written (`null`: the mention needs no hint). */
  private readonly wordings = new Map<string, Map<string, Wording | null>>();
  private size = 0;

  constructor(private readonly lexicon: Lexicon) {}

  /** The hints of a list of mentions, in order. */
  of(mentions: readonly Mention[]): TermHint[] {
    const out: TermHint[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.kind !== 'gene' || (m.via === 'symbol' && !m.candidates)) continue;
      const wording = this.wordingFor(m);
      if (wording) out.push(hintOf(wording, m.start, m.end));
    }
    return out;
  }

  private wordingFor(m: Mention): Wording | null {
    let byWriting = this.wordings.get(m.entityId);
    if (!byWriting) {
      if (this.size >= MAX_WORDINGS) {
        this.wordings.clear();
        this.size = 0;
      }
      byWriting = new Map();
      this.wordings.set(m.entityId, byWriting);
    }
    // Besides the entity, the wording depends on how the text was matched, whether it names several genes, and the text.
    const key = `${m.via}${m.candidates ? '*' : ''}\u0000${m.text}`;
    let wording = byWriting.get(key);
    if (wording === undefined) {
      wording = wordingOf(m, this.lexicon);
      byWriting.set(key, wording);
      this.size++;
    }
    return wording;
  }
}

function hintOf(w: Wording, start: number, end: number): TermHint {
  const fixes = w.preferred
    ? [{ title: w.titles[0] ?? '', edits: [{ start, end, newText: w.symbols[0] ?? '' }], preferred: true }]
    : w.titles.map((title, i) => ({ title, edits: [{ start, end, newText: w.symbols[i] ?? '' }] }));
  return { code: w.code, start, end, message: w.message, fixes };
}

function wordingOf(m: Mention, lexicon: Lexicon): Wording | null {
  if (m.kind !== 'gene') return null;
  if (m.candidates && m.candidates.length > 1) {
    const entities = m.candidates.map((id) => lexicon.get(id)).filter((e) => e !== undefined);
    const symbols = entities.map((e) => e.symbol);
    return {
      code: 'ambiguous-term',
      message: `"${m.text}" names ${symbols.length} genes: ${symbols.join(', ')}. Write the approved symbol of the one you mean.`,
      titles: entities.map((e) => `Write ${e.symbol}${e.name && e.name !== e.symbol ? ` (${e.name})` : ''}`),
      symbols,
      preferred: false,
    };
  }
  const words = VIA_WORDS[m.via];
  if (!words) return null;
  const entity = lexicon.get(m.entityId);
  if (!entity || entity.kind !== 'gene' || m.text === entity.symbol) return null;
  // The gene table does not tell aliases from previous symbols; a profile does.
  const what = entity.profile ? words : 'an alias or previous symbol';
  return {
    code: 'non-preferred-symbol',
    message: `"${m.text}" is ${what} of ${entity.symbol}; the approved symbol is ${entity.symbol}.`,
    titles: [`Write ${entity.symbol}`],
    symbols: [entity.symbol],
    preferred: true,
  };
}
