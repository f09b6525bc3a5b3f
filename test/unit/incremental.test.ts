// Incremental analysis: after each edit of random edit sequences (typing, deleting, pasting paragraphs, opening and
// closing code fences, comments and LaTeX environments), the spliced analysis equals a full analysis of the same text:
// mentions, claims findings, hints, and the ranges diagnostics are made from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditableDocument, type DocumentAnalysis } from '../../server/src/core';
import { changedWindow } from '../../server/src/core/analysis/edits';
import { DeferredSpans, spliceInPlace } from '../../server/src/core/analysis/splice';
import { geneService } from '../helpers/genes';

const service = geneService();

/** A seeded generator: the same sequences on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PARAGRAPHS: Record<string, string[]> = {
  markdown: [
    'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
    'AMPK inhibits NMRK1 in muscle.',
    'NMRK1 activates mTOR signaling.',
    'The alias NRK1 still appears; the AAC1 gene and a P53 mutation too.',
    'A CAT scan and the CAT gene; SET the value; SET expression was high.',
    '```\nNMRK1 in code\n\nstill code TP53\n```',
    '<!-- a comment about NMRK1\n\nstill a comment -->',
    '# Heading about SIRT3 and TP53',
    '- SIRT1 activates deacetylation targets.\n- `NAD+` in code.',
    'See [the profile](https://example.org/NMRK1) and rs12611 with BRCA1.',
    'Die Proteinkinase NMRK1 wird exprimiert — über 90 %; 細胞 TP53.',
    'Expression of p63 protein and of p38 kinase fell.',
    'RPE65 and MAPK14 were both measured.',
    '    indented code NMRK1',
  ],
  latex: [
    'NMRK1 converts nicotinamide riboside into NMN.',
    'AMPK inhibits NMRK1 in muscle. \\textit{SET} and \\gene{MAX} here.',
    '\\begin{verbatim}\nNMRK1 in code\n\nTP53\n\\end{verbatim}',
    '% a comment about NMRK1',
    '\\section{SIRT3 and TP53}',
    'The CAT gene and $x = NMRK1$ math; \\cite{NMRK1} key.',
  ],
  plaintext: [
    'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise.',
    'AMPK inhibits NMRK1. See https://example.org/NMRK1 for more.',
    'The MAX dose; the MAX gene; P53 and AAC1 here.',
    'TP53 and BRCA1 variants were genotyped alongside APOE and rs12611.',
    'Expression of p63 protein and of p38 kinase fell; RPE65 did not.',
  ],
};

const SNIPPETS = ['\n\n', '\n', ' ', 'x', 'NMRK1', ' gene ', '```', '```\n', '<!--', '-->', '`', '*SET*', 'SET', '.', 'NMRK1 inhibits SIRT3. ', '\\begin{verbatim}', '\\end{verbatim}', '%', '$', '---\n', '    ', 'TP53 ', '\r\n', '#', 'RPE65 ', 'MAPK14 ', ' p63 protein '];

function randomText(next: () => number, language: string, paragraphs: number): string {
  const pool = PARAGRAPHS[language] ?? [];
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) parts.push(pool[Math.floor(next() * pool.length)] ?? '');
  return parts.join('\n\n') + '\n';
}

function randomChange(next: () => number, doc: TextDocument, language: string): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const at = Math.floor(next() * (text.length + 1));
  const r = next();
  let end = at;
  let insert = '';
  if (r < 0.45) insert = SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '';
  else if (r < 0.7) end = Math.min(text.length, at + 1 + Math.floor(next() * 12));
  else if (r < 0.85) insert = `\n\n${randomText(next, language, 1)}`;
  else {
    end = Math.min(text.length, at + Math.floor(next() * 60));
    insert = SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '';
  }
  return { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert };
}

/** What an analysis says, in a comparable form (ranges: see `diagnostics`). */
function summary(a: DocumentAnalysis): unknown {
  return {
    mentions: a.mentions.map((m) => [m.start, m.end, m.text, m.entityId, m.kind, m.via, m.known, m.candidates ?? null]),
    findings: a.findings.map((f) => [f.code, f.start, f.end, f.message, f.fixes.map((x) => [x.title, x.edits])]),
    hints: (a.hints ?? []).map((h) => [h.code, h.start, h.end, h.message, h.fixes.map((x) => [x.title, x.edits])]),
  };
}

/**
 * The diagnostics, in a comparable form. Their ranges are made once per finding and then kept current by the analyzer
 * across edits: after edits, they must equal those of a fresh analysis.
 */
function diagnostics(doc: TextDocument): unknown {
  return service.getDiagnostics(doc).map((d) => [d.code, d.message, d.range]);
}

