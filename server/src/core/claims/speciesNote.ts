// A claim about another species' gene: the profiles describe human genes, so a finding on a sentence that names a
// mouse's (or a fly's...) gene says so ("In mice, Nmrk1 ...": the sentence is about the mouse gene; the profile data
// about the human NMRK1). The species comes from the mentions (matcher/species.ts); it is added after the sentence
// cache, since a mention's species depends on its paragraph, not only its sentence.
import type { Finding, Mention } from '../types';
import { TAXA } from '../lexicon/taxa';

/** The finding, with a note naming the species of the first gene of another species inside its range. */
export function withSpeciesNote(f: Finding, inside: readonly Mention[]): Finding {
  for (const m of inside) {
    if (m.species === undefined || m.start < f.start || m.end > f.end) continue;
    const name = TAXA[m.species]?.name;
    if (!name) continue;
    return { ...f, message: `${f.message} (The sentence is about the ${name} gene ${m.text}; the profile data describes the human gene.)` };
  }
  return f;
}
