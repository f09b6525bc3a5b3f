// The MeSH scan reads the words the main scan lists for it (matcher/meshWords.ts) rather than every code unit: the
// same mentions as reading every unit, whatever the text: words past ASCII (Greek letters, accents, other scripts,
// superscripts, marks), units that are letters to one scan and not the other, terms the main scan jumps over
// ("nicotinamide riboside kinase 1"), regions that cut words, short forms defined in a paragraph, line breaks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { excludedRegions } from '../../server/src/core/markup/regions';
import { createMatcher } from '../../server/src/core/matcher/matcher';
import type { Mention } from '../../server/src/core/types';
import { fullService } from '../helpers/mesh';

const lexicon = fullService().lexicon;
const listed = createMatcher(lexicon);
const everyUnit = createMatcher(lexicon, true);

const PIECES = [
  'doxorubicin', 'Doxorubicin', 'cardiomyopathy', 'hypotension', 'type 2 diabetes', 'breast tumors', 'nicotinamide riboside',
  'nicotinamide riboside kinase 1', 'NMRK1', 'NAMPT', 'NAD+', 'NAD(+)', 'Ca2+', 'Ca²⁺', 'TNF-α', 'TNFα', 'α-tocopherol', 'β-carotene',
  'IL-1β', 'p53', 'insulin', 'insulin-like', 'glucose', 'lead', 'lead to', 'gold standard', 'patients', 'mice', 'rats', 'dose',
  'doxorubicin (DOX)', 'DOX', 'cyclosporine A (CsA)', 'CsA', 'FK506 (tacrolimus)', 'in situ', 'In-Toeing', 'and', 'in', 'of', 'a',
  'A', '1', '5-fluorouracil', '17beta-estradiol', 'diclofenac sodium', 'sodium nitroprusside', 'liver fibrosis', 'heart failure',
  'café', 'naïve', 'über', 'Phänomen', '細胞のエネルギー代謝', 'ªµº', '½', 'x˂y', 'é', 'ü', '—', '–', 'e.g.', 'vs.', '(Fig. 2)',
  'rs12611', 'c.35G>A', 'V600E', 'hDaxx', 'E. coli', 'COVID-19', 'H2O2', 'CaCl2', 'ALS', 'amyotrophic lateral sclerosis (ALS)',
  '`NAD+`', '`code`', '[link](https://example.org/NMRK1)', '<!-- NMRK1 -->', 'x\u0301', 'ΑΒΓ', 'αβ', 'NBSP\u00a0here', 'ǅ',
];
const GLUE = [' ', ' ', ' ', ', ', '. ', '-', '/', '', '\n', '\n\n', ' (', ') ', '; '];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomText(seed: number, pieces: number): string {
  const next = rng(seed);
  let text = '';
  for (let k = 0; k < pieces; k++) {
    text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    text += GLUE[Math.floor(next() * GLUE.length)] ?? '';
  }
  return text;
}

const plain = (ms: readonly Mention[]): string[] => ms.map((m) => JSON.stringify(m));

function assertSame(text: string): void {
  for (const language of ['markdown', 'plaintext', 'latex'] as const) {
    const regions = excludedRegions(text, language);
    assert.deepEqual(plain(listed.findMentionsOutside(text, regions)), plain(everyUnit.findMentionsOutside(text, regions)), `${language}: ${JSON.stringify(text)}`);
  }
}

describe('the MeSH scan reads the listed words as it reads every unit', () => {
  it('finds chemicals and diseases through the list', () => {
    const text = 'Patients given doxorubicin (DOX) developed cardiomyopathy; DOX and nicotinamide riboside kinase 1 with TNF-α.';
    const kinds = listed.findMentionsOutside(text, []).map((m) => `${m.text}=${m.kind}`);
    assert.ok(kinds.includes('doxorubicin=chemical'), kinds.join(', '));
    assert.ok(kinds.includes('cardiomyopathy=disease'), kinds.join(', '));
    assertSame(text);
  });
  it('the same mentions on random texts of terms, prose, non-ASCII words, regions and short forms', () => {
    for (let seed = 1; seed <= 300; seed++) assertSame(randomText(seed, 10 + (seed % 60)));
  });
  it('the same mentions in a window of a text (paragraph bounds) as read whole', () => {
    const text = randomText(7, 400);
    const regions = excludedRegions(text, 'markdown');
    const cut = text.indexOf('\n\n', text.length >> 1) + 2;
    if (cut > 2) {
      assert.deepEqual(plain(listed.findMentionsBetween(text, cut, text.length, regions)), plain(everyUnit.findMentionsBetween(text, cut, text.length, regions)));
    }
  });
});
