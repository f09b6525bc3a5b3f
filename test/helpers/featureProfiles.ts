// Small, real profiles (identifiers from shared/facts/nad-pathway.md) for feature tests, loaded through the real
// loader so that every range is the one jsonc-parser reports. Tests that need other data pass their own profiles.
import { DocumentAnalyzer } from '../../server/src/core/analysis/analyzer';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { loadProfiles } from '../../server/src/core/lexicon/loadProfiles';
import type { Profile } from '../../server/src/core/profile';
import type { Lexicon, LoadResult, ProfileDocument } from '../../server/src/core/types';

export const PROFILE_ROOT = 'file:///workspace/data/profiles';

export const NMRK1: Profile = {
  id: 'NMRK1',
  kind: 'gene',
  symbol: 'NMRK1',
  name: 'nicotinamide riboside kinase 1',
  symbolSource: 'HGNC',
  nameSource: 'HGNC',
  synonyms: [
    { text: 'NRK1', type: 'alias', source: 'HGNC' },
    { text: 'C9orf95', type: 'previous', source: 'HGNC' },
  ],
  identifiers: {
    hgnc: { value: 'HGNC:26057', source: 'HGNC' },
    ncbiGene: { value: '54981', source: 'NCBI Gene' },
    uniprot: { value: 'Q9NWW6', source: 'UniProt' },
  },
  summary: { value: 'NMRK1 phosphorylates nicotinamide riboside (NR) to NMN, a route to NAD+ that bypasses NAMPT.', source: 'seed' },
  location: { value: '9q21.13', source: 'HGNC' },
  proteinLength: { value: 199, source: 'UniProt' },
  proteinType: { value: 'kinase', label: 'Enzyme (Kinase)', source: 'seed' },
  upstream: [
    { entity: 'AMPK', effect: 'activates', label: 'Activator', description: 'The master energy sensor.', source: 'seed' },
  ],
  downstream: [
    { entity: 'NMN', effect: 'produces', label: 'Produces', description: 'The product of NR phosphorylation.', source: 'seed' },
    { entity: 'NAD+', effect: 'activates', label: 'Activates', description: 'The final coenzyme.', source: 'seed' },
  ],
  snps: [{ id: 'rs12611', description: 'Common variant studied for NAD+ metabolism.', source: 'seed' }],
  papers: [
    {
      pmid: '27725675',
      citation: 'Ratajczak J et al. (2016) Nat Commun 7:13103',
      description: 'NRK1 controls NMN and NR metabolism in mammalian cells.',
      source: 'PMID:27725675',
    },
  ],
};

export const AMPK: Profile = {
  id: 'AMPK',
  kind: 'complex',
  symbol: 'AMPK',
  name: 'AMP-activated protein kinase',
  symbolSource: 'seed',
  nameSource: 'seed',
};

export const NAD: Profile = {
  id: 'NAD+',
  kind: 'chemical',
  symbol: 'NAD+',
  name: 'nicotinamide adenine dinucleotide',
  symbolSource: 'ChEBI',
  nameSource: 'ChEBI',
  identifiers: { chebi: { value: 'CHEBI:15846', source: 'ChEBI' }, hmdb: { value: 'HMDB0000902', source: 'HMDB' } },
};

export const NMN: Profile = {
  id: 'NMN',
  kind: 'chemical',
  symbol: 'NMN',
  name: 'nicotinamide mononucleotide',
  symbolSource: 'ChEBI',
  nameSource: 'ChEBI',
  identifiers: { chebi: { value: 'CHEBI:16171', source: 'ChEBI' } },
};

export const RS12611: Profile = {
  id: 'rs12611',
  kind: 'variant',
  symbol: 'rs12611',
  name: 'rs12611',
  symbolSource: 'seed',
  nameSource: 'seed',
  gene: { value: 'NMRK1', source: 'seed' },
  identifiers: { dbsnp: { value: 'rs12611', source: 'dbSNP' } },
};

/** The data/profiles/ folder that holds each kind. */
export const FOLDER: Record<Profile['kind'], string> = {
  gene: 'genes',
  complex: 'complexes',
  family: 'complexes',
  chemical: 'chemicals',
  hormone: 'hormones',
  condition: 'conditions',
  disease: 'diseases',
  variant: 'variants',
};

/** A profile as its file would hold it, pretty-printed, at a URI under the fake workspace's data/profiles. */
export function profileDocument(profile: Profile): ProfileDocument {
  const file = encodeURIComponent(`${profile.id}.json`);
  return { uri: `${PROFILE_ROOT}/${FOLDER[profile.kind]}/${file}`, text: `${JSON.stringify(profile, null, 2)}\n` };
}

export const DEFAULT_PROFILES: readonly Profile[] = [NMRK1, AMPK, NAD, NMN, RS12611];

export interface FeatureFixture {
  loaded: LoadResult;
  lexicon: Lexicon;
  analyzer: DocumentAnalyzer;
  docs: ProfileDocument[];
}

/** Loads the profiles with the real loader and lexicon; fails the test if any of them did not load. */
export function loadFixture(profiles: readonly Profile[] = DEFAULT_PROFILES): FeatureFixture {
  const docs = profiles.map(profileDocument);
  const loaded = loadProfiles(docs);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture profiles did not load: ${errors.map((e) => e.message).join('; ')}`);
  const lexicon = buildLexicon(loaded.profiles);
  return { loaded, lexicon, analyzer: new DocumentAnalyzer(lexicon), docs };
}
