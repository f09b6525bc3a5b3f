// Sources and facts as a writer reads them in a message: "GeneLens curated profile" for the seed the profiles were made
// from, "Gene Ontology GO:0000309 (IDA, IBA)" for a reaction GO states, "PMID:27725675", "HGNC"; and a fact's place
// in a profile as a label ("regulated by AMPK", "reaction NMN + ATP → NAD+"), never as a JSON path.
import type { Profile, Reaction } from '../../profile';
import { sourceName } from '../../../shared/sourceNames';

/** A source as a reader names it. */
export function sourceWords(source: string, reaction?: Pick<Reaction, 'go' | 'evidence'>): string {
  if (reaction?.go) {
    const codes = reaction.evidence?.length ? `, evidence ${reaction.evidence.join(', ')}` : '';
    return source === 'Gene Ontology' ? `Gene Ontology ${reaction.go}${codes}` : `${sourceWords(source)}; Gene Ontology ${reaction.go}${codes}`;
  }
  return sourceName(source);
}

/** The names a profile uses for ids (its symbol), for labels. */
type Namer = (id: string) => string;

/**
 * A readable label for the fact at `path` of a profile: "regulated by AMPK", "acts on SIRT1", "reaction NR + ATP → NMN",
 * "requires Mg2+"; the section's name for anything else ("papers"), "entry" for the whole profile.
 */
export function factLabel(profile: Profile, path: readonly (string | number)[], name: Namer): string {
  const [list, i] = path;
  if (list === undefined) return 'entry';
  const at = typeof i === 'number' ? i : -1;
  switch (list) {
    case 'upstream':
    case 'hormonal': {
      const r = profile[list]?.[at];
      return r ? `regulated by ${name(r.entity)}` : list;
    }
    case 'downstream': {
      const r = profile.downstream?.[at];
      return r ? `${r.effect === 'produces' ? 'produces' : 'acts on'} ${name(r.entity)}` : list;
    }
    case 'reactions': {
      const r = profile.reactions?.[at];
      if (!r) return 'reactions';
      const side = (ids: string[]) => ids.map(name).join(' + ');
      return r.transport ? `transports ${side(r.substrates)}` : `reaction ${side(r.substrates)} → ${side(r.products)}`;
    }
    case 'requires': {
      const r = profile.requires?.[at];
      return r ? `requires ${name(r.entity)}` : list;
    }
    case 'subcellularLocation':
      return 'subcellular location';
    case 'proteinLength':
      return 'protein length';
    case 'proteinType':
      return 'protein type';
    default:
      return String(list).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  }
}
