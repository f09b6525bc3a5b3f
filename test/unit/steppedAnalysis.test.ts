// The full analysis in steps (core/analysis/stepped.ts), as the server runs it for a large document: chunk after chunk
// at paragraph boundaries, it finds what one full analysis finds (mentions, claims findings, hints, regions), with any
// chunk size; a job follows the edits made while it runs, is finished by a request that needs it now, and is cancelled
// when the document closes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument, type DocumentAnalysis, type LanguageKind } from '../../server/src/core';
import { DocumentAnalyzer, STEPPED_ABOVE } from '../../server/src/core/analysis/analyzer';
import { analyzeInSteps, chunkAt, type SteppedResult } from '../../server/src/core/analysis/stepped';
import { runToEnd } from '../../server/src/core/steps';
import { excludedRegions } from '../../server/src/core/markup/regions';
import { geneService } from '../helpers/genes';

const service = geneService();

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES: Partial<Record<LanguageKind, string[]>> = {
  markdown: [
    'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
    'AMPK inhibits NMRK1 in muscle. NMRK1 activates mTOR signaling.',
    'Nicotinamide riboside kinase 2 (NRK2) is made in muscle; NRK2 rises.',
    'Calorie restriction (CR) extends life; CR lowers insulin.',
    'A CAT scan and the CAT gene; SET the value; SET expression was high.',
    '```\nNMRK1 in code\n\nstill code TP53\n```',
    '```\nan unclosed fence about NMRK1\n\nTP53',
    '<!-- a comment about NMRK1\n\nstill a comment -->',
    '---\nnot front matter NMRK1',
    '# Heading about SIRT3 and TP53',
    '- SIRT1 activates deacetylation targets.\n- `NAD+` in code.\n\n    continued NMRK1 in the list',
    'See [the profile](https://example.org/NMRK1) and rs12611 with BRCA1.',
    'Die Proteinkinase NMRK1 wird exprimiert — über 90 %; 細胞 TP53.',
    'Expression of p63 protein and of p38 kinase fell. RPE65 and MAPK14 were measured.',
    '    indented code NMRK1',
    'NMRK1 inhibits SIRT3 according to one preprint. <!-- genelens-disable-next-line -->',
  ],
  latex: [
    'NMRK1 converts nicotinamide riboside into NMN.',
    'AMPK inhibits NMRK1 in muscle. \\textit{SET} and \\gene{MAX} here.',
    '\\begin{verbatim}\nNMRK1 in code\n\nTP53\n\\end{verbatim}',
    '\\begin{verbatim}\nunclosed NMRK1\n\nTP53',
    '% a comment about NMRK1',
    '\\section{SIRT3 and TP53}',
    'The CAT gene and $x = NMRK1$ math; \\cite{NMRK1} key.',
  ],
  pandoc: [
    'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
    '---\ntitle: NMRK1\n---',
    '```{r}\nx <- "NMRK1"\n\nmore TP53\n```',
    'As shown in @fig-nmrk1 and [@smith2020], AMPK inhibits NMRK1; `r NMRK1` inline.',
    'Nicotinamide riboside kinase 2 (NRK2) is made in muscle; NRK2 rises.',
    '```{r}\nNMRK1 <- 1\n```\n\nAMPK inhibits NMRK1 [@smith2020]; see @fig-nmrk1.',
    'Inline `r NMRK1` code and SIRT3 in prose.',
  ],
  plaintext: [
    'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
    'AMPK inhibits NMRK1. See https://example.org/NMRK1 for more.',
    'The MAX dose; the MAX gene; P53 and AAC1 here.',
    'Expression of p63 protein and of p38 kinase fell; RPE65 did not.',
  ],
};

function randomText(next: () => number, language: LanguageKind, paragraphs: number): string {
  const pool = PIECES[language] ?? [];
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(pool[Math.floor(next() * pool.length)] ?? '');
    const r = next();
    parts.push(r < 0.6 ? '\n\n' : r < 0.8 ? '\n' : r < 0.9 ? ' ' : '\n\n\n');
  }
  return parts.join('');
}

function summary(a: { mentions: readonly unknown[]; findings: readonly unknown[]; hints?: readonly unknown[] }): unknown {
  return JSON.parse(
    JSON.stringify({
      mentions: a.mentions,
      findings: (a.findings as { code: string; start: number; end: number; message: string; fixes: unknown }[]).map((f) => [f.code, f.start, f.end, f.message, f.fixes]),
      hints: ((a.hints ?? []) as { code: string; start: number; end: number; message: string }[]).map((h) => [h.code, h.start, h.end, h.message]),
    }),
  ) as unknown;
}

let fresh = 0;
/** A full analysis of the text, read before the copy is forgotten (which empties its lists). */
function fullOf(text: string, language: string): unknown {
  const uri = `file:///stepped/full-${++fresh}`;
  const result = summary(service.analyze(TextDocument.create(uri, language, 1, text)));
  service.forget(uri);
  return result;
}

