// The words by which prose names the organism it is about, each with its NCBI Taxonomy id (NCBI Taxonomy,
// https://www.ncbi.nlm.nih.gov/taxonomy: 9606 Homo sapiens, 10090 Mus musculus, 10116 Rattus norvegicus, 7227
// Drosophila melanogaster, 4932 Saccharomyces cerevisiae, 4896 Schizosaccharomyces pombe, 7955 Danio rerio, 8355 Xenopus laevis, 6239 Caenorhabditis
// elegans, 9031 Gallus gallus, 3702 Arabidopsis thaliana, 9913 Bos taurus, 9823 Sus scrofa, 9615 Canis lupus
// familiaris, 9940 Ovis aries, 9986 Oryctolagus cuniculus, 10036 Mesocricetus auratus, 9544 Macaca mulatta), for
// species.ts. Human: the people a study is about ("patients", "women", "donors") and cancer, which abstracts name
// for patients' tumours; strains (C57BL/6, BALB/c, Wistar, Sprague-Dawley) name their animal. A word is looked up
// by a hash of its lower-cased code units: no string is made per word. Viruses name their own genes (HIV-1 gp120, HBV
// X protein); cell lines name the species they come from (cellLines.ts: HeLa human, NIH 3T3 mouse); a chromosome
// band written the human way ("1p36", "14q24.3", "Xq28") names a human gene's place.
// A species word right before a laboratory system ("yeast two-hybrid", "Xenopus oocytes") names the tool, not the
// organism studied, and is skipped.
import { FNV_START, fnv } from '../text/wordHash';
import { CELL_LINES } from './cellLines';
import { HUMAN, MOUSE, RAT, TAXA } from '../lexicon/taxa';

export { HUMAN, MOUSE, RAT } from '../lexicon/taxa';

/** [word, NCBI Taxonomy id, what must follow the word (lower case; cellLines.ts: "RAW 264.7"), if anything]. */
const WORDS: readonly (readonly [string, string, string?])[] = [
  ['mice', MOUSE], ['mouse', MOUSE], ['murine', MOUSE], ['rat', RAT], ['rats', RAT], ['rodent', MOUSE], ['rodents', MOUSE],
  ['human', HUMAN], ['humans', HUMAN], ['patient', HUMAN], ['patients', HUMAN], ['women', HUMAN], ['men', HUMAN],
  ['individuals', HUMAN], ['participants', HUMAN], ['children', HUMAN], ['volunteers', HUMAN], ['donors', HUMAN],
  ['subjects', HUMAN], ['cancer', HUMAN], ['cancers', HUMAN],
  ['drosophila', '7227'], ['fly', '7227'], ['flies', '7227'], ['yeast', '4932'], ['yeasts', '4932'], ['cerevisiae', '4932'], ['pombe', '4896'],
  ['zebrafish', '7955'], ['xenopus', '8355'], ['elegans', '6239'], ['nematode', '6239'], ['nematodes', '6239'],
  ['worm', '6239'], ['worms', '6239'], ['chicken', '9031'], ['chickens', '9031'], ['chick', '9031'],
  ['arabidopsis', '3702'], ['bovine', '9913'], ['cattle', '9913'], ['porcine', '9823'], ['pig', '9823'], ['pigs', '9823'],
  ['swine', '9823'], ['canine', '9615'], ['dog', '9615'], ['dogs', '9615'], ['sheep', '9940'], ['ovine', '9940'],
  ['rabbit', '9986'], ['rabbits', '9986'], ['hamster', '10036'], ['hamsters', '10036'], ['monkey', '9544'],
  ['monkeys', '9544'], ['macaque', '9544'], ['macaques', '9544'],
  // Strains and cells named after the animal: C57BL/6 and BALB/c mice, mouse embryonic fibroblasts, Wistar and
  // Sprague-Dawley rats.
  ['c57bl', MOUSE], ['balb', MOUSE], ['mef', MOUSE], ['mefs', MOUSE], ['wistar', RAT], ['sprague', RAT],
  // The tools of mouse genetics: Cre recombinase lines, floxed alleles, littermate controls ("CRE" in capitals is the
  // cAMP response element: Cre is read as written).
  ['Cre', MOUSE], ['flox', MOUSE], ['floxed', MOUSE], ['littermate', MOUSE], ['littermates', MOUSE],
  // Viruses (HIV-1 is the HIV of the corpora), by their usual abbreviations.
  ['hiv', '11676'], ['hbv', '10407'], ['hcv', '11103'], ['ebv', '10376'], ['hpv', '10566'],
  ...CELL_LINES.map(([word, taxon, , then]) => [word, taxon, then] as const),
];

/** How a hover names each species a mention may carry (every taxon but human). */
export const SPECIES_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TAXA).filter(([taxon]) => taxon !== HUMAN).map(([taxon, t]) => [taxon, t.name]),
);

export const MIN_WORD = 3;
export const MAX_WORD = 12;

