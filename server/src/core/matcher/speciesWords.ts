// The words by which prose names the organism it is about, each with its NCBI Taxonomy id (NCBI Taxonomy,
// https://www.ncbi.nlm.nih.gov/taxonomy: 9606 Homo sapiens, 10090 Mus musculus, 10116 Rattus norvegicus, 7227
// Drosophila melanogaster, 4932 Saccharomyces cerevisiae, 7955 Danio rerio, 8355 Xenopus laevis, 6239 Caenorhabditis
// elegans, 9031 Gallus gallus, 3702 Arabidopsis thaliana, 9913 Bos taurus, 9823 Sus scrofa, 9615 Canis lupus
// familiaris, 9940 Ovis aries, 9986 Oryctolagus cuniculus, 10036 Mesocricetus auratus, 9544 Macaca mulatta), for
// species.ts. Human: the people a study is about ("patients", "women", "donors") and cancer, which abstracts name
// for patients' tumours; strains (C57BL/6, BALB/c, Wistar, Sprague-Dawley) name their animal. A word is looked up
// by a hash of its lower-cased code units: no string is made per word.
// A species word right before a laboratory system ("yeast two-hybrid", "Xenopus oocytes") names the tool, not the
// organism studied, and is skipped.
import { FNV_START, fnv } from '../text/wordHash';

export const HUMAN = '9606';
export const MOUSE = '10090';
export const RAT = '10116';

const WORDS: readonly (readonly [string, string])[] = [
  ['mice', MOUSE], ['mouse', MOUSE], ['murine', MOUSE], ['rat', RAT], ['rats', RAT],
  ['human', HUMAN], ['humans', HUMAN], ['patient', HUMAN], ['patients', HUMAN], ['women', HUMAN], ['men', HUMAN],
  ['individuals', HUMAN], ['participants', HUMAN], ['children', HUMAN], ['volunteers', HUMAN], ['donors', HUMAN],
  ['subjects', HUMAN], ['cancer', HUMAN], ['cancers', HUMAN],
  ['drosophila', '7227'], ['fly', '7227'], ['flies', '7227'], ['yeast', '4932'], ['yeasts', '4932'], ['cerevisiae', '4932'],
  ['zebrafish', '7955'], ['xenopus', '8355'], ['elegans', '6239'], ['nematode', '6239'], ['nematodes', '6239'],
  ['worm', '6239'], ['worms', '6239'], ['chicken', '9031'], ['chickens', '9031'], ['chick', '9031'],
  ['arabidopsis', '3702'], ['bovine', '9913'], ['cattle', '9913'], ['porcine', '9823'], ['pig', '9823'], ['pigs', '9823'],
  ['swine', '9823'], ['canine', '9615'], ['dog', '9615'], ['dogs', '9615'], ['sheep', '9940'], ['ovine', '9940'],
  ['rabbit', '9986'], ['rabbits', '9986'], ['hamster', '10036'], ['hamsters', '10036'], ['monkey', '9544'],
  ['monkeys', '9544'], ['macaque', '9544'], ['macaques', '9544'],
  // Strains and cells named after the animal: C57BL/6 and BALB/c mice, mouse embryonic fibroblasts, Wistar and
  // Sprague-Dawley rats.
  ['c57bl', MOUSE], ['balb', MOUSE], ['mef', MOUSE], ['mefs', MOUSE], ['wistar', RAT], ['sprague', RAT],
];

/** How a hover names each species a mention may carry. */
export const SPECIES_NAMES: Readonly<Record<string, string>> = {
  [MOUSE]: 'mouse', [RAT]: 'rat', '7227': 'fruit fly', '4932': 'yeast', '7955': 'zebrafish', '8355': 'Xenopus',
  '6239': 'C. elegans', '9031': 'chicken', '3702': 'Arabidopsis', '9913': 'cattle', '9823': 'pig', '9615': 'dog',
  '9940': 'sheep', '9986': 'rabbit', '10036': 'hamster', '9544': 'macaque',
};

export const MIN_WORD = 3;
export const MAX_WORD = 12;

/** The words by hash; a hash two words share keeps both (the text decides). */
const BY_HASH = new Map<number, (readonly [string, string])[]>();
for (const entry of WORDS) {
  let h = FNV_START;
  for (let k = 0; k < entry[0].length; k++) h = fnv(h, entry[0].charCodeAt(k));
  const list = BY_HASH.get(h);
  if (list) list.push(entry);
  else BY_HASH.set(h, [entry]);
}

/** Lower-cased first letters of the words, as a bit set over a-z: a cheap first test. */
let firsts = 0;
for (const [w] of WORDS) firsts |= 1 << (w.charCodeAt(0) - 97);
const FIRSTS = firsts;

/** Laboratory systems named after an organism: the word before them is no study's species. */
const SYSTEMS = [' two-hybrid', ' one-hybrid', ' three-hybrid', ' 2-hybrid', ' oocyte'];

/** The words that name a species other than human (species.ts looks for them before reading a paragraph's words). */
export function nonHumanWords(): string[] {
  return WORDS.filter(([, taxon]) => taxon !== HUMAN).map(([word]) => word);
}

/** Whether the first code unit of a word (any case) may start a species word. */
export function mayStartSpeciesWord(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122 && (FIRSTS & (1 << (lower - 97))) !== 0;
}

/**
 * The taxon of the ASCII word text[i, j) (any case), or '' when it names no species or names a laboratory system
 * ("yeast two-hybrid"). The caller has checked the length and first letter.
 */
export function speciesOfWord(text: string, i: number, j: number): string {
  let h = FNV_START;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return '';
    h = fnv(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  const list = BY_HASH.get(h);
  if (!list) return '';
  for (const [word, taxon] of list) {
    if (word.length !== j - i) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) {
      const c = text.charCodeAt(i + k);
      same = (c >= 65 && c <= 90 ? c | 32 : c) === word.charCodeAt(k);
    }
    if (!same) continue;
    for (const system of SYSTEMS) if (text.startsWith(system, j)) return '';
    return taxon;
  }
  return '';
}
