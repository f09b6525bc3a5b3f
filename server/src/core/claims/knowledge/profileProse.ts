// The prose of the profiles, for claims the structured data does not cover: the sentences about each entity (its
// own profile's, and other profiles' sentences that name it), and sentences that name two entities with a verb.
import type { Lexicon } from '../../types';
import { runToEnd } from '../../steps';
import { VERBS, verbHits } from '../vocabulary';

export class ProseIndex {
  private prose: ProseData | undefined;

  constructor(private readonly lexicon: Lexicon) {}

  /** The lexicon's prose, read now unless read ahead (prepareProse) or by another index of the same lexicon. */
  private data(): ProseData {
    return (this.prose ??= proseOf(this.lexicon));
  }

  /**
   * True when every content word occurs in one sentence of prose about the entity: its own profile's, or a
   * sentence of another profile that names it (and, given a verb, that sentence uses it too).
   */
  mentions(entityId: string, contentWords: readonly string[], verb?: string | ReadonlySet<string>, sign: 1 | -1 | 0 = 0): boolean {
    if (contentWords.length === 0) return false;
    // Each word as a stem, or (hyphenated) as the stems of its parts; "a|b" accepts either spelling.
    const wanted = contentWords.map((alts) => alts.split('|').map((w) => ({ whole: stem(w), parts: w.includes('-') ? w.split('-').filter((p) => p.length >= 3).map(stem) : [] })));
    const has = (known: Set<string>) => wanted.every((alts) => alts.some((w) => known.has(w.whole) || (w.parts.length > 0 && w.parts.every((p) => known.has(p)))));
    const { sentences } = this.data();
    const verbs = verb === undefined ? undefined : typeof verb === 'string' ? new Set([stem(verb)]) : verb;
    const v = verbs === undefined ? undefined : (s: ProseSentence) => [...verbs].some((x) => s.stems.has(x));
    // With a sign, the sentence must not say the opposite only ("prevents ... inflammation" is no support for "activates inflammation").
    const signOk = (s: ProseSentence) => sign === 0 || (sign > 0 ? s.pos || !s.neg : s.neg || !s.pos);
    return (sentences.get(entityId) ?? []).some((s) => (v === undefined || v(s)) && signOk(s) && has(s.stems));
  }

  /** True when one prose sentence names both entities and uses the verb ("... NMRK1-driven NAD+ production is required for SIRT3 activity"). */
  links(a: string, b: string, verb: string, flippedSign?: 1 | -1): boolean {
    const { named } = this.data();
    // A claim made through a loss ("NAMPT inhibition lowers NAD+") is met by the prose's verbs of the resulting sign.
    const signed = flippedSign ? (flippedSign > 0 ? RAISING_STEMS : LOWERING_STEMS) : LOWERING.has(verb) ? LOWERING_STEMS : RAISING.has(verb) ? RAISING_STEMS : undefined;
    const family = flippedSign ? new Set<string>() : WEAK_LINKS.has(verb) ? WEAK_STEMS : new Set([stem(verb)]);
    // The verb itself anywhere between the two; another verb of its sign only in a tight "A <verb> B" (60 characters).
    const near = (x: number, y: number) => Math.abs(x - y) <= NEAR;
    return named.some((s) => {
      const as = s.at.get(a);
      const bs = s.at.get(b);
      if (!as || !bs) return false;
      // "A <verb> B", or the passive "B is <verb>ed for/by A".
      return s.words.some((w, i) => {
        const exact = family.has(w.stem) || (w.lemma !== undefined && family.has(w.lemma));
        if (!exact && !signed?.has(w.stem) && !(w.lemma !== undefined && signed?.has(w.lemma))) return false;
        const ok = (x: number, y: number) => x < w.at && y > w.at && (exact || near(x, y));
        // The passive: any participle for the verb itself, a true "is <verb>ed" for another of its sign ("NMRK1-driven" is not).
        const passive = participle(w.word) && (exact || PASSIVE_AUX.has(s.words[i - 1]?.word ?? ''));
        return as.some((x) => bs.some((y) => ok(x, y))) || (passive && bs.some((y) => as.some((x) => ok(y, x))));
      });
    });
  }
}

/** The prose of each lexicon once read (a profile reload makes a new lexicon). */
const cache = new WeakMap<Lexicon, ProseData>();
/** A reading under way (prepareProse), which a claim check finishes if it comes first. */
const reading = new WeakMap<Lexicon, Generator<void, ProseData>>();

function proseOf(lexicon: Lexicon): ProseData {
  return cache.get(lexicon) ?? runToEnd(reading.get(lexicon) ?? readProse(lexicon));
}

