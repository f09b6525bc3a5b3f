// Location, enzyme-class and process claims about any gene, checked against the Gene Ontology table (issue #15 item
// 2): readers/compartmentClaims.ts ("found mainly in the nucleus"), readers/processClaims.ts ("regulates
// apoptosis") and readers/attributes.ts ("is a kinase") read them; judge/goClaims.ts weighs them. Contradicted only
// where experiments say otherwise, in the GO hierarchy; unsupported only where the gene has data of that kind; the
// message quotes the words read and names the GO term, its evidence and the source. Every sentence is written for
// the test; the expected verdicts follow from the shipped table (gene2go 2022-Sep12), checked by hand with zcat.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { allTermIds } from '../../server/src/core/claims/goTerms';
import { GeneFunctions } from '../../server/src/core/lexicon/geneFunctions';
import { process } from '../../server/src/core/claims/readers/processClaims';
import { compartmentDegree } from '../../server/src/core/claims/readers/compartmentClaims';
import type { AttributeClaim } from '../../server/src/core/claims/claim';
import { tokenize } from '../../server/src/core/claims/sentences/tokens';
import type { Mention } from '../../server/src/core/types';
import { shippedGeneTable } from '../helpers/genes';
import { loadShippedProfileDocuments, repoRoot } from '../helpers/profiles';

const TABLE = path.join(repoRoot, 'data', 'lexicon', 'gene-functions.tsv.gz');
let text: string | undefined;
const tableText = (): string => (text ??= zlib.gunzipSync(fs.readFileSync(TABLE)).toString('utf8'));

const service = createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable(), geneFunctions: tableText });
let version = 0;
const findings = (sentence: string) =>
  service.getDiagnostics(TextDocument.create(`file:///go-${++version}.md`, 'markdown', 1, sentence)).filter((d) => /^claim-/.test(String(d.code)));
const verdict = (sentence: string): string => {
  const codes = findings(sentence).map((d) => String(d.code));
  return codes.includes('claim-contradicted') ? 'contradicted' : codes.includes('claim-unsupported') ? 'unsupported' : codes.includes('claim-overstated') ? 'overstated' : 'none';
};
const expectAll = (cases: [string, string][]): void => {
  const wrong = cases.map(([s, expected]) => ({ s, expected, got: verdict(s) })).filter((c) => c.got !== c.expected);
  assert.deepEqual(wrong, []);
};

/** Tokens of one sentence with the given words as gene mentions. */
function toks(sentence: string, genes: string[]) {
  const mentions: Mention[] = genes.map((g) => {
    const start = sentence.indexOf(g);
    return { start, end: start + g.length, text: g, entityId: g, kind: 'gene' } as Mention;
  });
  return tokenize(sentence, { start: 0, end: sentence.length }, mentions);
}

describe('GO claims: the readers', () => {
  it('reads a process after a cue, with the words between, and not a passive or a compound', () => {
    const read = (s: string, genes: string[]) => {
      const out: AttributeClaim[] = [];
      process(toks(s, genes), out);
      return out.map((c) => [c.subject.text, c.value, s.slice(c.valueStart, c.valueEnd), c.negated]);
    };
    assert.deepEqual(read('TP53 regulates apoptosis.', ['TP53']), [['TP53', 'GO:0006915', 'apoptosis', false]]);
    assert.deepEqual(read('ATG7 is involved in autophagy.', ['ATG7']), [['ATG7', 'GO:0006914', 'autophagy', false]]);
    assert.deepEqual(read('PARP1 plays a key role in the regulation of DNA repair.', ['PARP1']), [['PARP1', 'GO:0006281', 'DNA repair', false]]);
    assert.deepEqual(read('SIRT1 is not required for cell cycle progression.', ['SIRT1']), [['SIRT1', 'GO:0007049', 'cell cycle progression', true]]);
    assert.deepEqual(read('Apoptosis is regulated by TP53.', ['TP53']), []);
    assert.deepEqual(read('TP53 controls transcription factor activity.', ['TP53']), []);
    assert.deepEqual(read('Loss of TP53 promotes proliferation.', ['TP53']), [], 'a claim about the loss');
  });

  it('reads a degree word between the verb and the compartment, every compartment named', () => {
    const read = (s: string, genes: string[]) => {
      const out: AttributeClaim[] = [];
      compartmentDegree(toks(s, genes), out);
      return out.map((c) => [c.subject.text, c.values, c.restrictive]);
    };
    assert.deepEqual(read('CD38 is found mainly in the nucleus.', ['CD38']), [['CD38', ['nucleus'], true]]);
    assert.deepEqual(read('SIRT3 localizes exclusively to mitochondria and the nucleus.', ['SIRT3']), [['SIRT3', ['mitochondrion', 'nucleus'], true]]);
    assert.deepEqual(read('CD38 is found in the nucleus.', ['CD38']), [], 'no degree word: read by typeAndCompartment');
  });
});

