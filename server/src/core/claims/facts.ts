// The profile data as the judge asks it: relations between two entities (from either profile), reactions,
// requirements, chains of relations, and the words a profile's prose uses. Built once per lexicon, lazily.
import type { Effect, Reaction, Relation } from '../profile';
import type { Lexicon } from '../types';
import { verbHits } from './vocabulary';

export type JsonPath = (string | number)[];

/** A fact and where it sits: the profile that holds it and its JSON path there. */
export interface FactRef {
  holder: string;
  path: JsonPath;
  source: string;
}

export interface RelationFact extends FactRef {
  from: string;
  to: string;
  relation: Relation;
}

export interface ReactionFact extends FactRef {
  enzyme: string;
  reaction: Reaction;
  substrates: string[];
  products: string[];
  cofactors: string[];
}

interface Edge {
  to: string;
  sign: 1 | -1 | 0;
}

export function effectSign(effect: Effect): 1 | -1 | 0 {
  return effect === 'activates' || effect === 'produces' ? 1 : effect === 'inhibits' ? -1 : 0;
}

/**
 * The sign a claim is judged against: the effect, or for "modulates" the seed's own label when it says which way
 * ("Metabolic Stimulator"); 0 when neither says.
 */
export function relationSign(relation: Relation): 1 | -1 | 0 {
  const sign = effectSign(relation.effect);
  if (sign !== 0) return sign;
  if (/stimulat|activat|induc|enhanc|promot/i.test(relation.label)) return 1;
  if (/inhibit|suppress|repress|block/i.test(relation.label)) return -1;
  return 0;
}

export class FactIndex {
  private built = false;
  private readonly relationsFrom = new Map<string, RelationFact[]>();
  private readonly reactionList: ReactionFact[] = [];
  private readonly requirementList: (FactRef & { requirer: string; required: string })[] = [];
  private readonly edges = new Map<string, Edge[]>();
  private readonly words = new Map<string, Set<string>>();
  private readonly sentences = new Map<string, ProseSentence[]>();
  /** Prose sentences with the entities they name explicitly. */
  private readonly named: NamedSentence[] = [];

  constructor(private readonly lexicon: Lexicon) {}

  /** An entity id for a name used in the data ("AMPK", "Mg2+", "magnesium"). */
  id(name: string): string {
    return this.lexicon.resolve(name)?.id ?? this.lexicon.get(name)?.id ?? name;
  }

  private build(): void {
    if (this.built) return;
    this.built = true;
    for (const entity of this.lexicon.entities.values()) {
      const p = entity.profile?.profile;
      if (!p) continue;
      const lists: ['upstream' | 'downstream' | 'hormonal', boolean][] = [['upstream', false], ['downstream', true], ['hormonal', false]];
      for (const [list, outgoing] of lists) {
        (p[list] ?? []).forEach((relation, i) => {
          const other = this.id(relation.entity);
          const from = outgoing ? entity.id : other;
          const to = outgoing ? other : entity.id;
          this.addRelation({ holder: entity.id, path: [list, i], source: relation.source, from, to, relation });
        });
      }
      (p.reactions ?? []).forEach((reaction, i) => this.addReaction(entity.id, reaction, i));
      // A relation "through supply": what the entity supplies (a chemical) is what the target draws on.
      const supply = (p.downstream ?? []).filter((r) => r.mechanism === 'supply' && r.effect !== 'inhibits');
      const supplied = supply.map((r) => this.id(r.entity)).filter((id) => this.lexicon.get(id)?.kind === 'chemical');
      for (const r of supply) {
        const target = this.id(r.entity);
        if (this.lexicon.get(target)?.kind === 'chemical') continue;
        for (const chemical of supplied) this.edge(chemical, target, 1);
      }
      (p.requires ?? []).forEach((req, i) => {
        const required = this.id(req.entity);
        this.requirementList.push({ holder: entity.id, path: ['requires', i], source: req.source, requirer: entity.id, required });
        this.edge(required, entity.id, 1);
      });
    }
  }

  private addRelation(fact: RelationFact): void {
    const list = this.relationsFrom.get(fact.from) ?? [];
    list.push(fact);
    this.relationsFrom.set(fact.from, list);
    this.edge(fact.from, fact.to, effectSign(fact.relation.effect));
  }

