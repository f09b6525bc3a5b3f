// Cell lines that name the species of the genes studied in them, for species.ts: a gene studied in HeLa or HEK293
// cells is the human gene, in NIH 3T3 or RAW 264.7 cells the mouse's, in PC12 cells the rat's. Each line is a MeSH
// descriptor (MeSH 2020, U.S. National Library of Medicine, as in ../shared/data-sources/mesh/
// mesh_id_label_mappings.tsv; the descriptor's scope note names the organism the cells come from). The words are the
// forms writers use, as the species scan reads them (a run of letters and digits, any case: "HEK293", "MCF7",
// "3T3"; a line written as two words, "RAW 264.7", by its first word and what must follow it). Left out on purpose: cells used to express another species' genes (CHO, COS, Vero, Xenopus oocytes), which
// say nothing of the species of the genes named.
import { HUMAN, MOUSE, RAT } from '../lexicon/taxa';

/** [word, NCBI Taxonomy id, MeSH descriptor, what must follow the word (lower case), if anything]. */
export const CELL_LINES: readonly (readonly [string, string, string, string?])[] = [
  ['hela', HUMAN, 'D006367'], // HeLa Cells
  ['hek293', HUMAN, 'D057809'], ['hek', HUMAN, 'D057809'], ['293t', HUMAN, 'D057809'], ['hek293t', HUMAN, 'D057809'], // HEK293 Cells
  ['huvec', HUMAN, 'D061307'], ['huvecs', HUMAN, 'D061307'], // Human Umbilical Vein Endothelial Cells
  ['a549', HUMAN, 'D000072283'], // A549 Cells
  ['thp', HUMAN, 'D000074084'], // THP-1 Cells
  ['pc3', HUMAN, 'D000078722'], // PC-3 Cells
  ['hl60', HUMAN, 'D018922'], // HL-60 Cells
  ['caco', HUMAN, 'D018938'], // Caco-2 Cells
  ['ht29', HUMAN, 'D019073'], // HT29 Cells
  ['jurkat', HUMAN, 'D019169'], // Jurkat Cells
  ['k562', HUMAN, 'D020014'], // K562 Cells
  ['u937', HUMAN, 'D020298'], // U937 Cells
  ['hepg2', HUMAN, 'D056945'], // Hep G2 Cells
  ['mcf7', HUMAN, 'D061986'], // MCF-7 Cells
  ['hct116', HUMAN, 'D045325'], // HCT116 Cells
  ['3t3', MOUSE, 'D016475'], ['nih3t3', MOUSE, 'D041681'], // 3T3 Cells, NIH 3T3 Cells (and 3T3-L1, D041721)
  ['raw264', MOUSE, 'D000067996'], ['raw', MOUSE, 'D000067996', ' 264'], // RAW 264.7 Cells
  ['pc12', RAT, 'D016716'], // PC12 Cells
];
