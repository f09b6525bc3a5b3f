// Tokens of one sentence: recognized mentions are single tokens; the rest is words and punctuation.
import type { Mention } from '../../types';
import type { Sentence } from './splitter';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
  mention?: Mention;
  punct: boolean;
}

/**
 * Tokenizes `masked` (the document with excluded regions blanked) between sentence bounds. `masked` may be a piece of
 * the document starting at offset `base` that holds the sentence and the character before it (offsets stay the
 * document's).
 */
export function tokenize(masked: string, sentence: Sentence, mentions: readonly Mention[], base = 0): Token[] {
  const tokens: Token[] = [];
  let at = sentence.start;
  for (const m of mentions) {
    if (m.start < at || m.end > sentence.end) continue;
    words(masked, at - base, m.start - base, tokens, base);
    tokens.push({ text: m.text, low: m.text.toLowerCase(), start: m.start, end: m.end, mention: m, punct: false });
    at = m.end;
  }
  words(masked, at - base, sentence.end - base, tokens, base);
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Characters that continue a word: letters, digits, '+', '%', apostrophes. */
function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 43 || c === 37 || c === 39 || c === 0x2019;
}

const PUNCT_CHARS = ',;:()?!.';

/** Words and punctuation of `text` in [from, to); `text` starts at document offset `base`. */
function words(text: string, from: number, to: number, out: Token[], base: number): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      i++;
      continue;
    }
    // Dashes between words work like commas: "AMPK — the energy sensor — represses NMRK1".
    if (c === 0x2014 || (c === 0x2013 && text.charCodeAt(i - 1) === 32) || (c === 45 && text.charCodeAt(i + 1) === 45)) {
      const len = c === 45 ? 2 : 1;
      out.push({ text: ',', low: ',', start: i + base, end: i + len + base, punct: true });
      i += len;
      continue;
    }
    const last = out[out.length - 1];
    // A leading hyphen belongs to a word only straight after a mention ("NMRK1-deficient").
    const hyphenAfterMention = c === 45 && last?.mention !== undefined && last.end === i + base && isAlnum(text.charCodeAt(i + 1));
    if (isAlnum(c) || hyphenAfterMention) {
      let j = i + 1;
      if (isDigit(c)) {
        // "1,014": thousands separators inside a number.
        while (j < to && isDigit(text.charCodeAt(j))) j++;
        while (j + 3 < to && text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) &&
          isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
      }
      for (;;) {
        while (j < to && isWordChar(text.charCodeAt(j))) j++;
        const joiner = text.charCodeAt(j);
        // Inner '-', '.', '/' join word parts when a letter or digit follows: "9q21.13", "NF-kB", "and/or".
        if (j + 1 < to && (joiner === 45 || joiner === 46 || joiner === 47) && isAlnum(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      const raw = text.slice(i, j);
      const lower = raw.toLowerCase();
      // A curly apostrophe is rare: the replacement (a regex run) only where there is one.
      const low = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
      out.push({ text: raw, low, start: i + base, end: j + base, punct: false });
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (PUNCT_CHARS.includes(ch)) out.push({ text: ch, low: ch, start: i + base, end: i + 1 + base, punct: true });
    i++;
  }
}

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && !t.punct && !t.mention && words.includes(t.low);
}

export function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const BE = set('is are was were be been being am remains remain stays');
export const DO = set('does do did');
export const MODALS = set('may might could can will would should must shall');
export const NEGATORS = set("not never cannot can't doesn't don't didn't isn't aren't wasn't weren't won't wouldn't couldn't no-longer");
/** Words that may stand between a subject and its verb without changing who the subject is. */
export const SUBJECT_GAP = set(
  'also directly indirectly strongly potently further likely probably possibly reportedly robustly significantly ' +
  'markedly partially partly only then thereby thus therefore often usually normally typically generally still both ' +
  'each all itself themselves in turn apparently presumably seemingly clearly consistently reliably readily rapidly ' +
  'slowly gradually dramatically substantially moderately mildly weakly actually indeed really specifically ' +
  'selectively primarily mainly mostly largely chiefly predominantly preferentially efficiently effectively ' +
  'has have had being appears appear appeared seems seem seemed thought known believed able unable tends tend ' +
  'to helps help helped hence so already now no longer fails fail failed shown reported found suggested proposed ' +
  'predicted expected said demonstrated considered negatively positively potentially perhaps maybe conceivably ' +
  'plausibly arguably supposedly allegedly frequently occasionally sometimes even transiently chronically acutely ' +
  'strongly partially completely fully eventually ultimately subsequently later finally',
);
/** Nouns after a subject or object that keep the entity as the argument ("NMRK1 expression", "NAD+ levels"). */
export const ARG_SUFFIX = set(
  'expression activity activities level levels protein proteins gene genes enzyme enzymes signaling signalling ' +
  'function functions pathway pathways supplementation supplements supplement treatment administration intake ' +
  'availability concentration concentrations content abundance amount amounts production synthesis biosynthesis ' +
  'formation generation output pool pools flux catalysis transcription transcripts mrna overexpression induction ' +
  'upregulation activation accumulation elevation precursors precursor stores axis levels-dependent status kinase ' +
  'conditions condition exposure',
);
/** Such nouns that turn the argument's sign around ("NMRK1 deficiency", "NAD+ depletion"). */
export const FLIP_SUFFIX = set(
  'deficiency deficiencies loss knockout knockdown deletion depletion inhibition downregulation suppression ' +
  'degradation breakdown decline reduction decrease ablation silencing insufficiency shortage lack -deficient ' +
  '-null -knockout -ko -deleted -depleted ko',
);
/** Words before an argument that turn its sign around ("loss of NMRK1", "low NAD+"). */
export const FLIP_PREFIX = set(
  'loss lack absence deficiency deficiencies knockout knockdown deletion depletion inhibition inhibiting blocking ' +
  'silencing deleting ablation ablating reduced decreased lower low diminished declining impaired deficient ' +
  'reduction decrease decline downregulation suppression suppressing degradation breakdown out against targeting ' +
  'drop fall shortage scarcity lowering reducing depleting lacking losing',
);
/** Words between a verb and its object. */
export const OBJECT_GAP = set(
  'the a an its their both cellular intracellular systemic tissue overall total directly strongly potently ' +
  'indirectly also further either levels level amount amounts activity activities expression production formation ' +
  'synthesis biosynthesis generation abundance concentration concentrations transcription function functions pool ' +
  'content supply availability of substantially significantly markedly greatly robustly dramatically sharply ' +
  'modestly slightly',
);
/** Nouns that make "<entity> <noun>" a different thing: "insulin receptor", "NAMPT inhibitors", "insulin resistance". */
export const COMPOUND_HEADS = set(
  'receptor receptors inhibitor inhibitors antagonist antagonists agonist agonists analog analogs analogue analogues ' +
  'mimetic mimetics antibody antibodies resistance sensitivity secretion transporter transporters channel channels ' +
  'homolog homologs homologue ortholog orthologs paralog paralogs mutant mutants variant variants allele alleles',
);

/** Words after a verb that begin no object: idioms and pronouns. */
export const OBJECT_BLOCK = set(
  'it them this that these those us one sense up use question questions concern concerns possibility idea ' +
  'hypothesis view notion conclusion case point way room doubt interest attention itself themselves sure clear ' +
  'possible available certain him her me you something anything everything nothing there here such what which who ' +
  'how why whether when where',
);
/** Prepositions after an intransitive change that name its condition ("rises during DNA damage"). */
export const CONDITION_PREPS = set('during upon after under with following in amid amidst throughout');
/** Words that end an unknown phrase. */
export const PHRASE_END = set(
  'when while whereas during in by via through under after before because since as if which that who whose and or ' +
  'but to for from with without upon than so thereby thus where although though unless until despite into onto ' +
  'across among between within on',
);
/** Words before a claim that take the assertion back: the writer reports, asks or doubts. */
export const NON_ASSERTIVE = set(
  'whether if unless suppose supposing hypothesis hypothesized hypothesised hypothesize speculate speculated ' +
  'myth misconception falsely wrongly erroneously rumor rumour rumored rumoured unclear unknown untested ' +
  'question asks asked ask imagine pretend',
);
/** Generic words an unknown phrase may contain without naming anything. */
export const GENERIC = set(
  'the a an of in on to for with and or most many some all several various certain cells cell cellular human ' +
  'humans people patients mice mouse rats models model signaling signalling pathway pathways activity activities ' +
  'level levels expression function functions production risk risks its their this that these those other ' +
  'overall general normal healthy healthier body bodies tissue tissues process processes system systems effect ' +
  'effects role roles response responses state states type types form forms factor factors increased decreased ' +
  'higher lower high low more less greater better worse by at from as be is are was were one two three four five ' +
  'six several many few both multiple various rodents rodent animals vitro vivo adults subjects volunteers men women ' +
  'children individuals species populations population route routes mechanism mechanisms step steps enzymes proteins ' +
  'genes molecules compounds',
);
