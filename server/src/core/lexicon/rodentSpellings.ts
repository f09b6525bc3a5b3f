// Spellings of human genes that the gene table does not hold, read into its variants (geneVariants.ts):
// - mouse and rat spellings (data/lexicon/rodent-genes.tsv, made by scripts/build-rodent-genes.mjs from MGI and RGD):
//   each line a human approved symbol, then its mouse and its rat synonyms ("NAMPT  Pbef1|…  …"), each naming the
//   human gene with the rodent's bit;
// - other names of human genes (data/lexicon/gene-names.tsv, made by scripts/build-gene-names.mjs from FamPlex and
//   MeSH): each line a symbol, its NCBI Gene id, then its names ("CTNNB1  1499  beta-catenin~FamPlex"), each read as a
//   full name of the gene ("beta-catenin", "Psoriasin", "Separase").
// A host passes the two files' texts one after the other (`extraSpellings`); each file's `#format` line says how its
// lines read.
import type { GeneIndex } from './geneIndex';
import { VARIANT_MOUSE, VARIANT_NAME, VARIANT_RAT, type VariantSource } from './geneVariants';

export const RODENT_FORMAT = 'genelens-rodent-genes 1';
export const NAMES_FORMAT = 'genelens-gene-names 1';

/** A cheap fingerprint of the file's text (its length and every 61st unit), kept in the prebuilt index. */
export function rodentFingerprint(text: string | undefined): string {
  if (!text) return '';
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i += 61) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/**
 * Whether a rodent's synonym is the human gene's full name `human` with more after it ("tumor necrosis factor-alpha",
 * an RGD synonym of rat Tnf, and "tumor necrosis factor"): a name written alike for every species, which names the
 * human gene as the table's own name does.
 */
function nameOf(synonym: string, human: string): boolean {
  const after = synonym.charCodeAt(human.length);
  return human.length >= 8 && (after === 32 || after === 45) && synonym.toLowerCase().startsWith(human.toLowerCase());
}

/** The texts of rodent-genes.tsv and gene-names.tsv as a host passes them: the files present, one after the other. */
export function extraSpellings(rodent: string | undefined, names: string | undefined): string | undefined {
  if (rodent === undefined) return names;
  if (names === undefined) return rodent;
  return `${rodent}${rodent.endsWith('\n') ? '' : '\n'}${names}`;
}

/** The spellings of a rodent-genes.tsv text (then, maybe, a gene-names.tsv text); lines naming no symbol of `index` are skipped. */
export function rodentSpellings(text: string, index: GeneIndex): VariantSource {
  return {
    forEach(visit) {
      // Symbol -> row, for the lines' human symbols (the first record keeps a shared symbol).
      const rows = new Map<string, number>();
      for (let row = index.count - 1; row >= 0; row--) rows.set(index.symbolAt(row), row);
      let names = false;
      for (const line of text.split('\n')) {
        if (line.startsWith('#format\t')) names = line.slice(8).trim() === NAMES_FORMAT;
        if (!line || line.startsWith('#')) continue;
        const cells = line.split('\t');
        const row = rows.get(cells[0] ?? '');
        if (row === undefined) continue;
        if (names) {
          for (const s of (cells[2] ?? '').split('|')) {
            const name = s.split('~')[0];
            if (name) visit(name, row, VARIANT_NAME);
          }
          continue;
        }
        // The human gene's full name with more after it is written alike for every species (nameOf).
        for (const s of (cells[1] ?? '').split('|')) if (s) visit(s, row, nameOf(s, index.record(row).name) ? VARIANT_NAME : VARIANT_MOUSE);
        for (const s of (cells[2] ?? '').split('|')) if (s) visit(s, row, nameOf(s, index.record(row).name) ? VARIANT_NAME : VARIANT_RAT);
      }
    },
  };
}
