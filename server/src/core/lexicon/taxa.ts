// NCBI Taxonomy ids (https://www.ncbi.nlm.nih.gov/taxonomy) of the organisms GeneLens names, with the name a hover
// gives each: the species words (speciesWords.ts), cell lines (cellLines.ts) and species mentions use them.
export const HUMAN = '9606';
export const MOUSE = '10090';
export const RAT = '10116';

/** How a hover names each taxon, and its scientific name (NCBI Taxonomy). */
export const TAXA: Readonly<Record<string, { name: string; scientific: string }>> = {
  [HUMAN]: { name: 'human', scientific: 'Homo sapiens' },
  [MOUSE]: { name: 'mouse', scientific: 'Mus musculus' },
  [RAT]: { name: 'rat', scientific: 'Rattus norvegicus' },
  '7227': { name: 'fruit fly', scientific: 'Drosophila melanogaster' },
  '4932': { name: 'yeast', scientific: 'Saccharomyces cerevisiae' },
  '4896': { name: 'fission yeast', scientific: 'Schizosaccharomyces pombe' },
  '7955': { name: 'zebrafish', scientific: 'Danio rerio' },
  '8355': { name: 'Xenopus', scientific: 'Xenopus laevis' },
  '6239': { name: 'C. elegans', scientific: 'Caenorhabditis elegans' },
  '9031': { name: 'chicken', scientific: 'Gallus gallus' },
  '3702': { name: 'Arabidopsis', scientific: 'Arabidopsis thaliana' },
  '9913': { name: 'cattle', scientific: 'Bos taurus' },
  '9823': { name: 'pig', scientific: 'Sus scrofa' },
  '9615': { name: 'dog', scientific: 'Canis lupus familiaris' },
  '9940': { name: 'sheep', scientific: 'Ovis aries' },
  '9986': { name: 'rabbit', scientific: 'Oryctolagus cuniculus' },
  '10036': { name: 'hamster', scientific: 'Mesocricetus auratus' },
  '9544': { name: 'macaque', scientific: 'Macaca mulatta' },
  '11676': { name: 'HIV-1', scientific: 'Human immunodeficiency virus 1' },
  '10407': { name: 'hepatitis B virus', scientific: 'Hepatitis B virus' },
  '11103': { name: 'hepatitis C virus', scientific: 'Hepacivirus C' },
  '10376': { name: 'Epstein-Barr virus', scientific: 'Human gammaherpesvirus 4' },
  '10566': { name: 'human papillomavirus', scientific: 'Human papillomavirus' },
};

/** The viruses of TAXA: a virus word names the gene right after it ("HIV-1 gp120"), not the sentence's genes. */
export const VIRUSES: ReadonlySet<string> = new Set(['11676', '10407', '11103', '10376', '10566']);

/** The entity id of a taxon's species entity: "NCBITaxon:10090". */
export const taxonEntityId = (taxon: string): string => `NCBITaxon:${taxon}`;

/**
 * The texts that name an organism as a mention of kind `species`, by taxon: its names (common and scientific, as NCBI
 * Taxonomy gives them), and for humans the people a study is about ("patients", "women"), as BioRED annotates
 * them ("men" and "dog" are left out: everyday prose names them next to a false alarm) ("children" and "participants" it does not; tmVar 3 does). Context-only words of speciesWords.ts are not here:
 * cancer, strains, cell lines, "rodents". The matcher keeps a species mention only in a sentence that names a gene,
 * family, chemical, disease or variant (ordinary prose names "men" and "dogs": matcher/species.ts dropLoneSpecies).
 */
export const SPECIES_TERMS: Readonly<Record<string, readonly string[]>> = {
  [HUMAN]: ['human', 'humans', 'Homo sapiens', 'patient', 'patients', 'women', 'woman'],
  [MOUSE]: ['mouse', 'mice', 'murine', 'Mus musculus'],
  [RAT]: ['rat', 'rats', 'Rattus norvegicus'],
  '7227': ['Drosophila', 'Drosophila melanogaster', 'D. melanogaster', 'fruit fly', 'fruit flies'],
  '4932': ['yeast', 'yeasts', 'budding yeast', 'Saccharomyces cerevisiae', 'S. cerevisiae'],
  '4896': ['fission yeast', 'Schizosaccharomyces pombe', 'S. pombe'],
  '7955': ['zebrafish', 'Danio rerio'],
  '8355': ['Xenopus', 'Xenopus laevis'],
  '6239': ['C. elegans', 'Caenorhabditis elegans'],
  '9031': ['chicken', 'chickens', 'Gallus gallus'],
  '3702': ['Arabidopsis', 'Arabidopsis thaliana'],
  '9913': ['cattle', 'Bos taurus'],
  '9823': ['pig', 'pigs', 'swine', 'Sus scrofa'],
  '9940': ['sheep', 'Ovis aries'],
  '9986': ['rabbit', 'rabbits', 'Oryctolagus cuniculus'],
  '10036': ['hamster', 'hamsters'],
  '9544': ['rhesus monkey', 'rhesus monkeys', 'macaque', 'macaques', 'Macaca mulatta'],
  '11676': ['HIV-1', 'HIV', 'human immunodeficiency virus', 'human immunodeficiency virus type 1'],
  '10407': ['HBV', 'hepatitis B virus'],
  '11103': ['HCV', 'hepatitis C virus'],
  '10376': ['EBV', 'Epstein-Barr virus'],
  '10566': ['HPV', 'human papillomavirus'],
};
