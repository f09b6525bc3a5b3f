// A gene's name written with its abbreviation inside (matcher/splitNames.ts): "interleukin (IL)-6" is one mention of
// IL6, from the long form's first word to the end. Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
