// Names written in parts: with the abbreviation inside (matcher/splitNames.ts), "interleukin (IL)-6" is one mention of
// IL6, from the long form's first word to the end; with the first letter apart (prefixedNames.ts), "H-ras" is HRAS.
// Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullService } from '../helpers/fullService';
import { geneService } from '../helpers/genes';

const service = geneService();
const genesOf = (text: string): string[] =>
  service.findMentions(text, 'plaintext').filter((m) => m.kind === 'gene' || m.kind === 'family').map((m) => `${m.text}=${m.entityId}`);

describe('names split by their abbreviation', () => {
  it('reads "interleukin (IL)-6" and "vascular cell adhesion molecule (VCAM)-1" as one mention each', () => {
    assert.deepEqual(genesOf('Plasma interleukin (IL)-6 fell while vascular cell adhesion molecule (VCAM)-1 rose.'), [
      'interleukin (IL)-6=IL6',
      'vascular cell adhesion molecule (VCAM)-1=VCAM1',
    ]);
  });

  it('replaces the mentions inside and reads a Greek letter\'s name at the end: "tumor necrosis factor (TNF)-alpha"', () => {
    assert.deepEqual(genesOf('We measured tumor necrosis factor (TNF)-alpha in serum.'), ['tumor necrosis factor (TNF)-alpha=TNF']);
  });

  it('leaves a name that the abbreviation and its end do not make, or make ambiguous, as the matcher read it', () => {
    assert.deepEqual(genesOf('The body mass index (BMI)-1 score and TP53 were noted.'), ['TP53=TP53']);
    assert.ok(!genesOf('T-cell factor (TCF)-4 was bound.').some((g) => g.startsWith('T-cell factor (TCF)-4=')), 'TCF-4 names TCF4 and TCF7L2');
  });
});

describe('symbols written with their first letter apart', () => {
  it('reads "H-ras", "B-Raf" and "T-bet" as HRAS, BRAF and TBX21', () => {
    assert.deepEqual(genesOf('Oncogenic H-ras and B-Raf act with T-bet.'), ['H-ras=HRAS', 'B-Raf=BRAF', 'T-bet=TBX21']);
  });

  it('leaves prose and another kind\'s reading alone: "B-cell", "N-terminal", a defined haemorrhage', () => {
    assert.deepEqual(genesOf('The N-terminal domain of B-cell receptors binds TP53.'), ['TP53=TP53']);
    const text = 'Warfarin-associated intracerebral hemorrhage (W-ICH) is severe; W-ICH was treated.';
    const kinds = fullService().findMentions(text, 'plaintext').filter((m) => m.text === 'W-ICH').map((m) => m.kind);
    assert.deepEqual(kinds, ['disease', 'disease'], 'with the disease table, the haemorrhage');
  });
});

describe('names in parts inside code, links and comments', () => {
  it('are read in prose only, as the matcher reads every other name', () => {
    const text = [
      'Mutant B-Raf drives growth.',
      '',
      'Inline `B-Raf` and `interleukin (IL)-6` are code.',
      '',
      '```',
      'interleukin (IL)-6 and H-ras',
      '```',
      '',
      'See https://example.org/H-ras/page and <!-- H-ras -->.',
    ].join('\n');
    const genes = service.findMentions(text, 'markdown').filter((m) => m.kind === 'gene').map((m) => `${m.text}@${m.start}`);
    assert.deepEqual(genes, [`B-Raf@${text.indexOf('B-Raf')}`]);
  });
});