describe('GO claims: the judge, on the shipped table', () => {
  it('contradicts a location no annotation is near while experiments place the gene elsewhere', () => {
    expectAll([
      ['SLC2A4 is found mainly in the nucleus.', 'contradicted'], // plasma membrane (IDA), nothing nuclear
      ['COL1A1 is a nuclear protein.', 'contradicted'], // extracellular space (IMP)
      ['CD19 is a mitochondrial protein.', 'contradicted'], // external side of plasma membrane (IDA)
      ['CD38 is found mainly in the nucleus.', 'none'], // GO has "nucleus" (not experimental): not contradicted
      ['TP53 is found mainly in the nucleus.', 'none'],
      ['TP53 resides in the mitochondria.', 'none'], // mitochondrion (IDA)
      ['CD38 localizes to the plasma membrane.', 'none'],
      ['SIRT3 is a mitochondrial protein.', 'none'],
      ['TP53 is found in the Golgi apparatus.', 'none'], // GO's cytoplasm lies above the Golgi: no contradiction
      ['CD19 is not found in the nucleus.', 'none'],
      ['Is CD19 found mainly in the nucleus?', 'none'],
    ]);
  });

  it('contradicts "exclusively" where an assay places the gene in another compartment too', () => {
    expectAll([
      ['TP53 is found exclusively in the nucleus.', 'contradicted'], // cytosol, mitochondrion (IDA)
      ['TP53 is found mainly in the nucleus.', 'none'],
    ]);
  });

  it('contradicts an enzyme class when experiments give the gene another activity, and only then', () => {
    expectAll([
      ['SIRT1 is a kinase.', 'contradicted'], // NAD-dependent deacetylase activity (IDA)
      ['TP53 is a kinase.', 'unsupported'], // experimental functions, none catalytic
      ['EGFR is a transcription factor.', 'unsupported'], // not an enzyme class: never contradicted
      ['AKT1 is a kinase.', 'none'],
      ['HDAC1 is a deacetylase.', 'none'],
      ['AKT1 is a transferase.', 'none'], // a kinase is a transferase
      ['SIRT6 is a deacetylase.', 'none'],
    ]);
  });

  it('flags a process only as unsupported, where the gene has experimental processes and none near it', () => {
    expectAll([
      ['TP53 regulates apoptosis.', 'none'],
      ['ATG7 is involved in autophagy.', 'none'],
      ['BCL2 inhibits apoptosis.', 'none'], // negative regulation of apoptotic process
      ['LDLR regulates DNA repair.', 'unsupported'],
      ['TP53 is not involved in glycolysis.', 'none'], // negated: GO cannot say
    ]);
  });

  it('quotes the words read and names the GO term, its evidence and the source; relatedInformation is readable', () => {
    const [d] = findings('CD19 localizes to the nucleus.');
    assert.ok(d);
    assert.equal(String(d.message), '"CD19 localizes to the nucleus": Gene Ontology places CD19 in the external side of plasma membrane, and nowhere in or around the nucleus (GO:0009897 external side of plasma membrane, IDA, via NCBI Gene/GO).');
    const [adjective] = findings('CD19 is a mitochondrial protein.');
    assert.match(String(adjective?.message), /^"CD19 is a mitochondrial protein": /, 'the quote keeps the noun');
    assert.doesNotMatch(String(d.message), /seed|undefined|\[object/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'relatedInformation');
    assert.equal(related.message, 'Gene Ontology: GO:0009897 external side of plasma membrane, IDA (via NCBI Gene/GO)');
  });
});

describe('GO claims: the data', () => {
  it('parses format 2: the vocabulary with the terms above each, a gene\'s places and the terms they lie under', () => {
    const small = [
      '#format\tgenelens-gene-functions 2',
      'T\tGO:0005886\tplasma membrane',
      'T\tGO:0009897\texternal side of plasma membrane',
      'V\tGO:0005575\tcellular_component\t',
      'V\tGO:0005634\tnucleus\t0',
      'V\tGO:0005886\tplasma membrane\t0',
      'A\t1\t0,2',
      '42\t\t0:IDA\t\t0=1:IDA,HDA;2=1:IDA;^1',
      '43\t\t0:IEA\t\t0;2',
    ].join('\n');
    const functions = new GeneFunctions(() => small);
    assert.equal(functions.claimTerm('GO:0005886'), 2);
    assert.deepEqual(functions.term(1), { id: 'GO:0005634', name: 'nucleus', above: [0] });
    const row = functions.claimsOf('42');
    assert.deepEqual(row?.get(1), { relation: 'over' });
    assert.deepEqual(row?.get(2), {
      relation: 'in',
      experimental: { id: 'GO:0009897', name: 'external side of plasma membrane', evidence: ['IDA'], lowThroughput: true, under: [0, 2] },
    });
    assert.deepEqual(functions.claimsOf('43')?.get(2), { relation: 'in' });
    assert.equal(functions.claimsOf('44'), undefined);
  });


  it('holds every GO id the claim words name in its vocabulary, with the hierarchy lines', () => {
    const vocab = new Set(tableText().split('\n').filter((l) => l.startsWith('V\t')).map((l) => l.split('\t')[1]));
    assert.deepEqual(allTermIds().filter((id) => !vocab.has(id)), []);
    assert.ok(tableText().includes('\nA\t'), 'the hierarchy the judge needs');
    assert.match(tableText().split('\n')[0] ?? '', /^#format\tgenelens-gene-functions 2$/);
  });
});