let fresh = 0;
/** What a full analysis of the document's text finds (read before the copy is forgotten, which empties its lists). */
function fullAnalysis(doc: TextDocument): { summary: unknown; diagnostics: unknown } {
  const uri = `file:///full/${++fresh}`;
  const copy = TextDocument.create(uri, doc.languageId, 1, doc.getText());
  const result = { summary: summary(service.analyze(copy)), diagnostics: diagnostics(copy) };
  service.forget(uri);
  return result;
}

describe('incremental analysis', () => {
  it('merges edits into one changed window, in the new text\'s offsets', () => {
    assert.deepEqual(changedWindow([{ start: 10, end: 10, length: 1 }]), { start: 10, end: 11, delta: 1 });
    assert.deepEqual(changedWindow([{ start: 10, end: 10, length: 1 }, { start: 30, end: 35, length: 0 }]), { start: 10, end: 30, delta: -4 });
    assert.deepEqual(changedWindow([{ start: 30, end: 30, length: 2 }, { start: 5, end: 6, length: 0 }]), { start: 5, end: 31, delta: 1 });
    assert.equal(changedWindow([]), undefined);
  });

  // The library's TextDocument (the CLI's), and EditableDocument (the server's: its text in 8 KB chunks, so the
  // longer texts span several).
  const kinds = [
    { name: 'TextDocument', paragraphs: 14, create: TextDocument.create },
    { name: 'EditableDocument', paragraphs: 300, create: EditableDocument.create },
  ];
  const cases = kinds.flatMap((kind) => ['markdown', 'latex', 'plaintext'].map((language) => ({ kind, language })));
  it('splices a window\'s items in place, however many (more than a call\'s arguments may hold)', () => {
    const span = (start: number) => ({ start, end: start + 1 });
    for (const count of [3, 20_000]) {
      const items = [0, 10, 20, 30, 40].map(span);
      const fresh = Array.from({ length: count }, (_, k) => span(15 + k / count));
      assert.equal(spliceInPlace(items, 15, 25, fresh), 2 + count);
      assert.deepEqual(items, [span(0), span(10), ...fresh, span(30), span(40)]);
      const spans = [0, 10, 20, 30, 40].map(span);
      const deferred = new DeferredSpans(spans);
      deferred.splice(15, 25, fresh, 5);
      assert.deepEqual(deferred.settled(), [span(0), span(10), ...fresh, span(35), span(45)]);
    }
  });

  for (const { kind, language } of cases) {
    it(`equals a full analysis after every edit of random sequences (${language}, ${kind.name})`, () => {
      const seeds = Number(process.env.GENELENS_INCREMENTAL_SEEDS) || 6;
      for (let seed = 1; seed <= seeds; seed++) {
        const next = rng(seed * 7919 + language.length);
        const doc = kind.create(`file:///incremental/${language}-${seed}`, language, 1, randomText(next, language, kind.paragraphs));
        service.analyze(doc);
        for (let step = 0; step < 30; step++) {
          const changes = [randomChange(next, doc, language)];
          // Now and then several changes in one event, as editors send for multi-cursor edits: each range is in the
          // text the changes before it made.
          if (next() < 0.2) {
            const after = TextDocument.create('file:///scratch', language, 1, doc.getText());
            TextDocument.update(after, changes, 2);
            changes.push(randomChange(next, after, language));
          }
          service.update(doc, changes, doc.version + 1);
          // Sometimes two edits before the next analysis (the analysis runs after a debounce).
          if (next() < 0.3) continue;
          // Sometimes a hover's read (mentions only, no findings) before the next edit: the window's claims stay due.
          if (next() < 0.2) {
            assert.ok(service.analyze(doc).mentions.length >= 0);
            continue;
          }
          const full = fullAnalysis(doc);
          assert.deepEqual(summary(service.analyze(doc)), full.summary, `seed ${seed}, step ${step}:\n${doc.getText()}`);
          // Diagnostics now and then, as the server makes them after a pause (their ranges are then kept on).
          if (next() < 0.5) assert.deepEqual(diagnostics(doc), full.diagnostics, `seed ${seed}, step ${step} (diagnostics):\n${doc.getText()}`);
        }
        service.forget(doc.uri);
      }
    });
  }

  it('equals a full analysis when the whole text is replaced by a text that starts with a line break', () => {
    // Found by npm run fuzz: the window started after that line break, and the mention before it stayed.
    for (const [before, after] of [['SIRT1 activates it', '\n'], ['SIRT1 here.\n', '\n\nTP53'], ['NMRK1\n\nSIRT3', '\nx']]) {
      const doc = EditableDocument.create('file:///incremental/leading-break.md', 'markdown', 1, before!);
      service.analyze(doc);
      service.update(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(before!.length) }, text: after! }], 2);
      assert.deepEqual(summary(service.analyze(doc)), fullAnalysis(doc).summary, JSON.stringify([before, after]));
      service.forget(doc.uri);
    }
  });

  it('equals a full analysis after writing or breaking a fence marker anywhere, even inside a code block', () => {
    const text = 'NMRK1 here.\n\n```\ncode NMRK1\n\nstill code TP53\n```\n\nAMPK inhibits NMRK1.\n\n```\nmore TP53\n```\n\nSIRT3 and TP53.\n';
    const marker = text.indexOf('still code') + 1;
    const cases: [number, number, string][] = [
      [marker, marker, '```'],
      [marker, marker, '`'],
      [text.indexOf('```'), text.indexOf('```') + 1, ''],
      [text.lastIndexOf('```') + 1, text.lastIndexOf('```') + 1, '~~~\n'],
    ];
    for (const [start, end, insert] of cases) {
      const doc = EditableDocument.create(`file:///incremental/fence-${start}-${insert.length}.md`, 'markdown', 1, text);
      service.analyze(doc);
      service.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], 2);
      assert.deepEqual(summary(service.analyze(doc)), fullAnalysis(doc).summary, JSON.stringify(doc.getText()));
      service.forget(doc.uri);
    }
  });

  it('never starts a window at an empty line before an indented one (a list item\'s continuation, not code)', () => {
    const text = '- SIRT1 activates deacetylation targets.\n- `NAD+` in code.\n\n\n    indented NMRK1 in the list\n\n```\nNMRK1 in code\n\nstill code TP53\n```\n';
    const doc = EditableDocument.create('file:///incremental/list-continuation.md', 'markdown', 1, text);
    const before = service.analyze(doc).mentions.map((m) => m.text);
    assert.ok(before.includes('NMRK1'), 'the indented line continues the list: prose');
    const at = doc.positionAt(text.indexOf('still') + 1);
    service.update(doc, [{ range: { start: at, end: at }, text: 'x' }], 2);
    assert.deepEqual(summary(service.analyze(doc)), fullAnalysis(doc).summary);
    service.forget(doc.uri);
  });

  it('keeps suppression comments working across edits: elsewhere, and removing the comment itself', () => {
    const comment = '<!-- genelens-disable-next-line claim-contradicted -->';
    const text = `${comment}\nAMPK inhibits NMRK1 in muscle.\n\nSIRT3 and TP53.\n\nNMRK1 is expressed.\n`;
    const doc = EditableDocument.create('file:///incremental/suppressed.md', 'markdown', 1, text);
    const contradicted = () => service.getDiagnostics(doc).filter((d) => d.code === 'claim-contradicted').length;
    assert.equal(contradicted(), 0);
    const far = doc.positionAt(text.indexOf('expressed'));
    service.update(doc, [{ range: { start: far, end: far }, text: 'x' }], 2);
    assert.equal(contradicted(), 0, 'an edit in another paragraph leaves the comment in force');
    service.update(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(comment.length + 1) }, text: '' }], 3);
    assert.equal(contradicted(), 1, 'without the comment the claim is flagged');
    service.forget(doc.uri);
  });

  it('analyses a document whole after a full-text change, and forgets it when closed', () => {
    const doc = TextDocument.create('file:///incremental/full.md', 'markdown', 1, 'NMRK1 here.\n');
    assert.equal(service.analyze(doc).mentions.length, 1);
    service.update(doc, [{ text: 'TP53 and NMRK1 and SIRT3.\n' }], 2);
    assert.deepEqual(summary(service.analyze(doc)), fullAnalysis(doc).summary);
    service.forget(doc.uri);
    service.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'BRCA1 ' }], 3);
    assert.deepEqual(summary(service.analyze(doc)), fullAnalysis(doc).summary);
  });

  it('empties the lists of an analysis once the document moves on to a full analysis or is forgotten, not after an edit', () => {
    const doc = EditableDocument.create('file:///incremental/released.md', 'markdown', 1, 'NMRK1 here.\n\nAMPK inhibits NMRK1.\n');
    const first = service.analyze(doc);
    const { mentions, findings } = first;
    assert.deepEqual([mentions.length, findings.length], [3, 1]);
    const at = doc.positionAt(0);
    service.update(doc, [{ range: { start: at, end: at }, text: 'x ' }], 2);
    const edited = service.analyze(doc);
    assert.equal(edited.mentions, mentions, 'an edit\'s analysis changes the same list in place');
    service.update(doc, [{ text: 'SIRT3 only.\n' }], 3);
    const whole = service.analyze(doc);
    assert.deepEqual([mentions.length, findings.length], [0, 0], 'replaced by a full analysis: emptied');
    assert.equal(whole.mentions.length, 1);
    service.forget(doc.uri);
    assert.equal(whole.mentions.length, 0, 'forgotten: emptied');
  });
});
