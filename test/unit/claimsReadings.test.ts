// Reading published prose (issue #15): textbook-correct sentences are not flagged only because a profile is thin, and
// the readings that used to be restated wrongly are read as a writer means them: "mediated by X", participles with
// and without an agent, loss-of-function subjects no profile names, purpose and wish clauses, appositions before an
// entity, hyphenated words. Every sentence here is written for the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';

const check = shippedChecker();
const expectAll = (cases: [string, Verdict][]): void => expectVerdicts(check, cases, verdictOf);
const messages = (text: string) => check(text).map((f) => f.message);

describe('claims: what "unsupported" means', () => {
  it('does not flag textbook sentences about entities whose profiles say nothing of the kind', () => {
    expectAll([
      ['CD38 breaks down NMN in the liver.', 'none'],
      ['CD38 degrades extracellular NMN.', 'none'],
      ['NAD+ is indispensable for cell survival.', 'none'],
      ['SIRT1 regulates glucose metabolism.', 'none'],
      ['SIRT3 deacetylates NMNAT2.', 'none'],
      ['NMNAT2 protects axons from Wallerian degeneration.', 'none'],
      ['Resveratrol activates SIRT1.', 'none'],
    ]);
  });

  it('still flags where the data covers that kind of statement and lacks it', () => {
    expectAll([
      ['NMRK1 activates mTOR signaling.', 'unsupported'], // NMRK1's profile lists its targets
      ['NMRK1 inhibits NAMPT.', 'unsupported'], // NMRK1 is named by relations
      ['NMN lowers blood pressure.', 'unsupported'], // a supplement a profile lists, said to act
      ['rs12611 raises the risk of gout.', 'unsupported'], // a profiled variant
      ['NMRK1 phosphorylates glucose.', 'unsupported'], // NMRK1's reactions are listed
    ]);
  });
});

describe('claims: reading published prose', () => {
  it('reads "mediated by X" as X mediating the phrase it follows, whatever loss noun stands before it', () => {
    const text = 'A fall in NAD+ synthesis mediated by NAMPT weakens SIRT1.';
    for (const m of messages(text)) assert.doesNotMatch(m, /mediates NAMPT|loss of NAD\+ mediates/, m);
    expectAll([['Reduced NAD+ production mediated by NAMPT impairs sirtuins.', 'none']]);
  });

  it('reads a participle without an agent as no claim, and one with an agent as a passive', () => {
    expectAll([
      ['The nicotinamide released can be salvaged again.', 'none'],
      ['The NMN formed may then enter the nucleus.', 'none'],
      ['NMN made by NMRK1 feeds NAD+ synthesis.', 'none'],
    ]);
  });

  it('keeps a loss-of-function noun with a subject no profile names, in the message and in the sign', () => {
    const text = 'Foxo1 deficiency reduces NMRK1 expression.';
    const found = messages(text);
    assert.equal(found.length, 1, found.join(' | '));
    assert.equal(found[0], 'No profile evidence that Foxo1 deficiency reduces NMRK1.');
  });

  it('reads purpose and wish clauses as no claim', () => {
    expectAll([
      ['There is growing interest in boosting NAD+ levels to prevent frailty.', 'none'],
      ['NMN supplementation to prevent diabetes is widespread.', 'none'],
      ['Efforts to raise NAD+ aim to delay ageing.', 'none'],
      ['NMRK1 helps to raise NAD+.', 'none'],
    ]);
  });

  it('reads an apposition of several words before the entity as the entity', () => {
    expectAll([
      ['NMRK1 activates the class III deacetylase SIRT1.', 'none'],
      ['NMRK1 inhibits the class III deacetylase SIRT1.', 'contradicted'],
      ['NR slows the age-related decline of NAD+.', 'none'],
      ['NMRK1 drives the gradual loss of NAD+.', 'contradicted'],
    ]);
  });

  it('does not split a hyphenated word into an overstatement', () => {
    expectAll([
      ['NR slows the age-dependent decline of NAD+.', 'none'],
      ['NMRK1 shows a proof-of-concept role in NAD+ salvage.', 'none'],
      ['NR reverses ageing.', 'overstated'],
    ]);
  });
});

describe('claims: messages in the writer\'s words', () => {
  it('names sources as a reader would and writes chemicals as the writer did', () => {
    const all = [
      ...messages('AMPK represses NMRK1.'),
      ...messages('NMRK1 converts nicotinamide into NMN.'),
      ...messages('NMRK1 lowers NAD+.'),
    ];
    assert.equal(all.length, 3, all.join(' | '));
    for (const m of all) assert.doesNotMatch(m, /source: |\bseed\b|upstream\.\d|reactions\.\d|\bNAM\b/, m);
    assert.match(all[0]!, /\(GeneLens curated profile\)/);
    assert.match(all[1]!, /from nicotinamide \(Gene Ontology GO:0047280, evidence IBA, TAS\)/);
  });
});
