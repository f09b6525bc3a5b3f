// Adversarial documents. Each family is a shape that is the worst case of some code that reads document text: the
// regular expressions of server/src that run on it (listed per family in `targets`; regexTargets.ts maps every regex
// to its families) and the hand-written scanners around them. `make(n)` gives about n characters of the shape,
// deterministically, so the same family at 1x and 8x is the input of a growth check; `randomDocument` mixes them.
import type { Rng } from './rng';

export interface Family {
  name: string;
  /** What it is the worst case of. */
  targets: string;
  /** Languages it is read as (the first one for growth checks). */
  languages: readonly ('markdown' | 'latex' | 'plaintext')[];
  make(n: number): string;
}

/** `unit` repeated to about n characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
/** One long run of a character, inside a sentence that has a gene in it. */
const run = (c: string, before = 'NMRK1 ', after = ' NMRK1.\n') => (n: number) => `${before}${c.repeat(n)}${after}`;
const ALL = ['markdown', 'latex', 'plaintext'] as const;
const MD = ['markdown'] as const;
const TEX = ['latex'] as const;

export const FAMILIES: readonly Family[] = [
  // Blanks before a marker: list items, headings, table separators, block quotes, TeX commands, suppression comments.
  { name: 'blanks-list', targets: 'LIST_ITEM, TABLE_SEPARATOR, MD_HEADING, indented code', languages: MD, make: (n) => `x\n${' '.repeat(n)}- y NMRK1\n` },
  { name: 'nbsp-list', targets: 'LIST_ITEM (\\s matches NBSP), TABLE_SEPARATOR', languages: MD, make: (n) => `x\n${'\u00a0'.repeat(n)}- y NMRK1\n` },
  { name: 'blank-lines-growing', targets: 'units.ts line scans, list indentation', languages: MD, make: (n) => { let s = ''; for (let i = 0; s.length < n; i++) s += `${' '.repeat(i % 400)}- NMRK1 item ${i}\n`; return s; } },
  { name: 'tabs-heading', targets: 'MD_HEADING, MD_SETEXT, TEX_HEADING', languages: ALL, make: (n) => `${'\t'.repeat(n)}# NMRK1\n${'\t'.repeat(n)}===\n` },
  { name: 'setext-run', targets: 'MD_SETEXT (=+|-+)\\s*$', languages: MD, make: (n) => `NMRK1 title\n${'='.repeat(n)} x\n${'-'.repeat(n)}\n` },
  { name: 'quote-run', targets: 'blockquote ^\\s*(?:>\\s?)+', languages: MD, make: (n) => `${'> '.repeat(n / 2)}AMPK inhibits NMRK1.\n${'>'.repeat(n / 2)}x\n` },
  { name: 'pipes', targets: 'table rows (\\| count), TABLE_SEPARATOR', languages: MD, make: (n) => `| NMRK1 | x |\n${fill('|-', n)}\n${fill('| a ', n)}\n` },
  { name: 'hash-run', targets: 'MD_HEADING #{1,6}, PLAIN suppression (#|//)', languages: ALL, make: run('#', '') },
  { name: 'percent-run', targets: 'TEX suppression ^\\s*%+\\s*genelens-, LaTeX comments', languages: TEX, make: (n) => `${'%'.repeat(n)} genelens\nAMPK inhibits NMRK1.\n${'%'.repeat(n)}\n` },
  { name: 'html-comment-open', targets: 'MD suppression <!--\\s*genelens-…([^>]*?)-->, comment regions', languages: MD, make: (n) => `<!-- genelens-disable-next-line ${'-'.repeat(n)}\nAMPK inhibits NMRK1.\n` },
  { name: 'suppress-lines', targets: 'suppression.ts MD/TEX/PLAIN per line', languages: ALL, make: (n) => fill('<!-- genelens-disable claim-contradicted -->\n% genelens-disable-next-line x\n# genelens-enable\nAMPK inhibits NMRK1.\n', n) },
  // Long runs of one character in prose.
  { name: 'space-run', targets: '\\s+ splits, OVERSTATED_NEGATORS \\W+, NO_EVIDENCE \\s+', languages: ALL, make: run(' ') },
  { name: 'hyphen-run', targets: 'words with hyphens ([a-z-]+, AGENT_SUFFIX), MD_SETEXT -+', languages: ALL, make: run('-', 'NMRK1') },
  { name: 'hyphen-words', targets: 'hyphenated compounds, variant walk', languages: ALL, make: (n) => `${fill('NMRK1-', n)}driven NAD+.\n` },
  { name: 'digit-run', targets: 'DOSE \\d+(?:\\.\\d+)?\\s*unit, ID_PATTERN \\d{0,9}, rs\\d+, variant positions', languages: ALL, make: run('1', 'NMRK1 at ', ' mM.\n') },
  { name: 'digit-dot-run', targets: 'DOSE \\d+(?:\\.\\d+)?, BAND, numbered lists \\d{1,3}[.)]', languages: ALL, make: (n) => `${fill('1.', n)} mg NMRK1\n` },
  { name: 'greek-run', targets: 'Greek spellings (greekNameAt), variant keys', languages: ALL, make: run('α', 'NF-κB ', 'β NMRK1.\n') },
  { name: 'greek-words', targets: 'Greek names in gene spellings', languages: ALL, make: (n) => `${fill('PKCα PI3Kγ NF-κB HIF-1α alpha beta ', n)}\n` },
  { name: 'nbsp-words', targets: '\\s vs NBSP in splits, PMID[ \\u00a0]', languages: ALL, make: (n) => `${fill('NMRK1\u00a0inhibits\u00a0PMID\u00a0', n)}\n` },
  { name: 'long-word', targets: 'tokenizer, trie walks, WORD shapes', languages: ALL, make: (n) => `NMRK1 ${'a'.repeat(n)} NMRK1.\n` },
  { name: 'long-upper-word', targets: 'gene-shaped tokens [A-Z][A-Z0-9-]{1,11}, case trie', languages: ALL, make: (n) => `${'A'.repeat(n)}1 NMRK1.\n` },
  { name: 'alnum-word', targets: 'variant and gene scanners over letter/digit runs', languages: ALL, make: (n) => `${fill('A1', n)} NMRK1.\n` },
  { name: 'long-line', targets: 'sentence splitting of one huge line', languages: ALL, make: (n) => `${fill('AMPK inhibits NMRK1 and ', n)}NAMPT.\n` },
  { name: 'long-sentence-findings', targets: 'claims readers over a sentence with many genes', languages: ALL, make: (n) => `${fill('NMRK1, SIRT3, TP53, ', n)}and AMPK inhibit NMRK1.\n` },
  { name: 'species-sentences', targets: 'species.ts: a title, homology sentences, cancer qualifiers, host words', languages: ALL, make: (n) => `Sirt3 in mouse liver.\n${fill('Mice share the yeast homolog of NMRK1, SIRT3 and TP53 with cancer cell lines transplanted in mice. ', n)}\n` },
  { name: 'many-findings', targets: 'findings, diagnostics, code actions per finding (genelens check)', languages: ALL, make: (n) => fill('AMPK inhibits NMRK1. NMRK1 inhibits NAMPT.\n', n) },
  { name: 'overstated', targets: 'OVERSTATED, OVERSTATED_NEGATORS, REPORTED, NO_EVIDENCE, ?\\s*$', languages: ALL, make: (n) => fill('NMN cures ageing, not proven? no  evidence  of  it;  so-called  miracle ', n) + '\n' },
  { name: 'negator-punct', targets: 'OVERSTATED_NEGATORS \\W+(?:\\w+\\W+){0,5}$', languages: ALL, make: (n) => `not${'!'.repeat(n)}NMN cures ageing.\n` },
  { name: 'question-spaces', targets: '/\\?\\s*$/ on sentences', languages: ALL, make: (n) => `${fill('? ', n)}x NMRK1 cures ageing.\n` },
  // Brackets, quotes and markup.
  { name: 'nested-parens', targets: 'parenthesised abbreviations (Schwartz-Hearst), variant notation', languages: ALL, make: (n) => `NMRK1 ${'('.repeat(n / 2)}NRK1${')'.repeat(n / 2)}.\n` },
  { name: 'nested-brackets', targets: 'Markdown links [..](..), citations', languages: MD, make: (n) => `${'['.repeat(n / 2)}NMRK1${']'.repeat(n / 2)}(x)\n` },
  { name: 'nested-braces', targets: 'LaTeX groups, LATEX_BEFORE, GLOBAL_STRUCTURE', languages: TEX, make: (n) => `\\textit{${'{'.repeat(n / 2)}NMRK1${'}'.repeat(n / 2)}}\n` },
  { name: 'open-brackets', targets: 'unclosed link and bracket scans', languages: ALL, make: run('[', 'NMRK1 ', '(NMRK1.\n') },
  { name: 'backticks', targets: 'inline code spans (unclosed runs), fences', languages: MD, make: (n) => `${fill('`` NMRK1 ` ', n)}\n${'`'.repeat(n)}\n` },
  { name: 'emphasis', targets: 'emphasis markers around genes (*, _), hasGeneMarkup', languages: MD, make: (n) => `${fill('*_NMRK1_* ', n)}\n${'*'.repeat(n)}NMRK1${'*'.repeat(n)}\n` },
  { name: 'quotes-open', targets: 'checker quotes "[^"]*"|“[^”]*” (unclosed)', languages: ALL, make: (n) => `AMPK inhibits NMRK1 ${'“'.repeat(n / 2)}${'"'.repeat(n / 2)}.\n` },
  { name: 'quotes-many', targets: 'checker quotes, quoted claims', languages: ALL, make: (n) => `${fill('"AMPK inhibits NMRK1" “x” ', n)}.\n` },
  { name: 'html-tags', targets: 'Markdown inline HTML, autolinks <…>', languages: MD, make: (n) => `${'<'.repeat(n / 2)}NMRK1${'>'.repeat(n / 2)}\n` },
  { name: 'backslashes', targets: 'LaTeX commands [%\\\\@], GLOBAL_STRUCTURE \\\\(?:begin|end)\\s*\\{document\\}', languages: TEX, make: (n) => `${'\\'.repeat(n)}NMRK1\n\\begin${' '.repeat(n)}{doc}\n` },
  { name: 'begin-end', targets: 'TEX_ENV, LaTeX environments, verbatim', languages: TEX, make: (n) => fill('\\begin{itemize}\\item AMPK inhibits NMRK1.\n', n) + '\\end{itemize}\n'.repeat(4) },
  { name: 'tex-commands', targets: 'LATEX_BEFORE (\\textit|\\emph…\\s*\\{), TEX_HEADING', languages: TEX, make: (n) => `${fill('\\textit{ \\emph{ \\section ', n)}NMRK1}\n` },
  { name: 'math', targets: 'LaTeX math $…$ regions', languages: TEX, make: (n) => `${fill('$x$ NMRK1 $', n)}\n` },
  // Identifiers, links, variants.
  { name: 'at-run', targets: 'e-mail scan around @ (PLAIN_STOPS, emailAround)', languages: ALL, make: (n) => `${fill('a@', n)}b.org NMRK1\n` },
  { name: 'dotted-run', targets: 'e-mail and URL ends, www\\.', languages: ALL, make: (n) => `www.${fill('a.', n)} x@${fill('b.', n)} NMRK1\n` },
  { name: 'url-long', targets: 'URL_START, bareUrlEnd', languages: ALL, make: (n) => `https://${'a'.repeat(n)}/NMRK1 and NMRK1\n${fill('http://', n)}\n` },
  { name: 'pmid-run', targets: 'ID_PATTERN (PMID, rs, CHEBI, HGNC, GeneID, UniProt, HMDB)', languages: ALL, make: (n) => `${fill('PMID:1 PMID 2 rs3 CHEBI:4 HGNC:5 GeneID:6 UniProt:P12345 HMDB0000001 ', n)}\n` },
  { name: 'pmid-prefixes', targets: 'ID_PATTERN prefixes without digits', languages: ALL, make: (n) => `${fill('PMIDPMID:rsrs', n)}\n` },
  { name: 'variants', targets: 'variant notation (c., p., g., rs, HGVS ranges), variant context', languages: ALL, make: (n) => `${fill('c.665C>T (rs1801133) p.Val600Glu g.123_456del c.1-2A>G ', n)}\n` },
  { name: 'variant-prefix-run', targets: 'variant scanner at word starts (c.…)', languages: ALL, make: (n) => `${fill('c.1', n)}A>G ${fill('p.', n)}\n` },
  { name: 'mixed-eol', targets: '\\r(?!\\n), \\r?\\n splits, CRLF fixes', languages: ALL, make: (n) => fill('AMPK inhibits NMRK1.\r\n\r', n) },
  { name: 'control-chars', targets: 'control and zero-width characters in tokens', languages: ALL, make: (n) => fill('NMRK1\u0000\u200b\u2028\ufeff\ud800 ', n) },
];

