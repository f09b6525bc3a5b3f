// A cancer named by its site ("ovarian carcinoma", "prostate tumors", "lung carcinogenesis", "hepatic oncogenesis") is
// MeSH's neoplasm descriptor of that site (Ovarian Neoplasms, Prostatic Neoplasms, Lung Neoplasms, Liver Neoplasms), as
// the literature's normalizations have it, not the general word's descriptor (Carcinoma, Neoplasms, Carcinogenesis).
// The scan (meshScan.ts, with diseaseSites.ts) has taken the site into the match; run after a paragraph's matches are
// decided, once per disease match of two words whose last is a cancer word: a look-up of "<site> neoplasms" (and
// "<site> cancer"), remembered per paragraph.
import type { MeshTable } from '../lexicon/meshTable';
import type { Match } from './meshShortForms';

/** The last words of a cancer's name that its site makes specific. */
const CANCER_WORDS: ReadonlySet<string> = new Set(
  ('cancer cancers carcinoma carcinomas adenocarcinoma adenocarcinomas tumor tumors tumour tumours neoplasm neoplasms ' +
    'malignancy malignancies carcinogenesis tumorigenesis oncogenesis').split(' '),
);
/** Longest match looked at (a site and a cancer word). */
const LONGEST = 40;

/** Gives out[first..]'s disease matches "<site> <cancer word>" in `text` the neoplasm descriptor of their site. */
export function siteNeoplasms(table: MeshTable, text: string, out: Match[], first: number): void {
  let memo: Map<string, number> | undefined;
  for (let k = first; k < out.length; k++) {
    const m = out[k] as Match;
    if (m.end - m.start > LONGEST) continue;
    const space = lastSpace(text, m.start, m.end);
    if (space < 0 || m.end - space - 1 < 5 || table.kindOf(m.entry) !== 'disease') continue;
    if (!CANCER_WORDS.has(text.slice(space + 1, m.end).toLowerCase())) continue;
    // One word before the cancer word: the site ("ovarian serous carcinoma" is a kind, not a site).
    if (lastSpace(text, m.start, space) >= 0) continue;
    const site = text.slice(m.start, space).toLowerCase();
    memo ??= new Map();
    let entry = memo.get(site);
    if (entry === undefined) {
      entry = neoplasmOf(table, site);
      memo.set(site, entry);
    }
    if (entry >= 0) m.entry = entry;
  }
}

/** The disease entry the tables name "<site> neoplasms" or "<site> cancer", or -1. */
function neoplasmOf(table: MeshTable, site: string): number {
  for (const head of [' neoplasms', ' cancer']) {
    const found = table.lookup(site + head);
    if (found && table.kindOf(found.entry) === 'disease') return found.entry;
  }
  return -1;
}

/** The last space in text[start, end), or -1. */
function lastSpace(text: string, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) if (text.charCodeAt(k) === 32) return k;
  return -1;
}
