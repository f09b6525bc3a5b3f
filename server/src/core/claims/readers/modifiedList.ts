// A list of modified forms, not a claim: "increased cleaved PARP, cleaved caspase-7 and cleaved caspase-9",
// "phosphorylated AKT, phosphorylated ERK and total STAT3". Each participle heads an item of the list; read as a past
// tense, the item before a comma would become the subject of the next ("PARP1 cleaves caspase-7"). A participle that
// heads an item next to an item headed by the same participle reads no claim, unless the list's first participle
// stands right after a possible subject ("AMPK phosphorylated SIRT1 and phosphorylated NMRK1" is two claims of AMPK) or
// after an item with a verb ("Ato improved endothelial function, reduced superoxide production and reduced SBP").
import type { Token } from '../sentences/tokens';
import { set } from '../sentences/tokens';
import { verbHits } from '../vocabulary';

/** Words an item may hold after its participle ("cleaved caspase 9": 2). */
const ITEM_WORDS = 3;
/** Items looked back through to the list's first (a bound on the work per word). */
const MAX_ITEMS = 16;

/** Words that cannot end a subject: before the list's first participle, they make it an adjective. */
const LIST_LEADS = set(
  'of in on at with by for from to into as than like including include includes included such both either and or ' +
  'the a an whereas while but showed show shows shown revealed reveal reveals detected detect measured measure ' +
  'observed observe found find noted assessed examined analyzed analysed quantified determined evaluated monitored ' +
  'contained contains contain also',
);

function isSeparator(t: Token | undefined): boolean {
  return t !== undefined && !t.mention && (t.low === ',' || t.low === 'and' || t.low === 'or');
}

/** A past participle of a claim verb ("cleaved", "phosphorylated"). */
function isParticiple(t: Token): boolean {
  if (t.punct || t.mention) return false;
  const hits = verbHits(t.low);
  for (let h = 0; h < hits.length; h++) if (hits[h]!.form === 'ed' || hits[h]!.form === 'en') return true;
  return false;
}

/**
 * Whether the token is headed by the participle `head`: the word itself, or a mention or hyphened word that starts with
 * it ("cleaved PARP" recognized whole, "cleaved-caspase").
 */
function headedBy(w: Token, head: string): boolean {
  if (w.punct) return false;
  const low = w.low;
  if (low === head) return !w.mention;
  if (low.length <= head.length || !low.startsWith(head)) return false;
  const c = low.charCodeAt(head.length);
  return c === 32 || c === 45;
}

/** The head of the item before the one headed at `at`, when a separator joins them and `head` heads it; else -1. */
function previousHead(toks: Token[], at: number, head: string): number {
  let k = at - 1;
  const sep = toks[k];
  if (!isSeparator(sep)) return -1;
  if (sep!.low !== ',' && toks[k - 1]?.low === ',') k--; // ", and"
  k--; // the item's last token
  for (let j = k; j >= 0 && k - j <= ITEM_WORDS; j--) {
    const w = toks[j]!;
    if (w.punct || isSeparator(w)) return -1;
    // The participle alone is no item: something must follow it.
    if (headedBy(w, head) && (j < k || w.low !== head)) return j;
  }
  return -1;
}

/** Whether the item headed at i is followed by a separator and an item headed by the same participle. */
function nextHeaded(toks: Token[], i: number): boolean {
  const item = toks[i + 1];
  if (item === undefined || item.punct || isSeparator(item)) return false;
  for (let k = i + 2; k < toks.length && k - i <= ITEM_WORDS + 1; k++) {
    const w = toks[k]!;
    if (isSeparator(w)) {
      let h = k + 1;
      if (w.low === ',' && isSeparator(toks[h]) && toks[h]!.low !== ',') h++; // ", and"
      const next = toks[h];
      return next !== undefined && headedBy(next, toks[i]!.low);
    }
    if (w.punct) return false;
  }
  return false;
}

/** Whether the token before a list's first participle may end its subject (then the participles are verbs). */
function maySubject(t: Token | undefined): boolean {
  if (t === undefined || t.punct) return false;
  if (t.mention) return true;
  return !LIST_LEADS.has(t.low) && verbHits(t.low).length === 0;
}

/** The reader: true (no claim at this word) when the participle at i heads an item of a list of modified forms. */
export function modifiedList(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (!isParticiple(t)) return false;
  let first = i;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const j = previousHead(toks, first, t.low);
    if (j < 0) break;
    first = j;
  }
  if (first === i && !nextHeaded(toks, i)) return false;
  // "Ato improved endothelial function, reduced superoxide production and reduced SBP": after a separator, a verb in
  // the item before makes the participles verbs of the same subject.
  if (isSeparator(toks[first - 1])) return !verbBefore(toks, first - 1);
  return !maySubject(toks[first - 1]);
}

/** Whether the item before the separator at `sep` holds a claim verb ("improved endothelial function,"). */
function verbBefore(toks: Token[], sep: number): boolean {
  let k = sep - 1;
  if (toks[sep]!.low !== ',' && toks[k]?.low === ',') k--; // ", and"
  for (let j = k; j >= 0 && k - j <= ITEM_WORDS; j--) {
    const w = toks[j]!;
    if (w.punct || isSeparator(w)) return false;
    if (!w.mention && verbHits(w.low).length > 0) return true;
  }
  return false;
}