  private addReaction(enzyme: string, reaction: Reaction, i: number): void {
    const fact: ReactionFact = {
      holder: enzyme, path: ['reactions', i], source: reaction.source, enzyme, reaction,
      substrates: reaction.substrates.map((s) => this.id(s)),
      products: reaction.products.map((s) => this.id(s)),
      cofactors: (reaction.cofactors ?? []).map((s) => this.id(s)),
    };
    this.reactionList.push(fact);
    for (const product of fact.products) {
      this.edge(enzyme, product, 1);
      for (const substrate of fact.substrates) this.edge(substrate, product, 1);
    }
    for (const substrate of fact.substrates) this.edge(substrate, enzyme, 1);
    for (const cofactor of fact.cofactors) this.edge(cofactor, enzyme, 1);
  }

  private edge(from: string, to: string, sign: 1 | -1 | 0): void {
    const list = this.edges.get(from) ?? [];
    list.push({ to, sign });
    this.edges.set(from, list);
  }

  /** Relations from `from` to `to`, as either profile states them. */
  relations(from: string, to: string): RelationFact[] {
    this.build();
    return (this.relationsFrom.get(from) ?? []).filter((r) => r.to === to);
  }

  reactionsOf(enzyme: string): ReactionFact[] {
    this.build();
    return this.reactionList.filter((r) => r.enzyme === enzyme);
  }

  /** Where the data says `requirer` needs `required`: its `requires`, or a reaction's cofactor or substrate. */
  requirement(requirer: string, required: string): FactRef | undefined {
    this.build();
    const req = this.requirementList.find((r) => r.requirer === requirer && r.required === required);
    if (req) return req;
    for (const r of this.reactionsOf(requirer)) {
      const c = r.cofactors.indexOf(required);
      if (c >= 0) return { holder: r.holder, path: [...r.path, 'cofactors', c], source: r.source };
      const s = r.substrates.indexOf(required);
      if (s >= 0) return { holder: r.holder, path: [...r.path, 'substrates', s], source: r.source };
    }
    return undefined;
  }

  /** A chain of at most `depth` relations, reactions or requirements from `from` to `to` with the product sign `sign` (0: any sign). */
  chain(from: string, to: string, sign: 1 | -1 | 0, depth = 3): boolean {
    this.build();
    let frontier: { id: string; sign: 1 | -1 }[] = [{ id: from, sign: 1 }];
    const seen = new Set<string>([`${from}:1`]);
    for (let d = 0; d < depth; d++) {
      const next: { id: string; sign: 1 | -1 }[] = [];
      for (const node of frontier) {
        for (const e of this.edges.get(node.id) ?? []) {
          if (e.sign === 0 && sign !== 0) continue;
          const s = (e.sign === 0 ? node.sign : node.sign * e.sign) as 1 | -1;
          if (e.to === to && (sign === 0 || s === sign)) return true;
          const key = `${e.to}:${s}`;
          if (!seen.has(key)) {
            seen.add(key);
            next.push({ id: e.to, sign: s });
          }
        }
      }
      frontier = next;
    }
    return false;
  }

  /**
   * True when every content word occurs in one sentence of prose about the entity: its own profile's, or a
   * sentence of another profile that names it (and, given a verb, that sentence uses it too).
   */
  proseMentions(entityId: string, contentWords: readonly string[], verb?: string, sign: 1 | -1 | 0 = 0): boolean {
    if (contentWords.length === 0) return false;
    // Each word as a stem, or (hyphenated) as the stems of its parts.
    const wanted = contentWords.map((w) => ({ whole: stem(w), parts: w.includes('-') ? w.split('-').filter((p) => p.length >= 3).map(stem) : [] }));
    const has = (known: Set<string>) => wanted.every((w) => known.has(w.whole) || (w.parts.length > 0 && w.parts.every((p) => known.has(p))));
    this.proseWords();
    const v = verb === undefined ? undefined : stem(verb);
    // With a sign, the sentence must not say the opposite only ("prevents ... inflammation" is no support for "activates inflammation").
    const signOk = (s: ProseSentence) => sign === 0 || (sign > 0 ? s.pos || !s.neg : s.neg || !s.pos);
    return (this.sentences.get(entityId) ?? []).some((s) => (v === undefined || s.stems.has(v)) && signOk(s) && has(s.stems));
  }

