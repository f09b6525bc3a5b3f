import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excludedRegions, isExcluded, regionIndexAt, type TextRegion } from '../../server/src/core/markup/regions';
import type { LanguageKind } from '../../server/src/core/types';
import { coveredChars } from '../helpers/regions';

/** The excluded substrings, in order. */
function excluded(text: string, language: LanguageKind): string[] {
  return excludedRegions(text, language).map((r) => text.slice(r.start, r.end));
}


function assertExcluded(text: string, language: LanguageKind, needle: string, nth = 0): void {
  assert.equal(coveredChars(text, language, needle, nth), needle.length, `"${needle}" should be excluded in ${JSON.stringify(text)}`);
}

function assertProse(text: string, language: LanguageKind, needle: string, nth = 0): void {
  assert.equal(coveredChars(text, language, needle, nth), 0, `"${needle}" should be prose in ${JSON.stringify(text)}`);
}

function assertWellFormed(regions: TextRegion[], length: number): void {
  let last = -1;
  for (const r of regions) {
    assert.ok(r.start >= 0 && r.end <= length && r.start < r.end, `bad region ${JSON.stringify(r)}`);
    assert.ok(r.start > last, 'regions must be sorted and must not overlap or touch');
    last = r.end;
  }
}

test('markdown: YAML and TOML front matter at the start only', () => {
  const yaml = '---\ntitle: NMRK1 notes\ntags: [NAMPT]\n---\nNMRK1 is prose.\n';
  assert.deepEqual(excluded(yaml, 'markdown'), ['---\ntitle: NMRK1 notes\ntags: [NAMPT]\n---']);
  assertProse(yaml, 'markdown', 'NMRK1', 1);
  assertExcluded('+++\ntitle = "NMRK1"\n+++\nText', 'markdown', 'title = "NMRK1"');
  assertProse('---\ntitle: NMRK1\n', 'markdown', 'title: NMRK1');
  assertProse('Intro\n---\nNMRK1: x\n---\n', 'markdown', 'NMRK1');
});

test('markdown: fenced code with backticks or tildes, any length, unclosed to the end', () => {
  const md = 'Before NMRK1.\n\n```ts\nconst NMRK1 = 1;\n```\nAfter NMRK1.\n';
  assertExcluded(md, 'markdown', 'const NMRK1 = 1;');
  assertProse(md, 'markdown', 'Before NMRK1.');
  assertProse(md, 'markdown', 'After NMRK1.');
  assertExcluded('~~~\nNMRK1\n~~~\n', 'markdown', 'NMRK1');
  const nested = '````md\n```\nNMRK1 inside\n```\nstill code NAMPT\n````\nNAMPT prose';
  assertExcluded(nested, 'markdown', 'still code NAMPT');
  assertProse(nested, 'markdown', 'NAMPT prose');
  assertExcluded('Text\n```\nNMRK1 never closed\nNAMPT', 'markdown', 'NAMPT');
  // A ~~~ line does not close a ``` fence, nor a shorter run a longer one.
  assertExcluded('```\n~~~\nNMRK1\n```', 'markdown', 'NMRK1');
  assertExcluded('> quoted\n> ```\n> NMRK1\n> ```\n', 'markdown', 'NMRK1');
  // Backticks in a ``` info string make it inline code, not a fence.
  assertProse('```a` NMRK1\n', 'markdown', 'NMRK1');
});

test('markdown: indented code only after a blank line and outside lists', () => {
  assertExcluded('Para.\n\n    NMRK1 code\n    more\n\nProse NMRK1', 'markdown', 'NMRK1 code');
  assertProse('Para.\n\n    NMRK1 code\n\nProse NMRK1', 'markdown', 'Prose NMRK1');
  assertProse('A paragraph\n    NMRK1 continues it', 'markdown', 'NMRK1 continues it');
  assertProse('- item\n\n    NMRK1 in the item', 'markdown', 'NMRK1 in the item');
  assertProse('1. item\n\n\tNMRK1 tab', 'markdown', 'NMRK1 tab');
  assertExcluded('- item\n\nParagraph\n\n    NMRK1 code', 'markdown', 'NMRK1 code');
});

