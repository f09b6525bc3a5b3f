// Quarto and R Markdown (language kind `pandoc`): code chunks, front matter, citations, cross-references, math,
// attributes, div fences, shortcodes and inline code are not prose; the prose around them is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { excludedRegions } from '../../server/src/core/markup/regions';
import { languageKindOf } from '../../server/src/core/types';
import { loadShippedProfileDocuments } from '../helpers/profiles';
import { coveredChars } from '../helpers/regions';

const covered = (text: string, needle: string, nth = 0): number => coveredChars(text, 'pandoc', needle, nth);

const excluded = (text: string, needle: string, nth = 0): void =>
  assert.equal(covered(text, needle, nth), needle.length, `"${needle}" should be excluded in ${JSON.stringify(text)}`);
const prose = (text: string, needle: string, nth = 0): void =>
  assert.equal(covered(text, needle, nth), 0, `"${needle}" should be prose in ${JSON.stringify(text)}`);

test('quarto and rmd language ids and file extensions read as pandoc', () => {
  for (const id of ['quarto', 'rmd', 'qmd', '.Rmd', 'RMarkdown']) assert.equal(languageKindOf(id), 'pandoc', id);
  assert.equal(languageKindOf('markdown'), 'markdown');
});

test('code chunks ```{r} and ```{python} with their options are code; the text after them is prose', () => {
  const doc = 'NMRK1 is prose.\n\n```{r}\n#| label: fig-nmrk1\nplot(NMRK1)\n```\n\n```{python echo=FALSE}\nNAMPT = 1\n```\n\nAfter NAMPT.\n';
  excluded(doc, 'plot(NMRK1)');
  excluded(doc, '#| label: fig-nmrk1');
  excluded(doc, 'NAMPT = 1');
  prose(doc, 'NMRK1 is prose');
  prose(doc, 'After NAMPT');
});

test('YAML front matter is not prose', () => {
  const doc = '---\ntitle: "NMRK1 in ageing"\nbibliography: refs.bib\n---\n\nNMRK1 text.\n';
  excluded(doc, 'title: "NMRK1 in ageing"');
  prose(doc, 'NMRK1 text');
});

test('inline code: `r x` (R Markdown) and `{r} x` (Quarto)', () => {
  const doc = 'We measured `r nrow(NMRK1)` samples and `{r} mean(NAMPT)` on average of NMRK1.\n';
  excluded(doc, '`r nrow(NMRK1)`');
  excluded(doc, '`{r} mean(NAMPT)`');
  prose(doc, 'NMRK1.');
});

test('citations: bracketed with prefixes, locators and several keys, and in text', () => {
  const doc = 'NMRK1 makes NMN [@smith2020]. See [see @TP53review, p. 33; -@BRCA1_2019] and @NAMPT2018 says so.\n';
  excluded(doc, '[@smith2020]');
  excluded(doc, '[see @TP53review, p. 33; -@BRCA1_2019]');
  excluded(doc, '@NAMPT2018');
  prose(doc, 'NMRK1 makes NMN');
  prose(doc, '. See');
  prose(doc, ' says so.');
  // The sentence's full stop after an in-text citation is the sentence's.
  const end = 'As @smith2020.\n';
  excluded(end, '@smith2020');
  prose(end, '.\n');
});

test('cross-references: @fig-x, @tbl-x, @sec-x and bookdown \\@ref(fig:x)', () => {
  const doc = 'NMRK1 rises (@fig-NMRK1, @tbl-NAMPT) as \\@ref(fig:SIRT1) shows in @sec-intro.\n';
  excluded(doc, '@fig-NMRK1');
  excluded(doc, '@tbl-NAMPT');
  excluded(doc, '\\@ref(fig:SIRT1)');
  excluded(doc, '@sec-intro');
  prose(doc, 'NMRK1 rises');
});

test('an e-mail address and a link are not citations; a link keeps its text as prose', () => {
  const doc = 'Write to a.b@NMRK1.org about [NAMPT](https://x.org) and [SIRT1]{.smallcaps}.\n';
  prose(doc, 'NAMPT');
  prose(doc, 'SIRT1');
  excluded(doc, '{.smallcaps}');
});

test('TeX math inline and display; prices stay prose', () => {
  const doc = 'Flux $k_{NMRK1} = 2$ and\n\n$$\nV = NAMPT \\cdot x\n$$\n\nIt costs $5 and $10 for NMRK1.\n';
  excluded(doc, '$k_{NMRK1} = 2$');
  excluded(doc, 'V = NAMPT \\cdot x');
  prose(doc, '$5 and $10 for NMRK1');
  prose('An escaped \\$NMRK1$ sign.', 'NMRK1');
  // A blank line ends a paragraph: unclosed math does not swallow the next one.
  prose('Open $$ math\n\nNMRK1 after.\n', 'NMRK1 after');
});

test('attributes, div fences and shortcodes are markup; the div content is prose', () => {
  const doc = '## NMRK1 results {#sec-nmrk1 .unnumbered}\n\n::: {.callout-note title="NAMPT"}\nNMRK1 inside.\n:::\n\n{{< include _NAMPT.qmd >}}\n\n![NAMPT levels](fig.png){#fig-nampt width=50%}\n';
  excluded(doc, '{#sec-nmrk1 .unnumbered}');
  excluded(doc, '::: {.callout-note title="NAMPT"}');
  excluded(doc, '{{< include _NAMPT.qmd >}}');
  excluded(doc, '{#fig-nampt width=50%}');
  prose(doc, 'NMRK1 results');
  prose(doc, 'NMRK1 inside');
  prose(doc, 'NAMPT levels');
});

test('regions are sorted, do not overlap, and stay linear on hostile input', () => {
  const hostile = `${'[@'.repeat(20000)} ${'$a'.repeat(20000)} ${'{#'.repeat(20000)} ${'@x-'.repeat(20000)}`;
  const regions = excludedRegions(hostile, 'pandoc');
  let last = -1;
  for (const r of regions) {
    assert.ok(r.start > last && r.start < r.end && r.end <= hostile.length);
    last = r.end;
  }
});

test('a Quarto document through the service: claims in prose, none in chunks or citation keys', () => {
  const service = createLanguageService({ profiles: loadShippedProfileDocuments() });
  const text = [
    '---',
    'title: "AMPK inhibits NMRK1"',
    '---',
    '',
    'AMPK inhibits NMRK1 [@NAMPT2020].',
    '',
    '```{r}',
    '# AMPK inhibits NMRK1.',
    '```',
    '',
    'See @fig-SIRT1 and `r NAMPT`.',
    '',
  ].join('\n');
  for (const language of ['quarto', 'rmd']) {
    const uri = `file:///notes/paper.${language}`;
    const analysis = service.analyze(TextDocument.create(uri, language, 1, text));
    const found = analysis.findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] ?? '', /^claim-contradicted AMPK inhibits NMRK1/);
    assert.ok(analysis.findings[0] && analysis.findings[0].start === text.indexOf('AMPK inhibits NMRK1 ['));
    const mentioned = analysis.mentions.map((m) => m.text);
    assert.deepEqual(mentioned, ['AMPK', 'NMRK1'], language);
    service.forget(uri);
  }
});
