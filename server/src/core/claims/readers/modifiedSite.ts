// A modified form named by its site, not a claim: "PHB phosphorylated at threonine 258 (phospho-PHB) correlates with
// stage", "SIRT1 phosphorylated at Ser47", "histone H3 acetylated on lysine 9". The participle says which form of the
// protein is meant; read as a past tense it would claim the protein modifies the residue ("PHB phosphorylates
// threonine"). With an agent after the site ("phosphorylated at Ser47 by JNK1") no reader reads the passive yet: the
// reading is unsure, so none is made (a past tense with its object, "JNK1 phosphorylated SIRT1", is read as before).
import { isWord, type Token } from '../sentences/tokens';
import { verbHits } from '../vocabulary';

/** Words that name a modified site after "at"/"on". */
const SITE_WORDS = new Set(['serine', 'threonine', 'tyrosine', 'lysine', 'arginine', 'histidine', 'cysteine', 'residue',
  'residues', 'position', 'positions', 'site', 'sites', 'ser', 'thr', 'tyr', 'lys', 'arg', 'his', 'cys']);

/** A residue written with its number: "Ser47", "T258", "K382", "Tyr-705". */
function residueCode(low: string): boolean {
  let i = 0;
  while (i < low.length && low.charCodeAt(i) >= 97 && low.charCodeAt(i) <= 122) i++;
  if (i === 0 || i > 3 || i === low.length) return false;
  if (low[i] === '-') i++;
  const digits = low.length - i;
  if (digits === 0 || digits > 4) return false;
  for (; i < low.length; i++) if (low.charCodeAt(i) < 48 || low.charCodeAt(i) > 57) return false;
  return true;
}

/** Whether the word at i is "<modified> at/on <site>": then no claim is read at that word. */
export function modifiedSite(toks: Token[], i: number): boolean {
  const hits = verbHits(toks[i]!.low);
  if (!hits.some((h) => (h.form === 'ed' || h.form === 'en') && h.info.cls === 'convert' && h.info.lemma.endsWith('ylate'))) return false;
  if (!isWord(toks[i + 1], 'at', 'on')) return false;
  const site = toks[i + 2];
  if (!site || !(SITE_WORDS.has(site.low) || residueCode(site.low))) return false;
  return true;
}