test('markdown: inline code spans need equal backtick runs', () => {
  const md = 'Use `NMRK1` and ``a ` NAMPT`` then NMN.';
  assert.deepEqual(excluded(md, 'markdown'), ['`NMRK1`', '``a ` NAMPT``']);
  assertProse('A ` lone tick before NMRK1', 'markdown', 'NMRK1');
  assertProse('``open with two ` closes with one NMRK1', 'markdown', 'NMRK1');
  assertProse('Escaped \\`NMRK1\\` ticks', 'markdown', 'NMRK1');
  assertExcluded('Span `across\nNMRK1 lines` ok', 'markdown', 'NMRK1');
  assertProse('Span `never\n\ncloses NMRK1` here', 'markdown', 'closes NMRK1');
});

test('markdown: link and image destinations, titles, labels and reference definitions', () => {
  const md = 'See [NMRK1](https://example.org/NMRK1 "NMRK1 title") and ![NAMPT](img/NAMPT.png).';
  assertProse(md, 'markdown', 'NMRK1');
  assertExcluded(md, 'markdown', '(https://example.org/NMRK1 "NMRK1 title")');
  assertExcluded(md, 'markdown', '(img/NAMPT.png)');
  assertProse(md, 'markdown', 'NAMPT');
  assertExcluded('[a](<path with NMRK1.md>)', 'markdown', 'NMRK1');
  assertExcluded('[a](x_(NMRK1)_y)', 'markdown', 'NMRK1');
  assertProse('[a](see NMRK1 below)', 'markdown', 'NMRK1');
  assertExcluded('Read [the card][NMRK1] now.', 'markdown', '[NMRK1]');
  const def = 'Text\n\n[NMRK1]: https://example.org/nmrk1 "NMRK1"\n\nNMRK1 prose';
  assertExcluded(def, 'markdown', '[NMRK1]: https://example.org/nmrk1 "NMRK1"');
  assertProse(def, 'markdown', 'NMRK1 prose');
  const note = '[^1]: NMRK1 is a kinase.';
  assertExcluded(note, 'markdown', '[^1]:');
  assertProse(note, 'markdown', 'NMRK1 is a kinase.');
});

test('markdown: autolinks, bare URLs and e-mail addresses', () => {
  assertExcluded('Go to <https://example.org/NMRK1> now', 'markdown', '<https://example.org/NMRK1>');
  assertExcluded('Mail <lab@example.org>', 'markdown', '<lab@example.org>');
  const bare = 'Data (see https://example.org/NMRK1_(gene)), www.NMRK1.org. and ftp://x.org/NAMPT';
  assert.deepEqual(excluded(bare, 'markdown'), ['https://example.org/NMRK1_(gene)', 'www.NMRK1.org', 'ftp://x.org/NAMPT']);
  assert.deepEqual(excluded('Write to nmrk1.lab@example.org.', 'markdown'), ['nmrk1.lab@example.org']);
  assertProse('NMRK1@home is not an address', 'markdown', 'NMRK1@home');
  assertProse('thehttp://x is mid-word', 'markdown', 'thehttp');
});

test('markdown: HTML comments and tags, not the text between tags', () => {
  const md = 'A <span class="gene NMRK1">NMRK1</span> b <!-- NAMPT --> c <br/>';
  assert.deepEqual(excluded(md, 'markdown'), ['<span class="gene NMRK1">', '</span>', '<!-- NAMPT -->', '<br/>']);
  const block = 'Top\n\n<!--\nNMRK1\n\nNAMPT\n-->\nNMN after';
  assertExcluded(block, 'markdown', 'NMRK1');
  assertExcluded(block, 'markdown', 'NAMPT');
  assertProse(block, 'markdown', 'NMN after');
  assertExcluded('<!-- never closed\n\nNMRK1', 'markdown', 'NMRK1');
  assertProse('a < b and c > d NMRK1', 'markdown', 'NMRK1');
  assertProse('inline <!-- unclosed NMRK1', 'markdown', 'NMRK1');
});

