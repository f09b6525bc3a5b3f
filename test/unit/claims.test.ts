// The claims checker against the shipped profile data: every claim form, each verdict; then against made-up
// profiles, to show the rules come from the data and not from the sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Profile } from '../../server/src/core/profile';
import { applyFirstFix, checkerFor, expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';
import { loadFixture } from '../helpers/featureProfiles';

const shipped = shippedChecker();
const expectAll = (cases: [string, Verdict][]): void => expectVerdicts(shipped, cases, verdictOf);

describe('claims: effects between entities (shipped data)', () => {
  it('judges every inflection of effect verbs against upstream and downstream relations', () => {
    expectAll([
      ['AMPK represses NMRK1 during energy stress.', 'contradicted'],
      ['AMPK repressed NMRK1 in fasting mice.', 'contradicted'],
      ['AMPK is repressing NMRK1.', 'contradicted'],
      ['AMPK and SIRT1 repress NMRK1.', 'contradicted'],
      ['AMPK stimulates NMRK1 when energy is low.', 'none'],
      ['AMPK activated NRK1.', 'none'],
      ['Nicotinamide riboside kinase 1 blocks SIRT1.', 'contradicted'],
      ['NMRK1 activates SIRT1, SIRT3 and PARP1.', 'none'],
      ['NMRK1 inhibits SIRT1 and SIRT3.', 'contradicted'],
      ['NMRK1 decreases PARP1 activity.', 'contradicted'],
      ['NRK1 downregulates NAD+.', 'contradicted'],
      ['NMRK1 boosts NAD+ levels.', 'none'],
      ['High glucose suppresses NMRK1.', 'none'],
      ['Hyperglycemia increases NMRK1 activity.', 'contradicted'],
      ['Genotoxic stress upregulates NMRK1.', 'none'],
      ['Genotoxic stress lowers NMRK1 expression.', 'contradicted'],
    ]);
  });

  it('reads "is an activator / inhibitor of" and the passive', () => {
    expectAll([
      ['AMPK is an activator of NMRK1.', 'none'],
      ['AMPK is an inhibitor of NMRK1.', 'contradicted'],
      ['NMRK1 is a suppressor of SIRT1.', 'contradicted'],
      ['NMRK1 is inhibited by AMPK.', 'contradicted'],
      ['NMRK1 is activated by AMPK and SIRT1.', 'none'],
      ['NMRK1 is induced by caffeine.', 'unsupported'],
      ['NMN is produced by NMRK1.', 'none'],
    ]);
  });

  it('judges a negated claim by the opposite, and a hedged one like a plain one', () => {
    expectAll([
      ['NMRK1 does not suppress SIRT3.', 'none'],
      ['NMRK1 does not activate SIRT1.', 'contradicted'],
      ["NMRK1 doesn't activate SIRT3.", 'contradicted'],
      ['DNA damage does not upregulate NMRK1.', 'contradicted'],
      ['NMRK1 never activates PARP1.', 'contradicted'],
      ['NMRK1 could suppress PARP1.', 'contradicted'],
      ['NMRK1 may activate SIRT1.', 'none'],
      ['NMRK1 was shown to suppress PARP1.', 'contradicted'],
    ]);
  });

  it('turns the sign around for loss of function', () => {
    expectAll([
      ['Loss of NMRK1 raises NAD+ levels.', 'contradicted'],
      ['Loss of NMRK1 lowers NAD+.', 'none'],
      ['NMRK1 knockout increases NAD+.', 'contradicted'],
      ['NMRK1 deficiency reduces NMN.', 'none'],
    ]);
  });

  it('finds the subject through appositions and the objects through coordination', () => {
    expectAll([
      ['AMPK, the master energy sensor, represses NMRK1.', 'contradicted'],
      ['High glucose, a hallmark of diabetes, stimulates NMRK1.', 'contradicted'],
      ['NMRK1 makes NMN and activates SIRT1.', 'none'],
      ['NMRK1, a cytoplasmic kinase, activates SIRT3.', 'none'],
    ]);
  });

  it('reads expression changes under a condition', () => {
    expectAll([
      ['NMRK1 expression rises during DNA damage.', 'none'],
      ['NMRK1 expression falls during DNA damage.', 'contradicted'],
      ['During DNA damage, NMRK1 expression drops.', 'contradicted'],
      ['NMRK1 expression decreases in response to genotoxic stress.', 'contradicted'],
      ['DNA damage increases the expression of NMRK1.', 'none'],
      ['High glucose upregulates the expression of NMRK1.', 'contradicted'],
      ['In response to DNA damage, cells downregulate NMRK1.', 'contradicted'],
    ]);
  });

  it('reads a requirement, and a negative effect of what is required contradicts it', () => {
    expectAll([
      ['NMRK1 needs magnesium to work.', 'none'],
      ['NMRK1 requires ATP.', 'none'],
      ['NMRK1 is an ATP-dependent kinase.', 'none'],
      ['Magnesium is required for NMRK1 activity.', 'none'],
      ['Magnesium blocks NMRK1 catalysis.', 'contradicted'],
      ['NMRK1 does not require magnesium.', 'contradicted'],
      ['NMRK1 is magnesium-independent.', 'contradicted'],
      ['NMRK1 requires zinc.', 'unsupported'],
    ]);
  });
});

describe('claims: conversions (shipped data)', () => {
  it('checks substrate, product and direction against the reactions', () => {
    expectAll([
      ['NMRK1 converts nicotinamide riboside into NMN.', 'none'],
      ['NMRK1 phosphorylates NR to produce NMN.', 'none'],
      ['NR is converted into NMN by NMRK1.', 'none'],
      ['NRK1 makes NMN.', 'none'],
      ['NMRK1 converts NMN into nicotinamide riboside.', 'contradicted'],
      ['NMRK1 prevents the formation of NMN.', 'contradicted'],
      ['NMRK1 cannot produce NMN.', 'contradicted'],
      ['NMRK1 phosphorylates fructose.', 'unsupported'],
    ]);
  });
});

describe('claims: attributes (shipped data)', () => {
  it('checks location, length, type, family, compartment, tissue and a variant gene', () => {
    expectAll([
      ['NMRK1 maps to 9q21.13.', 'none'],
      ['NMRK1 lies at 3q21.13.', 'contradicted'],
      ['NMRK1 sits on chromosome 17.', 'contradicted'],
      ['NMRK1 is located on chromosome 9.', 'none'],
      ['NMRK1 is 199 amino acids long.', 'none'],
      ['NMRK1 is a 410-residue protein.', 'contradicted'],
      ['NMRK1 is 230 aa long.', 'contradicted'],
      ['PARP1 is 1,014 amino acids long.', 'none'],
      ['NMRK1 is a protease.', 'contradicted'],
      ['NMRK1 is not a protease.', 'none'],
      ['NMRK1 is an ATP-dependent kinase.', 'none'],
      ['NMRK1 is a member of the adenylate kinase family.', 'contradicted'],
      ['NMRK1 belongs to the nicotinamide riboside kinase family.', 'none'],
      ['NMRK1 resides in the cytoplasm.', 'none'],
      ['NMRK1 is cytosolic.', 'none'],
      ['NMRK1 is a mitochondrial matrix protein.', 'contradicted'],
      ['NMRK1 localizes to the nucleus.', 'contradicted'],
      ['In heart and skeletal muscle, NMRK2 is concentrated.', 'none'],
      ['NMRK2 is mainly found in the brain.', 'contradicted'],
      ['NMRK1 is expressed in the liver.', 'none'],
      ['NMRK1 is expressed only in the liver.', 'contradicted'],
      ['rs12611 lies in the SIRT1 gene.', 'contradicted'],
      ['rs12611 lies in the NMRK1 gene.', 'none'],
    ]);
  });
});

describe('claims: unsupported, overstated and neutral sentences (shipped data)', () => {
  it('flags a claim verb linking entities no relation links, or an entity to something the data does not know', () => {
    expectAll([
      ['NMRK1 inhibits NAMPT.', 'unsupported'],
      ['SIRT3 inhibits NMRK1.', 'unsupported'],
      ['CD38 activates NMRK1.', 'unsupported'],
      ['NMN inhibits PARP1.', 'unsupported'],
      ['NMRK1 activates NF-kB signaling.', 'unsupported'],
      ['NMRK1 binds estrogen receptors.', 'unsupported'],
      ['NMRK1 controls sleep.', 'unsupported'],
      ['NMRK1 is lost in most lung cancers.', 'unsupported'],
      ['rs12611 triples the risk of obesity.', 'unsupported'],
      ['Caffeine induces NMRK1.', 'unsupported'],
      ['NMRK1 improves glucose handling.', 'none'],
    ]);
  });

  it('flags overstated certainty, unless taken back or reported', () => {
    expectAll([
      ['NMRK1 cures Parkinson\'s disease.', 'overstated'],
      ['NR supplements guarantee healthy aging.', 'overstated'],
      ['It has been proven that NR reverses hair loss.', 'overstated'],
      ['NMN definitely boosts NAD+.', 'overstated'],
      ['That NR helps NMRK1 is not proven.', 'none'],
      ['Some vendors claim NR cures ageing; there is no evidence for that.', 'none'],
    ]);
  });

  it('makes no claim from reporting verbs, questions, conditionals or code', () => {
    expectAll([
      ['This note covers NMRK1 and NMN.', 'none'],
      ['The next section introduces NMRK1 and SIRT1.', 'none'],
      ['A figure shows rs12611 genotypes.', 'none'],
      ['NAD+ was quantified by LC-MS.', 'none'],
      ['NMRK1 is the focus of this note.', 'none'],
      ['Which tissues express NMRK2?', 'none'],
      ['Does AMPK inhibit NMRK1?', 'none'],
      ['We asked whether NMRK1 inhibits SIRT3.', 'none'],
      ['If NMRK1 inhibited SIRT3, NAD+ would fall.', 'none'],
      ['NMRK1 makes sense as a drug target.', 'none'],
      ['Example: `NMRK1 blocks NAD+` is a string in code.', 'none'],
    ]);
  });

  it('reads the seed profile itself without a single finding', () => {
    // The data says what the seed says: checking the seed's own prose must not flag it.
    const seedLike = [
      'NMRK1 is the primary enzyme that converts Nicotinamide Riboside (NR) into NMN and subsequently NAD+.',
      'Expression of NMRK1 is often upregulated during cellular stress and DNA damage to restore energy levels.',
      'While NMRK1 is found in nearly all tissues, its cousin, NMRK2, is specifically concentrated in the heart and skeletal muscle.',
      'NMRK1-driven NAD+ production is required for SIRT3 activity.',
      'NMRK1 uses ATP to perform its phosphorylation reaction.',
    ].join('\n\n');
    assert.deepEqual(shipped(seedLike, 'plaintext').map((f) => f.message), []);
  });
});

describe('claims: more ways of writing the same claims (shipped data)', () => {
  it('reads phrasal verbs, "fails to", "neither ... nor", "as well as" and "the activity of"', () => {
    expectAll([
      ['AMPK shuts down NMRK1 under low energy.', 'contradicted'],
      ['AMPK turns on NMRK1.', 'none'],
      ['NMRK1 fails to activate SIRT1.', 'contradicted'],
      ['Neither AMPK nor SIRT1 inhibits NMRK1.', 'none'],
      ['Unlike AMPK, high glucose inhibits NMRK1.', 'none'],
      ['NMRK1 activates SIRT1 as well as PARP1.', 'none'],
      ['Magnesium impairs the catalytic activity of NMRK1.', 'contradicted'],
      ['NMRK1 is a negative regulator of SIRT1.', 'contradicted'],
      ['Knocking out NMRK1 lowers NAD+.', 'none'],
      ['Blocking NMRK1 raises NAD+.', 'contradicted'],
      ['The NMN produced by NMRK1 activates SIRT1.', 'none'],
      ['The NAD+ made by NMNAT1 activates SIRT1.', 'none'],
    ]);
  });

  it('reads a product written as a substrate as the reverse of the reaction', () => {
    expectAll([
      ['NMRK1 phosphorylates NMN.', 'contradicted'],
      ['NMN is a substrate of NMRK1.', 'contradicted'],
      ['NR is the substrate of NMRK1.', 'none'],
      ['NMRK1 turns NMN into NR.', 'contradicted'],
    ]);
  });

  it('takes a protein type from the approved name when the profile has no type', () => {
    expectAll([
      ['NAMPT is a kinase.', 'contradicted'],
      ['NAMPT is a phosphoribosyltransferase.', 'none'],
      ['NAMPT is a transferase.', 'none'],
      ['PARP1 is a polymerase.', 'none'],
      ['SIRT1 is a kinase.', 'none'], // "sirtuin 1" states no type: the data is silent
    ]);
    const [f] = shipped('NAMPT is a kinase.');
    assert.equal(f!.message, 'The NAMPT profile names NAMPT "nicotinamide phosphoribosyltransferase", a phosphoribosyltransferase (HGNC).');
    assert.deepEqual(f!.evidence?.path, ['name']);
  });

  it('uses the seed label of a "modulates" relation when it says which way', () => {
    expectAll([
      ['Thyroid hormone inhibits NMRK1.', 'contradicted'],
      ['Thyroid hormone activates NMRK1.', 'none'],
      ['Insulin inhibits NMRK1.', 'none'],
      ['Insulin activates NMRK1.', 'none'],
    ]);
  });

  it('does not take "<entity> receptor / inhibitors" for the entity, nor an experiment for a claim', () => {
    expectAll([
      ['NMRK1 binds the insulin receptor.', 'unsupported'],
      ['NMRK1 expression was reduced by siRNA.', 'none'],
      ['The NMRK1 knockout was generated by CRISPR.', 'none'],
      ['NMRK2 is absent from the heart.', 'contradicted'],
      ['NMRK2 is not found in the brain.', 'none'],
    ]);
  });
});

describe('claims: findings carry the profile value, its source, evidence and fixes', () => {
  it('names the profile, the relation and its source, and points at the fact', () => {
    const text = 'AMPK represses NMRK1 during energy stress.';
    const [f, ...rest] = shipped(text);
    assert.equal(rest.length, 0);
    assert.equal(f!.code, 'claim-contradicted');
    assert.equal(f!.message, 'The NMRK1 profile lists AMPK as an activator of NMRK1 (GeneLens curated profile).');
    assert.deepEqual(f!.evidence, { entityId: 'NMRK1', path: ['upstream', 0], source: 'seed', label: 'regulated by AMPK' });
    assert.equal(text.slice(f!.start, f!.end), 'AMPK represses NMRK1');
  });

  it('gives the same findings for the same sentence wherever it stands (per-sentence cache), with shifted offsets', () => {
    const once = 'AMPK represses NMRK1.';
    const text = `${once}\n\nSome words first. ${once}\n`;
    const [a, b, ...rest] = shipped(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(a!.start, a!.end), 'AMPK represses NMRK1');
    assert.equal(text.slice(b!.start, b!.end), 'AMPK represses NMRK1');
    assert.equal(applyFirstFix(text, b!), `${once}\n\nSome words first. AMPK activates NMRK1.\n`);
  });

  it('never throws and stays inside the document on word soup', () => {
    const words = ['NMRK1', 'AMPK', 'NAD+', 'rs12611', 'is', 'a', 'not', 'inhibits', 'activated', 'by', 'of', 'the', 'into', ',', '.',
      '?', '(', ')', 'kinase', 'chromosome', '17', '9q21.13', '199', 'amino', 'acids', 'loss', 'cures', 'in', 'heart', '-dependent', '`', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 5 + Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]).join(next() > 0.5 ? ' ' : '');
      for (const language of ['markdown', 'latex', 'plaintext'] as const) {
        for (const f of shipped(text, language)) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, text);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, text);
        }
      }
    }
  });

  it('skips a run-on "sentence" too long to be prose (a dump or a table), so the cost stays linear', () => {
    const runOn = Array.from({ length: 400 }, () => 'AMPK inhibits NMRK1 and').join(' ');
    assert.deepEqual(shipped(runOn), []);
    assert.equal(shipped(`${runOn}.\n\nAMPK inhibits NMRK1.`).length, 1);
  });

  it('says what no profile supports', () => {
    const [f] = shipped('NMRK1 inhibits NAMPT.');
    assert.equal(f!.code, 'claim-unsupported');
    assert.equal(f!.message, 'No profile evidence that NMRK1 inhibits NAMPT.');
  });

  it('offers fixes that keep the inflection and the sentence', () => {
    const cases: [string, string][] = [
      ['AMPK represses NMRK1.', 'AMPK activates NMRK1.'],
      ['AMPK is an inhibitor of NMRK1.', 'AMPK is an activator of NMRK1.'],
      ['NMRK1 is inhibited by AMPK.', 'NMRK1 is activated by AMPK.'],
      ['NMRK1 could suppress PARP1.', 'NMRK1 could activate PARP1.'],
      ['DNA damage does not upregulate NMRK1.', 'DNA damage upregulates NMRK1.'],
      ['NMRK1 lies at 12p13.2.', 'NMRK1 lies at 9q21.13.'],
      ['NMRK1 is a 312-residue protein.', 'NMRK1 is a 199-residue protein.'],
      ['NMRK1 sits on chromosome 17.', 'NMRK1 sits on chromosome 9.'],
      ['NMRK1 is an oxidase.', 'NMRK1 is a kinase.'],
      ['NMRK1 is a mitochondrial protein.', 'NMRK1 is a cytoplasmic protein.'],
      ['rs12611 lies in the SIRT1 gene.', 'rs12611 lies in the NMRK1 gene.'],
      ['NMRK1 converts NMN into NR.', 'NMRK1 converts NR into NMN.'],
    ];
    for (const [before, after] of cases) {
      const f = shipped(before).find((x) => x.code === 'claim-contradicted');
      assert.ok(f, `no contradiction in: ${before}`);
      assert.equal(applyFirstFix(before, f), after);
    }
  });
});