const PROSE = [
  'AMPK inhibits NMRK1.',
  'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
  'NMRK1 activates mTOR signaling.',
  'The alias NRK1 still appears; the AAC1 gene and a P53 mutation too.',
  'NMN cures ageing.',
  'SIRT1 activates deacetylation targets (PMID: 27725675).',
  'TP53 and BRCA1 variants (c.665C>T, rs1801133) were genotyped.',
  'Expression of p63 protein and of p38 kinase fell.',
  'NF-κB and PKCα, PI3K/AKT signalling.',
];

/** A document of random pieces: prose, and slices of the families at small sizes. */
export function randomDocument(rng: Rng, maxLength: number): string {
  let text = '';
  while (text.length < maxLength && !(text.length > 0 && rng.chance(0.15))) {
    const piece = rng.chance(0.5) ? rng.pick(PROSE) : rng.pick(FAMILIES).make(1 + rng.int(200));
    text += piece + rng.pick(['\n', '\n\n', ' ', '', '\r\n']);
  }
  return text.slice(0, maxLength);
}

/** Small pieces an edit inserts: markup that opens or closes regions, and the families' characters. */
export const SNIPPETS = ['\n\n', '\n', ' ', 'x', 'NMRK1', ' gene ', '```', '```\n', '<!--', '-->', '`', '*', '_', '[', ']', '(', ')', '{', '}', '\\begin{verbatim}', '\\end{verbatim}', '%', '$', '---\n', '    ', '\t', '\u00a0', 'α', '“', '"', '|', '@', 'http://', 'PMID:1', 'rs1', 'c.1A>G', '\r\n', '\r', '#', '> ', '- ', '1. ', 'AMPK inhibits NMRK1. ', 'NMN cures ageing. ', '<!-- genelens-disable-next-line claim-contradicted -->\n', '\ud83e\uddec', '\ud800'];
