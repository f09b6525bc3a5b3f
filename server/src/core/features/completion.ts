// Completion of the lexicon's terms at the word being typed: gene symbols, aliases and previous symbols (which insert
// the approved symbol), chemical, hormone, condition and variant names, with the full name as detail and a short card
// as documentation (added on completionItem/resolve). Typing an upper-case letter triggers it (the server registers
// A-Z as trigger characters): it answers once the word is two upper-case characters or more ("NM", "NRK"), so a
// sentence that starts with "The" never pops a list. Asked for explicitly (Ctrl+Space) it completes any word.
// Prefix look-ups go through TermIndex; the list is capped. Approved symbols and names come before aliases (profiled
// entities first in each), and only an item that writes what it says is pre-selected: an alias that writes another
// gene's symbol ("NMR" → LINC01672) is listed, never pre-selected, and its filter text is not the bare alias, so
// VS Code's bonus for a label that equals the typed word does not lift it above NMRK1. Each item shows the full name
// beside its label (labelDetails.detail) and the kind, or the symbol it writes, on the right.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import { isExcluded, excludedRegions, type TextRegion } from '../markup/regions';
import { renderShortCard } from '../render/shortCard';
import type { Lexicon, MatchVia } from '../types';
import { languageKindOf } from '../types';
import { KIND_STYLE } from '../../shared/entityKinds';
import { TermIndex, type TermHit } from './termIndex';

/** LSP CompletionTriggerKind. */
export const TRIGGER = { invoked: 1, character: 2, incomplete: 3 } as const;

export interface CompletionTrigger {
  triggerKind: number;
  triggerCharacter?: string;
}

/** The characters that trigger completion: the upper-case ASCII letters. */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

export const MAX_COMPLETIONS = 50;
/** Prefix matches looked at before ranking: bounds the work for a one-letter prefix on the full lexicon. */
const SCAN_LIMIT = 4000;
/** Longest word completion looks at, in characters. */
const MAX_WORD = 64;

const VIA_RANK: Record<MatchVia, number> = {
  symbol: 0,
  rsid: 0,
  hgvs: 0,
  name: 1,
  alias: 2,
  previous: 3,
  abbreviation: 4,
  synonym: 5,
  spelling: 6,
};

/** What `data` of an item holds, for completionItem/resolve. */
export interface CompletionData {
  genelens: 'entity';
  id: string;
}

export class CompletionProvider {
  private regions: { uri: string; version: number; regions: TextRegion[] } | undefined;

  constructor(private readonly lexicon: Lexicon) {}