test('markdown: math and ordinary punctuation stay prose', () => {
  assertProse('The $NAD^+$ pool and $$NMRK1$$.', 'markdown', 'NAD^+');
  assertProse('# NMRK1 heading\n\n| NMRK1 | NAMPT |\n|---|---|', 'markdown', 'NAMPT');
  assertProse('Windows\r\nline NMRK1\r\n', 'markdown', 'NMRK1');
  assertExcluded('x\r\n\r\n```\r\nNMRK1\r\n```\r\n', 'markdown', 'NMRK1');
  assertExcluded('x\r\r```\rNMRK1\r```\rNAMPT', 'markdown', 'NMRK1');
  assertProse('x\r\r```\rNMRK1\r```\rNAMPT', 'markdown', 'NAMPT');
});

test('latex: comments, but not \\%', () => {
  const tex = 'NMRK1 rose 50\\% here % NAMPT note\nNMN';
  assert.deepEqual(excluded(tex, 'latex'), ['\\%', '% NAMPT note']);
  assertProse(tex, 'latex', 'NMN');
});

test('latex: command names are skipped, their text arguments are prose', () => {
  const tex = '\\section*{NMRK1} \\textbf{NAMPT} and \\emph{NMN}.';
  assert.deepEqual(excluded(tex, 'latex'), ['\\section*', '\\textbf', '\\emph']);
});

test('latex: key-like arguments are excluded whole', () => {
  const cases: [string, string[]][] = [
    ['See \\label{fig:NMRK1} x', ['\\label{fig:NMRK1}']],
    ['\\ref{NMRK1} \\eqref{NMRK1} \\autoref{NMRK1}', ['\\ref{NMRK1}', '\\eqref{NMRK1}', '\\autoref{NMRK1}']],
    ['As \\cite[p.~5]{NMRK1} said', ['\\cite[p.~5]{NMRK1}']],
    ['\\citep[see][ch.~2]{NMRK1,NAMPT}', ['\\citep[see][ch.~2]{NMRK1,NAMPT}']],
    ['\\parencite{NMRK1} \\textcite{NMRK1} \\nocite{NMRK1}', ['\\parencite{NMRK1}', '\\textcite{NMRK1}', '\\nocite{NMRK1}']],
    ['\\citet {NMRK1} \\cite*{NMRK1}', ['\\citet {NMRK1}', '\\cite*{NMRK1}']],
    ['\\input{NMRK1} \\include{NMRK1} \\input NAMPT.tex x', ['\\input{NMRK1}', '\\include{NMRK1}', '\\input NAMPT.tex']],
    ['\\usepackage[NMRK1]{x}', ['\\usepackage[NMRK1]{x}']],
    ['\\documentclass[a4]{article}', ['\\documentclass[a4]{article}']],
    ['\\bibliography{NMRK1}\\bibliographystyle{plain}', ['\\bibliography{NMRK1}\\bibliographystyle{plain}']],
    ['\\url{https://x.org/NMRK1}', ['\\url{https://x.org/NMRK1}']],
    ['\\includegraphics[width=3cm]{NMRK1.png}', ['\\includegraphics[width=3cm]{NMRK1.png}']],
    ['\\cref{NMRK1} \\Cref{NMRK1} \\pageref{NMRK1}', ['\\cref{NMRK1}', '\\Cref{NMRK1}', '\\pageref{NMRK1}']],
    ['\\label{a{b}c} NMRK1', ['\\label{a{b}c}']],
  ];
  for (const [tex, expected] of cases) assert.deepEqual(excluded(tex, 'latex'), expected, tex);
  const href = '\\href{https://x.org/NMRK1}{the NMRK1 page}';
  assert.deepEqual(excluded(href, 'latex'), ['\\href{https://x.org/NMRK1}']);
  const env = '\\begin{itemize}\\item NMRK1\\end{itemize}';
  assert.deepEqual(excluded(env, 'latex'), ['\\begin{itemize}\\item', '\\end{itemize}']);
  // An unclosed key argument stops at the end of its paragraph.
  const open = '\\cite{NMRK1\nstill key\n\nNAMPT prose';
  assertExcluded(open, 'latex', 'still key');
  assertProse(open, 'latex', 'NAMPT prose');
});