describe('analysis in steps', () => {
  const analyzer = new DocumentAnalyzer(service.lexicon);

  for (const language of ['markdown', 'latex', 'plaintext', 'pandoc'] as const) {
    it(`equals one full analysis, whatever the chunk size (${language})`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const next = rng(seed * 104729 + language.length);
        const text = randomText(next, language, 40);
        const languageId = language === 'pandoc' ? 'quarto' : language;
        const full = analyzer.analyze(TextDocument.create(`file:///stepped/${language}-${seed}`, languageId, 1, text));
        const expected = { ...(summary(full) as object), regions: excludedRegions(text, language) };
        analyzer.forget(full.uri);
        for (const size of [1, 50, 400, 100_000]) {
          const result: SteppedResult = runToEnd(analyzeInSteps(analyzer, text, language, size));
          assert.deepEqual({ ...(summary(result) as object), regions: result.regions }, expected, `seed ${seed}, chunk ${size}:\n${text}`);
          assert.equal(result.directives, text.includes('genelens-'));
        }
      }
    });
  }

  it('cuts chunks at paragraph boundaries, growing one while a region is still open at its end', () => {
    const text = 'NMRK1 here.\n\n```\ncode\n\nmore code\n```\n\nAMPK inhibits NMRK1.\n';
    const first = chunkAt(text, 0, 'markdown', 1);
    assert.equal(text.slice(0, first.b), 'NMRK1 here.\n\n');
    const second = chunkAt(text, first.b, 'markdown', 1);
    assert.equal(text.slice(first.b, second.b), '```\ncode\n\nmore code\n```\n\n', 'the fence is not cut');
  });

  /** A document over STEPPED_ABOVE: paragraphs of the bench's kind. */
  function largeText(seed: number): string {
    const next = rng(seed);
    let text = '';
    while (text.length <= STEPPED_ABOVE * 1.5) text += randomText(next, 'markdown', 50);
    return text;
  }

  it('analyses a large document in many steps, to what a full analysis finds', () => {
    const text = largeText(7);
    const doc = EditableDocument.create('file:///stepped/large.md', 'markdown', 1, text);
    const steps = service.analyzeInSteps(doc);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.ok(count > 10, `${count} steps`);
    assert.ok(step.value);
    assert.deepEqual(summary(step.value), fullOf(text, 'markdown'));
    // Cached now: at once.
    assert.equal(service.analyzeInSteps(doc).next().done, true);
    service.forget(doc.uri);
  });

  it('follows the edits made while it runs, and ends with the analysis of the current text', () => {
    const text = largeText(11);
    const doc = EditableDocument.create('file:///stepped/edited.md', 'markdown', 1, text);
    const steps = service.analyzeInSteps(doc);
    for (let i = 0; i < 5; i++) assert.equal(steps.next().done, false);
    const at = doc.positionAt(text.indexOf('\n\n', text.length >> 1));
    service.update(doc, [{ range: { start: at, end: at }, text: ' AMPK inhibits NMRK1.' }], 2);
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.ok(step.value, 'not cancelled by an edit it can follow');
    assert.equal(step.value.version, 2);
    assert.deepEqual(summary(step.value), fullOf(doc.getText(), 'markdown'));
    service.forget(doc.uri);
  });

  it('is finished at once by a request that needs the analysis now, and shared by every caller', () => {
    const text = largeText(13);
    const doc = EditableDocument.create('file:///stepped/shared.md', 'markdown', 1, text);
    const first = service.analyzeInSteps(doc);
    const second = service.analyzeInSteps(doc);
    for (let i = 0; i < 3; i++) {
      first.next();
      second.next();
    }
    const now: DocumentAnalysis = service.analyze(doc);
    assert.deepEqual(summary(now), fullOf(text, 'markdown'));
    const rest = first.next();
    assert.equal(rest.done, true);
    assert.equal(rest.value, now);
    service.forget(doc.uri);
  });

  it('is cancelled when the document closes, and when it changes in a way it cannot follow', () => {
    const text = largeText(17);
    const doc = EditableDocument.create('file:///stepped/closed.md', 'markdown', 1, text);
    const steps = service.analyzeInSteps(doc);
    steps.next();
    steps.next();
    service.forget(doc.uri);
    assert.deepEqual(steps.next(), { done: true, value: undefined });

    const other = EditableDocument.create('file:///stepped/replaced.md', 'markdown', 1, text);
    const again = service.analyzeInSteps(other);
    again.next();
    again.next();
    service.update(other, [{ text: 'NMRK1 alone.' }], 2);
    assert.deepEqual(again.next(), { done: true, value: undefined });
    assert.deepEqual(summary(service.analyze(other)), fullOf('NMRK1 alone.', 'markdown'));
    service.forget(other.uri);
  });
});
