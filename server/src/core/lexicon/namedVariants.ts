// Where the data names an rs ID that has no profile of its own: the `snps` entries of other profiles.
// Hover shows those entries; definition jumps to them.
import type { Lexicon, LoadedProfile } from '../types';

export interface Naming {
  loaded: LoadedProfile;
  /** Index of the entry in the profile's `snps`, for its range. */
  index: number;
  description: string;
  source: string;
}

/** Profiles whose `snps` list names this rs ID, each once. */
export function profilesNaming(rsid: string, lexicon: Lexicon): Naming[] {
  const found: Naming[] = [];
  const seen = new Set<LoadedProfile>();
  for (const entity of lexicon.entities.values()) {
    const loaded = entity.profile;
    if (!loaded || seen.has(loaded)) continue;
    seen.add(loaded);
    const index = (loaded.profile.snps ?? []).findIndex((s) => s.id === rsid);
    const snp = loaded.profile.snps?.[index];
    if (snp) found.push({ loaded, index, description: snp.description, source: snp.source });
  }
  return found;
}
