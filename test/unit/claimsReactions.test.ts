// Reactions as data, checked both ways (issue #15): each enzyme of the shipped profiles lists its reactions with
// sources (Gene Ontology terms whose definitions state them, EC numbers), a sentence that gives an enzyme another
// enzyme's reaction is contradicted and the message names the enzyme that does it, a correct one gets nothing; the
// hover card and the profile page show the curator's reading where the seed is loose, never the loose text as fact.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { renderProfilePage } from '../../client/src/profilePage';
import { createLanguageService } from '../../server/src/core';
import { buildLexicon } from '../../server/src/core/lexicon/buildLexicon';
import { renderEntityCard } from '../../server/src/core/render/hoverCard';
import { readProfileDocuments } from '../../server/src/profileFiles';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { geneService } from '../helpers/genes';
import { applyFirstFix, expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';
import { shippedProfiles } from '../helpers/profiles';

const check = shippedChecker();
const expectAll = (cases: [string, Verdict][]): void => expectVerdicts(check, cases, verdictOf);
const only = (text: string) => {
  const found = check(text);
  assert.equal(found.length, 1, `one finding for: ${text} (got ${found.map((f) => f.message).join(' | ')})`);
  return found[0]!;
};

describe('reactions: the data', () => {
  it('lists a sourced reaction for each enzyme of the NAD+ pathway, with its GO term and evidence where GO states it', () => {
    const profiles = new Map(shippedProfiles().profiles.map((l) => [l.profile.id, l.profile]));
    const reaction = (id: string) => profiles.get(id)?.reactions ?? [];
    const has = (id: string, substrate: string, product: string) =>
      reaction(id).some((r) => r.substrates.includes(substrate) && r.products.includes(product));
    assert.ok(has('NAMPT', 'NAM', 'NMN'));
    for (const id of ['NMRK1', 'NMRK2']) assert.ok(has(id, 'NR', 'NMN'), id);
    for (const id of ['NMNAT1', 'NMNAT2', 'NMNAT3']) assert.ok(has(id, 'NMN', 'NAD+'), id);
    for (const id of ['CD38', 'PARP1', 'SIRT1']) assert.ok(has(id, 'NAD+', 'NAM'), id);
    assert.ok(reaction('SLC12A8').some((r) => r.transport && r.substrates.includes('NMN') && r.disputed));
    for (const [id, p] of profiles) {
      for (const r of p.reactions ?? []) {
        if (r.source === 'Gene Ontology') assert.ok(r.go && r.evidence?.length, `${id}: a Gene Ontology reaction names its term and evidence`);
        if (r.go) assert.match(r.go, /^GO:\d{7}$/);
      }
    }
    assert.equal(reaction('NAMPT')[0]?.ec, '2.4.2.12');
    assert.equal(reaction('NMNAT1')[0]?.go, 'GO:0000309');
  });
});

describe('reactions: claims', () => {
  it('contradicts a reaction given to the wrong enzyme, naming the enzymes that catalyse it', () => {
    expectAll([
      ['NMRK1 converts NMN to NAD+.', 'contradicted'],
      ['NMRK1 converts nicotinamide to NMN.', 'contradicted'],
      ['NMRK1 produces NAD+.', 'contradicted'],
      ['NAD+ is produced by NMRK1.', 'contradicted'],
      ['NAMPT converts NMN into NAD+.', 'contradicted'],
      ['NMNAT2 converts NAD+ into NMN.', 'contradicted'],
    ]);
    const f = only('NMRK1 converts NMN to NAD+.');
    assert.match(f.message, /^NMNAT1, NMNAT2 and NMNAT3, not NMRK1, make NAD\+ from NMN \(Gene Ontology GO:0000309, evidence [A-Z, ]+\); NMRK1 makes NMN from NR and ATP/);
    assert.equal(f.evidence?.entityId, 'NMNAT1');
    assert.equal(f.evidence?.label, 'reaction NMN + ATP → NAD+');
  });

  it('writes the message in the writer\'s words and offers the right enzyme', () => {
    const text = 'NMRK1 converts nicotinamide to NMN.';
    const f = only(text);
    assert.match(f.message, /^NAMPT, not NMRK1, makes NMN from nicotinamide \(Gene Ontology GO:0047280/);
    assert.doesNotMatch(f.message, /\bNAM\b|source: |upstream\.\d|reactions\.\d/);
    assert.equal(applyFirstFix(text, f), 'NAMPT converts nicotinamide to NMN.');
  });

  it('says nothing on correct sentences about what each enzyme does', () => {
    expectAll([
      ['NAMPT converts nicotinamide into NMN.', 'none'],
      ['NAMPT converts NAM into NMN.', 'none'],
      ['NMRK2 phosphorylates nicotinamide riboside.', 'none'],
      ['NMNAT1 converts NMN into NAD+.', 'none'],
      ['CD38 consumes NAD+.', 'none'],
      ['PARP1 consumes NAD+.', 'none'],
      ['SIRT1 consumes NAD+.', 'none'],
      ['SLC12A8 transports NMN.', 'none'],
      ['NMNAT1-3, not NMRK1, convert NMN into NAD+.', 'none'],
      ['NMRK1 converts NR into NMN, which NMNAT1 turns into NAD+.', 'none'],
      ['The NMN produced by NMRK1 feeds NAD+ synthesis.', 'none'],
    ]);
  });

  it('keeps silent on a reaction the data neither lists nor gives to another enzyme, unless the enzyme\'s reactions are listed', () => {
    expectAll([
      ['CD38 degrades NMN.', 'none'], // an effect on a chemical: GO lists what is known, not all an enzyme does
      ['SIRT1 deacetylates PARP1.', 'none'], // a protein deacetylase (GO:0034979) may take any protein
      ['SIRT3 phosphorylates NMRK1.', 'unsupported'], // no kinase activity, and NMRK1's regulators are listed
      ['NMRK1 phosphorylates fructose.', 'unsupported'],
      ['NMRK1 requires NAD+ as a cofactor.', 'unsupported'],
    ]);
  });
});

describe('reactions: what an enzyme uses up', () => {
  it('questions a rise of what the enzyme only uses up, and says why', () => {
    const f = only('CD38 increases NAD+ levels in the liver.');
    assert.equal(f.code, 'claim-unsupported');
    assert.match(f.message, /CD38 uses NAD\+ up and makes none \(Gene Ontology GO:\d{7}/);
  });

  it('leaves the right direction, a loss that raises it, a negation and a product alone', () => {
    expectAll([
      ['CD38 degrades NAD+.', 'none'],
      ['CD38 lowers NAD+ levels.', 'none'],
      ['Loss of CD38 raises NAD+ levels.', 'none'],
      ['CD38 does not increase NAD+ levels.', 'none'],
      ['NMRK1 increases NMN levels.', 'none'],
      ['PARP1 activation depletes NAD+.', 'none'],
    ]);
    assert.equal(verdictOf(check('PARP1 activation increases NAD+.')), 'unsupported');
    assert.equal(verdictOf(check('Loss of CD38 lowers NAD+ levels.')), 'unsupported');
  });
});

describe('numbers said of things', () => {
  it('weighs "doubles" only when a gene, chemical, disease or variant is its subject, not a species', () => {
    const service = geneService();
    const codes = (text: string) => service.analyze(TextDocument.create(`mem:///q${text.length}.md`, 'markdown', 1, text)).findings
      .filter((f) => f.code.startsWith('claim-')).map((f) => f.code);
    assert.deepEqual(codes('Ablation of murine double minute 2 (Mdm2) raised p53 in the testis.'), []);
    assert.deepEqual(codes('The human triple negative cell line grew in NAMPT-rich medium.'), []);
    assert.deepEqual(codes('rs12611 doubles NAD+ levels.'), ['claim-unsupported']);
  });
});

describe('reactions: hover card and profile page', () => {
  const profiles = shippedProfiles().profiles;
  const lexicon = buildLexicon(profiles);
  const card = (id: string) => renderEntityCard(lexicon.get(id)!, lexicon);

  it('shows the curator\'s reading of the NMRK1 summary, not the seed\'s loose one', () => {
    const nmrk1 = card('NMRK1');
    assert.match(nmrk1, /NMNAT1-3, not NMRK1, turn NMN into NAD\+/);
    assert.doesNotMatch(nmrk1, /responsible for converting nicotinamide riboside \(NR\) and nicotinamide mononucleotide \(NMN\) into the vital coenzyme/);
    assert.match(nmrk1, /GO:0050262 \(EXP, IBA\)/);
  });

  it('shows each enzyme\'s reaction with its EC number and GO term', () => {
    assert.match(card('NAMPT'), /NAM \+ 5-phospho-alpha-D-ribose 1-diphosphate \(PRPP\) → NMN \+ diphosphate · EC 2\.4\.2\.12 · GO:0047280 \(IBA, TAS\)/);
    assert.match(card('CD38'), /Reactions:/);
    assert.match(card('SLC12A8'), /carries NMN across the membrane.*\(disputed\)/);
  });

  it('puts the curator\'s reading first on the profile page and quotes the seed\'s loose words as such', () => {
    const { docs } = readProfileDocuments([path.resolve(__dirname, '../../../data/profiles')]);
    const result = createLanguageService({ profiles: docs }).getProfile('NMRK1');
    assert.ok(result);
    const html = renderProfilePage(result, { cspSource: 'https://webview.test', nonce: 'n' });
    const summary = /<p class="summary">([^<]*)/.exec(html)?.[1] ?? '';
    assert.match(summary, /NMNAT1-3, not NMRK1, turn NMN into NAD\+/);
    assert.match(html, /Loose in its source <span class="source">\[GeneLens curated profile\]<\/span>: “NMRK1 \(Nicotinamide Riboside Kinase 1\) is an essential enzyme/);
    assert.match(html, /<h2>Curator notes/);
    assert.match(html, /EC 2\.7\.1\.- · GO:0050262 \(EXP, IBA\)/);
  });
});
