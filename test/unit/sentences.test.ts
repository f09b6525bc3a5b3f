import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskExcluded, splitSentences } from '../../server/src/core/claims/sentences/splitter';
import type { LanguageKind } from '../../server/src/core/types';

function sentences(text: string, language: LanguageKind = 'markdown'): string[] {
  return splitSentences(text, language).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits prose at sentence ends and keeps document offsets', () => {
    const text = 'NMRK1 makes NMN. AMPK activates it!  Does SIRT1? Yes.';
    const spans = splitSentences(text, 'plaintext');
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['NMRK1 makes NMN.', 'AMPK activates it!', 'Does SIRT1?', 'Yes.']);
    assert.equal(spans[1]!.start, text.indexOf('AMPK'));
  });

  it('does not end a sentence at abbreviations, initials or decimals', () => {
    assert.deepEqual(sentences('NMRK1 acts on NR, e.g. in liver, i.e. everywhere. Ratajczak et al. Showed this in Fig. 2 vs. NMRK2.'), [
      'NMRK1 acts on NR, e.g. in liver, i.e. everywhere.',
      'Ratajczak et al. Showed this in Fig. 2 vs. NMRK2.',
    ]);
    assert.deepEqual(sentences('NAD+ rose approx. 3.5 fold (cf. Table 1). J. Smith agreed.'), ['NAD+ rose approx. 3.5 fold (cf. Table 1).', 'J. Smith agreed.']);
  });

  it('joins the lines of a paragraph and splits paragraphs at blank lines', () => {
    assert.deepEqual(sentences('NMRK1 is a kinase\non chromosome 9.\n\nNMRK2 is its cousin'), ['NMRK1 is a kinase\non chromosome 9.', 'NMRK2 is its cousin']);
  });

  it('makes Markdown headings, list items and table cells units of their own', () => {
    const text = '# NMRK1 overview\nNMRK1 makes NMN\n- AMPK activates NMRK1\n- High glucose suppresses it\n\n| Gene | Role |\n|---|---|\n| NMRK1 | kinase |\n';
    assert.deepEqual(sentences(text), ['NMRK1 overview', 'NMRK1 makes NMN', 'AMPK activates NMRK1', 'High glucose suppresses it', 'Gene', 'Role', 'NMRK1', 'kinase']);
  });

  it('skips code, URLs and comments (excludedRegions), which neither hold claims nor end sentences', () => {
    const text = 'Example: `NMRK1 blocks NAD+. Really.` is code.\n\n```\nNMRK1 inhibits SIRT1.\n```\n\n<!-- SIRT1 inhibits NMRK1. -->\nSee https://x.org/a.b for NMRK1.';
    const got = sentences(text);
    assert.equal(got.length, 2);
    assert.ok(got[0]!.startsWith('Example:') && got[0]!.endsWith('is code.'));
    assert.ok(got[1]!.startsWith('See ') && got[1]!.endsWith('for NMRK1.'));
    const masked = maskExcluded(text, [{ start: 9, end: 37 }]);
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes('blocks'));
  });

  it('treats LaTeX sections, items and table cells as units and skips comments', () => {
    const text = '\\section{NMRK1 biology}\nNMRK1 makes NMN. % AMPK inhibits NMRK1\n\\begin{itemize}\n\\item AMPK activates NMRK1\n\\item SIRT1 too\n\\end{itemize}\nA & B \\\\\n';
    const got = sentences(text, 'latex').map((s) => s.replace(/[{}]/g, '').trim());
    assert.ok(got.includes('NMRK1 makes NMN.'));
    assert.ok(got.some((s) => s.endsWith('AMPK activates NMRK1')));
    assert.ok(got.some((s) => s.endsWith('SIRT1 too')));
    assert.ok(!got.some((s) => s.includes('AMPK inhibits')));
    assert.ok(got.includes('A') && got.includes('B'));
  });

  it('in plain text, a short unpunctuated line between sentences is a heading; bullets are units', () => {
    const text = 'NMRK1 makes NMN.\nUpstream Regulators\nAMPK Activator\nThe master energy sensor.\n- NMRK1 is a kinase\n- • SIRT1 is a sirtuin\n';
    assert.deepEqual(sentences(text, 'plaintext'), ['NMRK1 makes NMN.', 'Upstream Regulators', 'AMPK Activator', 'The master energy sensor.', 'NMRK1 is a kinase', '• SIRT1 is a sirtuin']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '.', '...', '\n\n\n', '| | |', '# ', '\\item', 'a'.repeat(10000), '?!'.repeat(100)]) {
      for (const language of ['markdown', 'latex', 'plaintext'] as const) assert.doesNotThrow(() => splitSentences(text, language));
    }
  });
});