  /** True when one prose sentence names both entities and uses the verb ("... NMRK1-driven NAD+ production is required for SIRT3 activity"). */
  proseLinks(a: string, b: string, verb: string): boolean {
    this.proseWords();
    const family = WEAK_LINKS.has(verb) ? WEAK_STEMS : new Set([stem(verb)]);
    return this.named.some((s) => {
      const as = s.at.get(a);
      const bs = s.at.get(b);
      if (!as || !bs) return false;
      // "A <verb> B", or the passive "B is <verb>ed for/by A".
      return s.words.some((w) => family.has(w.stem) && (
        (as.some((x) => x < w.at) && bs.some((x) => x > w.at)) ||
        (/(ed|en)$/.test(w.word) && bs.some((x) => x < w.at) && as.some((x) => x > w.at))));
    });
  }

  private proseWords(): Map<string, Set<string>> {
    if (this.words.size > 0) return this.words;
    const namers: [string, RegExp][] = [];
    const byEntity = new Map<string, string[]>();
    for (const term of this.lexicon.terms) {
      if (term.text.length < 2) continue;
      const list = byEntity.get(term.entityId) ?? [];
      list.push(term.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      byEntity.set(term.entityId, list);
    }
    for (const [id, texts] of byEntity) namers.push([id, new RegExp(`(?<![A-Za-z0-9])(?:${texts.join('|')})(?![A-Za-z0-9])`, 'i')]);
    const setOf = (id: string) => {
      let set = this.words.get(id);
      if (!set) this.words.set(id, (set = new Set()));
      return set;
    };
    const addSentence = (id: string, sentence: string) => {
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
      const list = this.sentences.get(id) ?? [];
      list.push({ stems, pos, neg });
      this.sentences.set(id, list);
      for (const w of stems) setOf(id).add(w);
    };
    for (const entity of this.lexicon.entities.values()) {
      const profile = entity.profile?.profile;
      if (!profile) continue;
      const strings: string[] = [];
      collectStrings(profile, strings);
      setOf(entity.id);
      for (const str of strings) {
        for (const sentence of str.split(/(?<=[.!?;:])\s+/)) {
          addSentence(entity.id, sentence);
          const at = new Map<string, number[]>();
          for (const [id, re] of namers) {
            const global = new RegExp(re.source, 'gi');
            const offsets = [...sentence.matchAll(global)].map((m) => m.index ?? 0);
            if (offsets.length === 0) continue;
            at.set(id, offsets);
            if (id !== entity.id) addSentence(id, sentence);
          }
          if (at.size >= 2) this.named.push({ at, words: wordsAt(sentence) });
        }
      }
    }
    return this.words;
  }
}

const SKIP_KEYS = new Set(['source', '$schema', 'uri', 'pmid', 'doi', 'hgnc', 'ncbiGene', 'uniprot', 'chebi', 'hmdb', 'dbsnp', 'kind', 'type', 'case']);

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!SKIP_KEYS.has(k)) collectStrings(v, into);
  }
}

/** Verbs of a loose link: any of them in the prose supports a claim made with another ("associated" ~ "influence"). */
const WEAK_LINKS = new Set(['associate', 'link', 'tie', 'correlate', 'implicate', 'influence', 'affect', 'modulate', 'regulate',
  'control', 'alter', 'target', 'mediate', 'govern', 'coordinate', 'interact', 'mutate', 'dysregulate']);
const WEAK_STEMS = new Set([...WEAK_LINKS].map(stem));

interface ProseSentence {
  stems: Set<string>;
  /** The sentence uses a raising / a lowering verb. */
  pos: boolean;
  neg: boolean;
}

interface NamedSentence {
  /** Offsets where each named entity occurs. */
  at: Map<string, number[]>;
  words: { word: string; stem: string; at: number }[];
}

function wordsAt(sentence: string): NamedSentence['words'] {
  return [...sentence.toLowerCase().matchAll(/[a-z][a-z'-]*/g)].map((m) => ({ word: m[0], stem: stem(m[0]), at: m.index ?? 0 }));
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
  let w = word.toLowerCase().replace(/'s$/, '');
  w = w.replace(/^(ageing|aging|aged|ages)$/, 'age').replace(/aem/g, 'em').replace(/^oestr/, 'estr').replace(/isation/, 'ization')
    .replace(/is(e|es|ed|ing)$/, 'iz$1').replace(/our$/, 'or').replace(/lling$/, 'ling');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w.replace(/e$/, '').slice(0, 7);
}

