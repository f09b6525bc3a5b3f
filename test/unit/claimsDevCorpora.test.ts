// The claims development set (issue #15 item 6): 162 sentences of real abstracts judged by hand
// (test/fixtures/claims-dev-corpora.tsv: offsets only, the text is read from ../shared/corpora) and sentences we wrote
// with the reaction errors of NAD+ biology (test/fixtures/claims-dev-written.tsv), through the service as the CLI and
// server build it (profiles, gene table, Gene Ontology table, MeSH tables). Targets: at most 1 false finding per 20
// sentences, no wrong contradiction, every reaction error contradicted with the enzyme that does the reaction.
// The corpora are not part of the repository and no CI step fetches them (as for `npm run eval`): without the folder
// the corpus part is skipped with the reason; the written sentences are always scored.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpusCases, corpusTexts, devReport, readCorpusJudgements, readWrittenJudgements, scoreDev, writtenCases } from '../../scripts/claimsDev';
import { fullService } from '../helpers/fullService';
import { repoRoot } from '../helpers/profiles';

const CORPORA = process.env.GENELENS_CORPORA ?? path.resolve(repoRoot, '..', 'shared', 'corpora');
const corpus = readCorpusJudgements(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'claims-dev-corpora.tsv'), 'utf8'));
const written = readWrittenJudgements(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'claims-dev-written.tsv'), 'utf8'));

describe('claims development set', () => {
  it('holds at least 150 distinct corpus sentences and the reaction errors', () => {
    assert.ok(corpus.length >= 150, `${corpus.length} corpus sentences`);
    const keys = new Set(corpus.map((j) => `${j.pmid}:${j.start}`));
    assert.equal(keys.size, corpus.length, 'a sentence judged twice');
    for (const s of ['NMRK1 converts NMN to NAD+.', 'NMRK1 converts NAM to NMN.', 'NMRK1 produces NAD+.']) {
      assert.deepEqual(written.find((w) => w.text === s)?.expected, ['claim-contradicted'], s);
    }
  });

  it('written sentences: every reaction error contradicted, naming the enzyme that does it; no false finding', () => {
    const s = scoreDev(fullService(), writtenCases(written));
    assert.equal(s.falseFindings, 0, devReport(s));
    assert.equal(s.misses, 0, devReport(s));
    assert.equal(s.contradicted.right, s.contradicted.expected, devReport(s));
  });

  const missing = !fs.existsSync(CORPORA);
  const skip = missing ? `${CORPORA} not found: the corpora are read at test time, never copied (set GENELENS_CORPORA)` : false;
  it('corpus and written sentences: at most 1 false finding per 20 sentences, no wrong contradiction', { skip }, async () => {
    const texts = await corpusTexts(CORPORA, corpus);
    const { cases, stale } = corpusCases(corpus, texts);
    assert.deepEqual(stale, [], 'judgements whose sentence is no longer at its offsets');
    const s = scoreDev(fullService(), [...cases, ...writtenCases(written)]);
    const report = devReport(s);
    assert.ok(s.falsePer20 <= 1, report);
    assert.equal(s.contradicted.wrong, 0, report);
    assert.equal(s.contradicted.right, s.contradicted.expected, report);
  });
});
