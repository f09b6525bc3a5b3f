// What is to be said about how a gene is written, from its mention alone (no claims):
// - ambiguous-term: an alias that names several genes ("AAC1": NAT1 and SLC25A4); the quick fixes write each
//   candidate's approved symbol, none preferred (GeneLens does not guess);
// - non-preferred-symbol: a gene written with an alias or previous symbol ("P53" for TP53, "NRK1" for NMRK1); the
//   preferred quick fix writes the approved symbol.
// The analyzer makes these hints with the mentions, so an edit re-makes only those of the changed paragraphs.
import type { Lexicon, Mention, TermHint } from '../types';

const VIA_WORDS: Partial<Record<Mention['via'], string>> = { alias: 'an alias', previous: 'a previous symbol' };

export function termHintOf(m: Mention, lexicon: Lexicon): TermHint | undefined {
  if (m.kind !== 'gene') return undefined;
  const edit = (symbol: string) => [{ start: m.start, end: m.end, newText: symbol }];
  if (m.candidates && m.candidates.length > 1) {
    const entities = m.candidates.map((id) => lexicon.get(id)).filter((e) => e !== undefined);
    const symbols = entities.map((e) => e.symbol);
    return {
      code: 'ambiguous-term',
      start: m.start,
      end: m.end,
      message: `"${m.text}" names ${symbols.length} genes: ${symbols.join(', ')}. Write the approved symbol of the one you mean.`,
      fixes: entities.map((e) => ({ title: `Write ${e.symbol}${e.name && e.name !== e.symbol ? ` (${e.name})` : ''}`, edits: edit(e.symbol) })),
    };
  }
  const words = VIA_WORDS[m.via];
  if (!words) return undefined;
  const entity = lexicon.get(m.entityId);
  if (!entity || entity.kind !== 'gene' || m.text === entity.symbol) return undefined;
  // The gene table does not tell aliases from previous symbols; a profile does.
  const what = entity.profile ? words : 'an alias or previous symbol';
  return {
    code: 'non-preferred-symbol',
    start: m.start,
    end: m.end,
    message: `"${m.text}" is ${what} of ${entity.symbol}; the approved symbol is ${entity.symbol}.`,
    fixes: [{ title: `Write ${entity.symbol}`, edits: edit(entity.symbol), preferred: true }],
  };
}

/** The hints of a list of mentions, in order. */
export function termHints(mentions: readonly Mention[], lexicon: Lexicon): TermHint[] {
  const out: TermHint[] = [];
  for (const m of mentions) {
    if (m.kind !== 'gene' || (m.via === 'symbol' && !m.candidates)) continue;
    const hint = termHintOf(m, lexicon);
    if (hint) out.push(hint);
  }
  return out;
}