/**
 * Reads the lexicon's prose ahead of the first claim check, in steps (a host runs them in its idle time): it was the
 * first claim check's one long step, 100 ms and more under load, in the middle of a large document's analysis.
 */
export function* prepareProse(lexicon: Lexicon): Generator<void, void> {
  if (cache.has(lexicon)) return;
  const steps = reading.get(lexicon) ?? readProse(lexicon);
  reading.set(lexicon, steps);
  while (!steps.next().done) yield;
}

/** Sentences read between two steps of readProse. */
const PROSE_STEP = 64;

function* readProse(lexicon: Lexicon): Generator<void, ProseData> {
  const sentences = new Map<string, ProseSentence[]>();
  const named: NamedSentence[] = [];
  let read = 0;
  // Per entity: a pattern of its terms, and the terms in upper case. A sentence is searched with an entity's pattern
  // only when it holds one of its terms in upper case, which a case-insensitive match implies, and that is asked only
  // of the entities with a term that starts with three (a term of two: two) characters of the sentence. The
  // profiles' terms with the families' are some 2,700: running each entity's pattern over every sentence made the
  // first claim check of a session take seconds.
  const namers: { id: string; pattern: RegExp; upper: string[] }[] = [];
  const byEntity = new Map<string, string[]>();
  // The profiles' own terms: the gene table's 137,000 would make a pattern per gene (types.ts, Lexicon).
  for (const term of lexicon.profileTerms ?? lexicon.terms) {
    if (term.text.length < 2) continue;
    const list = byEntity.get(term.entityId) ?? [];
    list.push(term.text);
    byEntity.set(term.entityId, list);
  }
  for (const [id, texts] of byEntity) {
    const escaped = texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    namers.push({ id, pattern: new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'gi'), upper: texts.map((t) => t.toUpperCase()) });
  }
  /** The namers (their indexes, ascending) with a term that starts with these three (or two) characters, in upper case. */
  const byStart = new Map<string, number[]>();
  namers.forEach(({ upper }, i) => {
    for (const text of upper) {
      const key = text.slice(0, 3);
      const list = byStart.get(key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byStart.set(key, list);
    }
  });
  /** The namers that may name an entity in a sentence (in upper case), in their order. */
  const candidates = (upper: string): number[] => {
    const found = new Set<number>();
    for (let i = 0; i + 1 < upper.length; i++) {
      for (const n of byStart.get(upper.slice(i, i + 2)) ?? []) found.add(n);
      if (i + 2 < upper.length) for (const n of byStart.get(upper.slice(i, i + 3)) ?? []) found.add(n);
    }
    return [...found].sort((a, b) => a - b);
  };
  /** A sentence's stems and the signs of its verbs, read once however many entities it is filed under. */
  const readAlready = new Map<string, ProseSentence>();
  const readSentence = (sentence: string): ProseSentence => {
    const known = readAlready.get(sentence);
    if (known) return known;
    const stems = new Set<string>();
    addWords(sentence, stems);
    let pos = false;
    let neg = false;
    const words = sentence.toLowerCase().match(/[a-z-]+/g) ?? [];
    words.forEach((word, i) => {
      for (const h of verbHits(word)) {
        if (h.info.cls !== 'effect' && h.info.cls !== 'produce') continue;
        const against = h.info.lemma === 'protect' && (words[i + 1] === 'against' || words[i + 1] === 'from');
        if (h.info.sign > 0 && !against) pos = true;
        if (h.info.sign < 0 || against) neg = true;
      }
    });
    const sentenceRead: ProseSentence = { stems, pos, neg };
    readAlready.set(sentence, sentenceRead);
    return sentenceRead;
  };
  const addSentence = (id: string, sentence: string) => {
    const sentenceRead = readSentence(sentence);
    const list = sentences.get(id) ?? [];
    list.push(sentenceRead);
    sentences.set(id, list);
  };
  for (const entity of lexicon.entities.values()) {
    const profile = entity.profile?.profile;
    if (!profile) continue;
    const strings: string[] = [];
    collectStrings(profile, strings);
    for (const str of strings) {
      for (const sentence of str.split(/(?<=[.!?;:])\s+/)) {
        addSentence(entity.id, sentence);
        const at = new Map<string, number[]>();
        const upper = sentence.toUpperCase();
        for (const n of candidates(upper)) {
          const { id, pattern, upper: texts } = namers[n]!;
          if (!texts.some((t) => upper.includes(t))) continue;
          const offsets = [...sentence.matchAll(pattern)].map((m) => m.index ?? 0);
          if (offsets.length === 0) continue;
          at.set(id, offsets);
          if (id !== entity.id) addSentence(id, sentence);
        }
        if (at.size >= 2) named.push({ at, words: wordsAt(sentence) });
        if (++read % PROSE_STEP === 0) yield;
      }
    }
  }
  const data = { sentences, named };
  cache.set(lexicon, data);
  reading.delete(lexicon);
  return data;
}


