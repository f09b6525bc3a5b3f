// Names of human genes that NCBI Gene's table does not hold (data/lexicon/gene-names.tsv, from FamPlex and MeSH by
// scripts/build-gene-names.mjs): "beta-catenin", "psoriasin", "separase". Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Mention } from '../../server/src/core';
import { repoRoot } from '../helpers/profiles';
import { geneService } from '../helpers/genes';

const service = geneService();
const genesOf = (text: string): string[] =>
  service.findMentions(text, 'markdown').filter((m: Mention) => m.kind === 'gene').map((m) => `${m.text}=${m.entityId}`);

describe('other names of genes (FamPlex, MeSH)', () => {
  it('finds names the gene table lacks, in the ways they are written', () => {
    assert.deepEqual(genesOf('Nuclear beta-catenin rose while b-catenin and β-catenin fell.'), ['beta-catenin=CTNNB1', 'b-catenin=CTNNB1', 'β-catenin=CTNNB1']);
    assert.deepEqual(genesOf('The keratinocytes secreted psoriasin; separase cleaves cohesin.'), ['psoriasin=S100A7', 'separase=ESPL1']);
  });

  it('keeps a Latin letter for a Greek one joined where another name goes on after a space ("TNF and APOL ...")', () => {
    assert.deepEqual(genesOf('Cells treated with TNF-a released IL-6.'), ['TNF-a=TNF', 'IL-6=IL6']);
  });

  it('leaves out drugs, activities and prose', () => {
    const names = fs.readFileSync(path.join(repoRoot, 'data', 'lexicon', 'gene-names.tsv'), 'utf8');
    for (const absent of ['Etanercept', 'Lipase', 'Twist']) assert.doesNotMatch(names, new RegExp(`[\t|]${absent}~`), absent);
    assert.deepEqual(genesOf('Patients received etanercept, and the lipase assay used a twist cap.'), []);
  });

  it('reads a chemokine receptor named without NCBI\'s "motif" ("C-C chemokine receptor 5"), not its "C-C" alone', () => {
    assert.deepEqual(genesOf('Lack of association of the C-C chemokine receptor 5 with the disease.'), ['C-C chemokine receptor 5=CCR5']);
  });

  it('leaves the rodents\' synonyms that name a disease out of rodent-genes.tsv ("Neuroblastoma" of mouse Arhgef16)', () => {
    const rodent = fs.readFileSync(path.join(repoRoot, 'data', 'lexicon', 'rodent-genes.tsv'), 'utf8');
    assert.match(rodent, /\n#diseases\tdata\/lexicon\/diseases\.tsv/);
    for (const disease of ['Neuroblastoma', 'Duchenne muscular dystrophy', 'nephrogenic diabetes insipidus']) {
      assert.doesNotMatch(rodent, new RegExp(`[\t|]${disease}[|\t\n]`), disease);
    }
  });

  it('records its sources in the header', () => {
    const names = fs.readFileSync(path.join(repoRoot, 'data', 'lexicon', 'gene-names.tsv'), 'utf8');
    assert.match(names, /^#format\tgenelens-gene-names 1\n/);
    assert.match(names, /\n#source\tFamPlex grounding map/);
    assert.match(names, /\n#source\tMeSH/);
    assert.match(names, /\n#source\tNCBI Gene full names of the chemokines/);
    assert.match(names, /\n#generated\t\d{4}-\d\d-\d\d by scripts\/build-gene-names\.mjs\n/);
  });
});