describe('claims: rules come from the data (made-up profiles)', () => {
  const gene = (id: string, extra: Partial<Profile> = {}): Profile => ({
    id, kind: 'gene', symbol: id, name: `test gene ${id.toLowerCase()}`, symbolSource: 'curator', nameSource: 'curator', ...extra,
  });
  const chemical = (id: string, name: string): Profile => ({ id, kind: 'chemical', symbol: id, name, symbolSource: 'curator', nameSource: 'curator' });
  const fixture = loadFixture([
    gene('GENEA', {
      location: { value: '2p11.2', source: 'curator', note: 'made up for a test' },
      proteinLength: { value: 321, source: 'PMID:11111111' },
      downstream: [{ entity: 'GENEB', effect: 'inhibits', label: 'Inhibits', description: 'made up for a test', source: 'PMID:22222222' }],
      reactions: [{ substrates: ['CHEMX'], products: ['CHEMY'], description: 'made up for a test', source: 'PMID:33333333' }],
    }),
    gene('GENEB'),
    chemical('CHEMX', 'test chemical x'),
    chemical('CHEMY', 'test chemical y'),
  ]);
  const check = checkerFor(fixture.lexicon);

  it('contradicts and supports from whatever relations the profiles hold', () => {
    assert.equal(verdictOf(check('GENEA inhibits GENEB.')), 'none');
    assert.equal(verdictOf(check('GENEA activates GENEB.')), 'contradicted');
    assert.equal(verdictOf(check('GENEB activates GENEA.')), 'unsupported');
    assert.equal(verdictOf(check('GENEA converts CHEMX into CHEMY.')), 'none');
    assert.equal(verdictOf(check('GENEA converts CHEMY into CHEMX.')), 'contradicted');
    assert.equal(verdictOf(check('GENEA maps to 2p11.2.')), 'none');
    assert.equal(verdictOf(check('GENEA maps to 5q31.')), 'contradicted');
  });

  it('offers to cite the paper when the evidence has a PMID', () => {
    const text = 'GENEA activates GENEB.';
    const f = check(text).find((x) => x.code === 'claim-contradicted')!;
    assert.equal(f.message, 'The GENEA profile lists GENEA as an inhibitor of GENEB (PMID:22222222).');
    const cite = f.fixes.find((x) => x.title === 'Cite PMID 22222222');
    assert.ok(cite);
    assert.equal(applyFirstFix(text, { ...f, fixes: [cite] }), 'GENEA activates GENEB (PMID: 22222222).');
    const both = f.fixes.find((x) => x.edits.length === 2)!;
    assert.equal(applyFirstFix(text, { ...f, fixes: [both] }), 'GENEA inhibits GENEB (PMID: 22222222).');
  });
});
