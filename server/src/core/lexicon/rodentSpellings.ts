// Mouse and rat spellings of human genes (data/lexicon/rodent-genes.tsv, made by scripts/build-rodent-genes.mjs from
// MGI and RGD): each line a human approved symbol, then its mouse and its rat synonyms ("NAMPT  Pbef1|…  …"). Read into
// the gene table's variants (geneVariants.ts), each spelling naming the human gene with the rodent's bit.
import type { GeneIndex } from './geneIndex';
import { VARIANT_MOUSE, VARIANT_RAT, type VariantSource } from './geneVariants';

export const RODENT_FORMAT = 'genelens-rodent-genes 1';

/** A cheap fingerprint of the file's text (its length and every 61st unit), kept in the prebuilt index. */
export function rodentFingerprint(text: string | undefined): string {
  if (!text) return '';
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i += 61) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/** The spellings of a rodent-genes.tsv text; lines naming no symbol of `index` are skipped. */
export function rodentSpellings(text: string, index: GeneIndex): VariantSource {
  return {
    forEach(visit) {
      // Symbol -> row, for the lines' human symbols (the first record keeps a shared symbol).
      const rows = new Map<string, number>();
      for (let row = index.count - 1; row >= 0; row--) rows.set(index.symbolAt(row), row);
      for (const line of text.split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const [symbol = '', mouse = '', rat = ''] = line.split('\t');
        const row = rows.get(symbol);
        if (row === undefined) continue;
        for (const s of mouse.split('|')) if (s) visit(s, row, VARIANT_MOUSE);
        for (const s of rat.split('|')) if (s) visit(s, row, VARIANT_RAT);
      }
    },
  };
}