test('latex: verbatim-like environments and \\verb', () => {
  const tex = 'A\n\\begin{verbatim}\nNMRK1 % not a comment\n\\end{verbatim}\nNAMPT';
  assert.deepEqual(excluded(tex, 'latex'), ['\\begin{verbatim}\nNMRK1 % not a comment\n\\end{verbatim}']);
  assertExcluded('\\begin{lstlisting}[language=C]\nNMRK1\n\\end{lstlisting}', 'latex', 'NMRK1');
  assertExcluded('\\begin{minted}{python}\nNMRK1()\n\\end{minted} NAMPT', 'latex', 'NMRK1');
  assertProse('\\begin{minted}{python}\nNMRK1()\n\\end{minted} NAMPT', 'latex', 'NAMPT');
  assertExcluded('\\begin{comment}\nNMRK1\n\\end{comment}', 'latex', 'NMRK1');
  assertExcluded('\\begin{verbatim}\nNMRK1 never closed', 'latex', 'NMRK1');
  assertExcluded('Code \\verb|NMRK1| and \\verb*+NAMPT+ x', 'latex', '|NMRK1|');
  assertExcluded('Code \\verb|NMRK1| and \\verb*+NAMPT+ x', 'latex', '+NAMPT+');
  assertProse('Code \\verb|NMRK1| and \\verb*+NAMPT+ x', 'latex', ' x');
});

test('latex: URLs and e-mail addresses in prose; math stays prose', () => {
  assert.deepEqual(excluded('Mail a.b@x.org or see https://x.org.', 'latex'), ['a.b@x.org', 'https://x.org']);
  assertProse('The $\\mathrm{NAD}^+$ pool', 'latex', 'NAD');
});

test('plain text: only URLs and e-mail addresses', () => {
  const txt = 'Use `NMRK1` <b>NAMPT</b> https://x.org/NMRK1 and lab@x.org % NMN';
  assert.deepEqual(excluded(txt, 'plaintext'), ['https://x.org/NMRK1', 'lab@x.org']);
});

test('regions are sorted, non-overlapping and within the text', () => {
  const md = '---\na: 1\n---\n`a` <b>x</b> [l](u) https://x.org a@b.co\n\n```\nc\n```\n<!-- z -->';
  for (const language of ['markdown', 'latex', 'plaintext'] as const) {
    assertWellFormed(excludedRegions(md, language), md.length);
  }
});

test('isExcluded and regionIndexAt find a region by binary search', () => {
  const regions = [{ start: 2, end: 4 }, { start: 10, end: 11 }, { start: 20, end: 30 }];
  assert.deepEqual([1, 2, 3, 4, 9, 10, 11, 19, 20, 29, 30].map((o) => isExcluded(regions, o)),
    [false, true, true, false, false, true, false, false, true, true, false]);
  assert.equal(regionIndexAt(regions, 25), 2);
  assert.equal(regionIndexAt([], 0), -1);
});

test('never throws and stays linear on hostile input', () => {
  const hostile = [
    '`'.repeat(5000) + 'x' + '``'.repeat(3000),
    '<!--'.repeat(20000),
    '](x "'.repeat(20000),
    '<a x="'.repeat(20000),
    '@'.repeat(50000) + 'a@'.repeat(20000),
    '\\cite{'.repeat(20000),
    '\\verb|'.repeat(20000),
    '\ud800\udc00\udfff'.repeat(10000),
    '[' + 'a]'.repeat(30000),
  ];
  for (const text of hostile) {
    for (const language of ['markdown', 'latex', 'plaintext'] as const) {
      assertWellFormed(excludedRegions(text, language), text.length);
    }
  }
  assert.deepEqual(excludedRegions('', 'markdown'), []);
});