  provideCompletions(doc: TextDocument, pos: Position, trigger?: CompletionTrigger): CompletionList | null {
    const text = doc.getText();
    const offset = doc.offsetAt(pos);
    let start = offset;
    while (start > 0 && offset - start < MAX_WORD && isWordChar(text.charCodeAt(start - 1))) start--;
    while (start < offset && !isWordStart(text.charCodeAt(start))) start++;
    let word = text.slice(start, offset);
    if (!this.wants(word, trigger) || this.inCode(doc, text, start)) return null;
    const index = TermIndex.of(this.lexicon);
    // A name of several words ("nicotinamide mono"): the longest phrase on the line that starts some term.
    for (const phraseStart of phraseStarts(text, start)) {
      const phrase = text.slice(phraseStart, offset);
      if (index.withPrefix(phrase, 1).length > 0) {
        start = phraseStart;
        word = phrase;
        break;
      }
    }
    const range: Range = { start: doc.positionAt(start), end: pos };
    const hits = index.withPrefix(word, SCAN_LIMIT);
    const ranked = rank(hits, word);
    const items: CompletionItem[] = [];
    const seen = new Set<string>();
    for (const { hit } of ranked) {
      const key = `${hit.entity.id}\u0000${hit.term.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item(hit, word, range, items.length));
      if (items.length >= MAX_COMPLETIONS) break;
    }
    const first = items[0];
    if (first && !isRenamed(ranked[0]!.hit)) first.preselect = true;
    return { isIncomplete: items.length >= MAX_COMPLETIONS || hits.length >= SCAN_LIMIT, items };
  }

  /** Adds the short card as documentation. */
  resolveCompletion(completion: CompletionItem): CompletionItem {
    const data = completion.data as Partial<CompletionData> | undefined;
    if (data?.genelens !== 'entity' || typeof data.id !== 'string') return completion;
    const entity = this.lexicon.get(data.id);
    if (!entity) return completion;
    return { ...completion, documentation: { kind: 'markdown', value: renderShortCard(entity) } };
  }

  private wants(word: string, trigger: CompletionTrigger | undefined): boolean {
    if (word.length === 0) return false;
    if (trigger?.triggerKind !== TRIGGER.character) return true;
    // Typed: two or more characters, starting with an upper-case letter, with no lower-case letter ("NM", "NAD+",
    // "C9O", not "The").
    return word.length >= 2 && /^[A-Z][A-Z0-9+-]*$/.test(word);
  }

  /** True inside code or a URL: nothing to complete there. Regions are computed once per document version. */
  private inCode(doc: TextDocument, text: string, offset: number): boolean {
    if (this.regions?.uri !== doc.uri || this.regions.version !== doc.version) {
      this.regions = { uri: doc.uri, version: doc.version, regions: excludedRegions(text, languageKindOf(doc.languageId)) };
    }
    return isExcluded(this.regions.regions, offset);
  }
}

/** Starts of the one to three words before the word at `start` on the same line, farthest first. */
function phraseStarts(text: string, start: number): number[] {
  const starts: number[] = [];
  let at = start;
  for (let words = 0; words < 3; words++) {
    let j = at;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    if (j === at || j === 0 || !isWordChar(text.charCodeAt(j - 1))) break;
    while (j > 0 && start - j < MAX_WORD && isWordChar(text.charCodeAt(j - 1))) j--;
    starts.push(j);
    at = j;
  }
  return starts.reverse();
}

function isWordChar(c: number): boolean {
  return isWordStart(c) || c === 43 /* + */ || c === 45 /* - */ || c === 39 /* ' */;
}

function isWordStart(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** An alias, previous symbol or abbreviation: the item writes the approved symbol, not its label. */
function isRenamed(hit: TermHit): boolean {
  const via = hit.term.via;
  return via === 'alias' || via === 'previous' || via === 'abbreviation';
}

/**
 * Best first: written as typed, what it writes is what it says (symbols and names before aliases), curated (has a
 * profile), symbol before name before alias, shorter, alphabetical.
 */
function rank(hits: TermHit[], word: string): { hit: TermHit; score: number[] }[] {
  return hits
    .map((hit) => ({
      hit,
      score: [
        hit.term.text.startsWith(word) ? 0 : 1,
        isRenamed(hit) ? 1 : 0,
        hit.entity.profile ? 0 : 1,
        VIA_RANK[hit.term.via] ?? 9,
        hit.term.text.length,
      ],
    }))
    .sort((a, b) => {
      for (let i = 0; i < a.score.length; i++) {
        const d = (a.score[i] ?? 0) - (b.score[i] ?? 0);
        if (d !== 0) return d;
      }
      return a.hit.term.text < b.hit.term.text ? -1 : a.hit.term.text > b.hit.term.text ? 1 : 0;
    });
}

function item(hit: TermHit, word: string, range: Range, position: number): CompletionItem {
  const { term, entity } = hit;
  const style = KIND_STYLE[entity.kind];
  const renamed = isRenamed(hit);
  const insert = renamed ? entity.symbol : matchCase(term.text, word, term.caseSensitive);
  const name = entity.name && entity.name !== entity.symbol && entity.name !== term.text ? entity.name : '';
  const detail = renamed
    ? `${term.via === 'previous' ? 'previous symbol' : term.via} of ${entity.symbol}${name ? ` — ${name}` : ''}`
    : `${name || entity.symbol} · ${style.label}`;
  const data: CompletionData = { genelens: 'entity', id: entity.id };
  return {
    label: term.text,
    labelDetails: { ...(name ? { detail: ` ${name}` } : {}), description: renamed ? `→ ${entity.symbol}` : style.label },
    kind: style.completion,
    detail,
    // An alias filters by what was typed followed by the symbol it writes: never an exact match of the typed word.
    filterText: renamed ? `${term.text} ${entity.symbol}` : term.text,
    sortText: String(position).padStart(4, '0'),
    textEdit: { range, newText: insert },
    data,
  };
}

/** A case-insensitive term ("nicotinamide mononucleotide") keeps the capital the writer typed at its start. */
function matchCase(text: string, word: string, caseSensitive: boolean): string {
  if (caseSensitive || !word) return text;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && text.charAt(0) === text.charAt(0).toLowerCase() ? first.toUpperCase() + text.slice(1) : text;
}
