// Flags of a gene symbol or alias in the gene table, computed when data/lexicon/genes.tsv is generated (so run time
// needs no word list). In the file they are letters: the `flags` column for the symbol, `ALIAS~letters` for an alias.

/** The flags as bits. */
export const TermFlag = {
  /** s: the alias is another gene's approved symbol. */
  OtherSymbol: 1,
  /** m: the alias names several genes; on a symbol: the symbol is also another gene's alias. */
  SeveralGenes: 2,
  /** d: the symbol is shared by several gene records (HBD, TEC, tRNA genes). */
  SharedSymbol: 4,
  /** e: an ordinary English word, case-insensitively (SET, MAX, CAT, REST, IMPACT, CLOCK). */
  EnglishWord: 8,
  /** n: only a capitalised dictionary entry, a name (Nam, Jun). */
  EnglishName: 16,
  /** c: a common acronym: an all-capitals dictionary entry (ATP, AIDS, CPU). */
  CommonAcronym: 32,
  /** t: three characters or fewer. */
  Short: 64,
} as const;

/** The text names more than one gene: list the candidates, do not guess. */
export const AMBIGUOUS = TermFlag.OtherSymbol | TermFlag.SeveralGenes | TermFlag.SharedSymbol;
/** The text also reads as ordinary prose: recognize it only where the text is about genes. */
export const NEEDS_CONTEXT = TermFlag.EnglishWord | TermFlag.EnglishName | TermFlag.CommonAcronym | TermFlag.Short;

/** Bit of each letter, indexed by char code; 0 for a letter that is no flag. */
const BIT_OF = new Uint8Array(128);
BIT_OF[115 /* s */] = TermFlag.OtherSymbol;
BIT_OF[109 /* m */] = TermFlag.SeveralGenes;
BIT_OF[100 /* d */] = TermFlag.SharedSymbol;
BIT_OF[101 /* e */] = TermFlag.EnglishWord;
BIT_OF[110 /* n */] = TermFlag.EnglishName;
BIT_OF[99 /* c */] = TermFlag.CommonAcronym;
BIT_OF[116 /* t */] = TermFlag.Short;

/** The flags written as letters in text[start, end); a negative result -1 - mask says some letter was unknown. */
export function parseFlagLetters(text: string, start: number, end: number): number {
  let mask = 0;
  let unknown = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const bit = code < 128 ? (BIT_OF[code] ?? 0) : 0;
    if (bit === 0) unknown = true;
    mask |= bit;
  }
  return unknown ? -1 - mask : mask;
}

/** The names of the flags set in a mask, for hover text and debugging: ["englishWord", "short"]. */
export function flagNames(mask: number): string[] {
  const names: string[] = [];
  for (const [key, bit] of Object.entries(TermFlag)) {
    if (mask & bit) names.push(key.charAt(0).toLowerCase() + key.slice(1));
  }
  return names;
}