const SKIP_KEYS = new Set(['source', '$schema', 'uri', 'pmid', 'doi', 'hgnc', 'ncbiGene', 'uniprot', 'chebi', 'hmdb', 'dbsnp', 'kind', 'type', 'case',
  'ec', 'go', 'evidence', 'direction', 'otherSubstrates', 'otherProducts']);

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!SKIP_KEYS.has(k)) collectStrings(v, into);
  }
}

/** Words of an enzyme working on a substrate: "handles the bulk of the NR processing". */
export const CONVERSION_STEMS: ReadonlySet<string> = new Set(['process', 'processing', 'phosphorylate', 'phosphorylation',
  'convert', 'conversion'].map(stem));

/** Verbs of a loose link: any of them in the prose supports a claim made with another ("associated" ~ "influence"). */
const WEAK_LINKS = new Set(['associate', 'link', 'tie', 'correlate', 'implicate', 'influence', 'affect', 'modulate', 'regulate',
  'control', 'alter', 'target', 'mediate', 'govern', 'coordinate', 'interact', 'mutate', 'dysregulate']);
const WEAK_STEMS = new Set([...WEAK_LINKS].map(stem));

/** Verbs of one sign: "PARP1 drains NAD+" and "NAD+ is consumed by PARP1" meet the prose's "PARP1 deplete(s) NAD+". */
const LOWERING = new Set([...VERBS.filter((v) => v.cls === 'effect' && v.sign < 0 && !v.particle).map((v) => v.lemma), 'consume', 'use', 'utilize', 'utilise']);
const RAISING = new Set([...VERBS.filter((v) => (v.cls === 'effect' || v.cls === 'produce') && v.sign > 0 && !v.particle).map((v) => v.lemma), 'recycle']);

/** "recycled", "bound", "made": a passive participle. */
function participle(word: string): boolean {
  return /(ed|en)$/.test(word) || verbHits(word).some((h) => h.form === 'en');
}
const LOWERING_STEMS = new Set([...LOWERING].map(stem));
const NEAR = 60;
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const RAISING_STEMS = new Set([...RAISING].map(stem));

interface ProseSentence {
  stems: Set<string>;
  /** The sentence uses a raising / a lowering verb. */
  pos: boolean;
  neg: boolean;
}

/** What the prose says, per lexicon: the sentences about each entity (their stems and signs), and those naming two. */
interface ProseData {
  sentences: Map<string, ProseSentence[]>;
  named: NamedSentence[];
}

interface NamedSentence {
  /** Offsets where each named entity occurs. */
  at: Map<string, number[]>;
  words: { word: string; stem: string; lemma?: string; at: number }[];
}

function wordsAt(sentence: string): NamedSentence['words'] {
  return [...sentence.toLowerCase().matchAll(/[a-z][a-z'-]*/g)].map((m) => {
    // An irregular form also stands for its verb ("bound" for "bind", "made" for "make").
    const lemma = verbHits(m[0])[0]?.info.lemma;
    return { word: m[0], stem: stem(m[0]), lemma: lemma ? stem(lemma) : undefined, at: m.index ?? 0 };
  });
}

function addWords(text: string, into: Set<string>): void {
  for (const w of text.toLowerCase().replace(/’/g, "'").split(/[^a-z0-9+\-']+/)) {
    const word = w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, '');
    if (!word) continue;
    into.add(stem(word));
    if (word.includes('-')) for (const part of word.split('-')) if (part) into.add(stem(part));
  }
}

/** A crude stem that makes "cancers"/"cancer", "ageing"/"aging", "hyperglycaemia"/"hyperglycemia" meet. */
export function stem(word: string): string {
  // "NAD+" meets LaTeX's "NAD$^+$" (masked to "NAD").
  let w = word.toLowerCase().replace(/'s$/, '').replace(/\+$/, '');
  w = w.replace(/^(ageing|aging|aged|ages)$/, 'age').replace(/aem/g, 'em').replace(/^oestr/, 'estr').replace(/isation/, 'ization')
    .replace(/is(e|es|ed|ing)$/, 'iz$1').replace(/our$/, 'or').replace(/lling$/, 'ling');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ure')) w = w.slice(0, -3); // "failure" meets "failing"
  else if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w.replace(/e$/, '').slice(0, 7);
}