/** The words by hash; a hash two words share keeps both (the text decides). */
const BY_HASH = new Map<number, (readonly [string, string, string?])[]>();
for (const entry of WORDS) {
  let h = FNV_START;
  for (let k = 0; k < entry[0].length; k++) h = fnv(h, entry[0].charCodeAt(k) | (entry[0].charCodeAt(k) >= 65 && entry[0].charCodeAt(k) <= 90 ? 32 : 0));
  const list = BY_HASH.get(h);
  if (list) list.push(entry);
  else BY_HASH.set(h, [entry]);
}

/** Lower-cased first letters of the words, as a bit set over a-z: a cheap first test; and first digits (3T3, 1p36). */
let firsts = 0;
for (const [w] of WORDS) if (w.charCodeAt(0) >= 97) firsts |= 1 << (w.charCodeAt(0) - 97);
const FIRSTS = firsts | (1 << (120 - 97)) | (1 << (121 - 97)); // x, y: "Xq28"
let digits = 0b1111111110; // 1-9: chromosome bands
for (const [w] of WORDS) if (w.charCodeAt(0) < 58) digits |= 1 << (w.charCodeAt(0) - 48);
const FIRST_DIGITS = digits;

/** Laboratory systems named after an organism: the word before them is no study's species. */
const SYSTEMS = [' two-hybrid', ' one-hybrid', ' three-hybrid', ' 2-hybrid'];
/** Xenopus oocytes express other species' genes; a mouse's oocytes are the mouse's ("meiotic mouse oocytes"). */
const TOOL_OOCYTES = new Set(['xenopus']);

/** A letter of a species word: an ASCII letter or any unit past ASCII. */
export const isSpeciesLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
/** A unit of a species word: a letter (isSpeciesLetter) or an ASCII digit. */
export const isSpeciesWordUnit = (c: number): boolean => isSpeciesLetter(c) || (c >= 48 && c <= 57);

/** The words that name a species other than human (species.ts looks for them before reading a paragraph's words). */
export function nonHumanWords(): string[] {
  return WORDS.filter(([, taxon]) => taxon !== HUMAN).map(([word, , then]) => word.toLowerCase() + (then ?? ''));
}

/** Whether the first code unit of a word (any case, or a digit) may start a species word. */
export function mayStartSpeciesWord(c: number): boolean {
  if (c >= 48 && c <= 57) return (FIRST_DIGITS & (1 << (c - 48))) !== 0;
  const lower = c | 32;
  return lower >= 97 && lower <= 122 && (FIRSTS & (1 << (lower - 97))) !== 0;
}

/**
 * Whether text[i, j) is a human chromosome band: 1-22, X or Y, then p or q, then a band number ("1p36", "14q24", "Xq28";
 * the scan stops a word at "."). Mouse bands are written "11B1"; rat bands ("10q24") come with "rat" nearby, which
 * is nearer.
 */
function humanBand(text: string, i: number, j: number): boolean {
  let k = i;
  const c = text.charCodeAt(k);
  if (c === 88 || c === 89) k++;
  else {
    while (k < j && k - i < 2 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    if (k === i || text.charCodeAt(i) === 48) return false;
    const n = Number(text.slice(i, k));
    if (n > 22) return false;
  }
  const arm = text.charCodeAt(k);
  if (arm !== 112 && arm !== 113) return false;
  k++;
  if (k >= j) return false;
  for (let d = k; d < j; d++) if (!(text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57)) return false;
  // The region and band: two digits at most before a sub-band's point, no higher than the last band of an arm (1p36,
  // 1q44): "IL-12p70" and "p40" name a protein's size. A band is not written after a hyphen ("IL-12p40").
  return j - k <= 2 && Number(text.slice(k, j)) <= (arm === 112 ? 36 : 44) && text.charCodeAt(i - 1) !== 45;
}

/**
 * The taxon of the ASCII word text[i, j) (any case), or '' when it names no species or names a laboratory system
 * ("yeast two-hybrid"). The caller has checked the length and first letter.
 */
export function speciesOfWord(text: string, i: number, j: number): string {
  const c0 = text.charCodeAt(i);
  if (((c0 >= 49 && c0 <= 57) || c0 === 88 || c0 === 89) && humanBand(text, i, j)) return HUMAN;
  let h = FNV_START;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return '';
    h = fnv(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  const list = BY_HASH.get(h);
  if (!list) return '';
  for (const [word, taxon, then] of list) {
    if (word.length !== j - i) continue;
    let same = true;
    // A word with a capital is read as written ("Cre"); the others in any case.
    const asWritten = word !== word.toLowerCase();
    for (let k = 0; k < word.length && same; k++) {
      const c = text.charCodeAt(i + k);
      same = asWritten ? c === word.charCodeAt(k) : (c >= 65 && c <= 90 ? c | 32 : c) === word.charCodeAt(k);
    }
    if (!same) continue;
    if (then !== undefined && text.slice(j, j + then.length).toLowerCase() !== then) continue;
    for (const system of SYSTEMS) if (text.startsWith(system, j)) return '';
    if (TOOL_OOCYTES.has(word) && text.startsWith(' oocyte', j)) return '';
    return taxon;
  }
  return '';
}
