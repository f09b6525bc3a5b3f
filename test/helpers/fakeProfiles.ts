// In-test profiles for the lexicon and matcher tests: Profile objects turned into LoadedProfile with dummy ranges,
// so those tests depend neither on the shipped data nor on the loader.
import type { ProfileKind, Profile, Synonym } from '../../server/src/core/profile';
import type { LoadedProfile } from '../../server/src/core/types';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function fakeLoaded(profiles: readonly Profile[]): LoadedProfile[] {
  return profiles.map((profile) => ({
    uri: `memory:///profiles/${encodeURIComponent(profile.id)}.json`,
    text: JSON.stringify(profile),
    profile,
    entryRange: ZERO,
    symbolRange: ZERO,
    rangeOf: () => undefined,
  }));
}

/** A minimal profile; `synonyms` as [text, type] pairs or full Synonym objects. */
export function fakeProfile(
  kind: ProfileKind,
  symbol: string,
  name: string,
  synonyms: (Synonym | [string, Synonym['type']])[] = [],
  id: string = symbol,
): Profile {
  return {
    id,
    kind,
    symbol,
    name,
    symbolSource: 'test',
    nameSource: 'test',
    synonyms: synonyms.map((s) => (Array.isArray(s) ? { text: s[0], type: s[1], source: 'test' } : s)),
  };
}
