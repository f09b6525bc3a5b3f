// The profile data as the judge asks it: relations between two entities (from either profile), reactions,
// requirements and chains of relations (profileProse.ts reads the prose). Built once per lexicon, lazily.
import type { Effect, Reaction, Relation } from '../../profile';
import type { Lexicon } from '../../types';
import { ProseIndex } from './profileProse';

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
  /** Entities a relation or requirement names, on either side: the data speaks about how they act. */
  private readonly related = new Set<string>();
  private readonly interventions = new Set<string>();

  constructor(private readonly lexicon: Lexicon) {
    this.prose = new ProseIndex(lexicon);
  }

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
      for (const x of p.interventions ?? []) if (x.entity !== undefined) this.interventions.add(this.id(x.entity));
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
        this.related.add(entity.id).add(required);
        this.edge(required, entity.id, 1);
      });
    }
  }

  private addRelation(fact: RelationFact): void {
    const list = this.relationsFrom.get(fact.from) ?? [];
    list.push(fact);
    this.relationsFrom.set(fact.from, list);
    this.related.add(fact.from).add(fact.to);
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
    if (reaction.transport) return; // carried across a membrane, not made: no edge from substrate to product
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

  /** The reactions `enzyme` catalyses (not what it transports, unless `transport`). */
  reactionsOf(enzyme: string, transport = false): ReactionFact[] {
    this.build();
    return this.reactionList.filter((r) => r.enzyme === enzyme && (r.reaction.transport ?? false) === transport);
  }

  /** Reactions of other enzymes than `except` that make `product` (from `substrate`, when given). */
  makers(product: string, except: string, substrate?: string): ReactionFact[] {
    this.build();
    return this.reactionList.filter((r) => r.enzyme !== except && !r.reaction.transport && r.products.includes(product) &&
      (substrate === undefined || r.substrates.includes(substrate)));
  }

  /** Whether a relation or requirement of any profile names the entity: the data covers how it acts and is acted on. */
  inRelations(id: string): boolean {
    this.build();
    return this.related.has(id);
  }

  /** Whether a profile lists the entity as a supplement or medicine (an intervention). */
  isIntervention(id: string): boolean {
    this.build();
    return this.interventions.has(id);
  }

  /** Whether the entity's own profile lists its regulators or targets. */
  listsRelations(id: string): boolean {
    const p = this.lexicon.get(id)?.profile?.profile;
    return (p?.upstream?.length ?? 0) + (p?.downstream?.length ?? 0) + (p?.hormonal?.length ?? 0) > 0;
  }

  /** Reactions that take `substrate` in. */
  reactionsWith(substrate: string): ReactionFact[] {
    this.build();
    return this.reactionList.filter((r) => !r.reaction.transport && r.substrates.includes(substrate));
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
  chain(from: string, to: string, sign: 1 | -1 | 0, depth = 2): boolean {
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

  /** Prose about an entity, for claims the structured data does not cover. */
  readonly prose: ProseIndex;
}
