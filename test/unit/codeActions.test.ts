// Diagnostics and quick fixes through the language service facade: each fix is applied with TextDocument.applyEdits
// and the result checked; a disable action must silence the diagnostic it was offered for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/core';
import { DEFAULTS, type Settings } from '../../server/src/shared/settings';
import type { ProfileDocument } from '../../server/src/core/types';
import { loadShippedProfileDocuments } from '../helpers/profiles';
import { profileDocument } from '../helpers/featureProfiles';

const shippedDocs = loadShippedProfileDocuments();
const service = createLanguageService({ profiles: shippedDocs });
let n = 0;

function open(text: string, languageId = 'markdown'): TextDocument {
  n += 1;
  return TextDocument.create(`file:///w/actions${n}.${languageId === 'latex' ? 'tex' : languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
}

function actionsFor(svc: LanguageService, doc: TextDocument, d: Diagnostic, settings: Settings = DEFAULTS): CodeAction[] {
  return svc.getCodeActions(doc, d.range, { diagnostics: [d] }, settings);
}

function apply(doc: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[doc.uri];
  assert.ok(edits && edits.length > 0, `no edits in ${action.title}`);
  return TextDocument.applyEdits(doc, edits);
}

function fixed(text: string, pick: (a: CodeAction) => boolean = (a) => a.isPreferred === true, languageId = 'markdown'): string {
  const doc = open(text, languageId);
  const [d] = service.getDiagnostics(doc, DEFAULTS);
  assert.ok(d, `no diagnostic for: ${text}`);
  const action = actionsFor(service, doc, d).find(pick);
  assert.ok(action, `no matching action for: ${text}`);
  assert.equal(action.kind, 'quickfix');
  assert.deepEqual(action.diagnostics, [d]);
  return apply(doc, action);
}

describe('diagnostics', () => {
  it('turns a finding into a diagnostic with source, code, severity and the profile entry as related information', () => {
    const doc = open('Intro line.\n\nAMPK represses NMRK1 during energy stress.\n');
    const [d, ...rest] = service.getDiagnostics(doc, DEFAULTS);
    assert.equal(rest.length, 0);
    assert.equal(d!.source, 'genelens');
    assert.equal(d!.code, 'claim-contradicted');
    assert.equal(d!.severity, 2);
    assert.deepEqual(d!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } });
    assert.equal(d!.message, 'The NMRK1 profile lists AMPK as an activator of NMRK1 (GeneLens curated profile).');
    const related = d!.relatedInformation?.[0];
    assert.ok(related);
    const profile = shippedDocs.find((p) => p.uri === related.location.uri);
    assert.ok(profile && profile.uri.endsWith('/genes/nmrk1.json'));
    const entry = TextDocument.create(profile.uri, 'json', 1, profile.text).getText(related.location.range);
    assert.ok(entry.startsWith('{') && entry.includes('"entity": "AMPK"') && entry.includes('"effect": "activates"'), entry);
    // A label a reader understands, and the source as a reader names it: no JSON path, no "seed".
    assert.equal(related.message, 'NMRK1 profile: regulated by AMPK (GeneLens curated profile)');
  });

  it('takes the severity from the settings, and drops a code set to off', () => {
    const doc = open('AMPK represses NMRK1. NMRK1 inhibits NAMPT. NR cures ageing.');
    const levels = (s: Settings) => service.getDiagnostics(doc, s).map((d) => [d.code, d.severity]);
    assert.deepEqual(levels(DEFAULTS), [['claim-contradicted', 2], ['claim-unsupported', 3], ['claim-overstated', 3]]);
    const custom: Settings = { ...DEFAULTS, severity: { ...DEFAULTS.severity, 'claim-contradicted': 'error', 'claim-unsupported': 'off', 'claim-overstated': 'hint' } };
    assert.deepEqual(levels(custom), [['claim-contradicted', 1], ['claim-overstated', 4]]);
    assert.deepEqual(service.getDiagnostics(doc, { ...DEFAULTS, enable: false }), []);
  });

  it('reports profile load problems as profile-invalid on that profile', () => {
    const broken: ProfileDocument = { uri: 'file:///w/profiles/broken.json', text: '{ "id": "X", "kind": "gene", ' };
    const svc = createLanguageService({ profiles: [...shippedDocs, broken] });
    const diags = svc.getProfileDiagnostics(broken.uri, DEFAULTS);
    assert.ok(diags.length > 0);
    assert.ok(diags.every((d) => d.code === 'profile-invalid' && d.source === 'genelens' && d.severity === 1));
    assert.deepEqual(svc.getProfileDiagnostics(shippedDocs[0]!.uri, DEFAULTS), []);
    assert.deepEqual(svc.getProfileDiagnostics(broken.uri, { ...DEFAULTS, severity: { ...DEFAULTS.severity, 'profile-invalid': 'off' } }), []);
  });
});

describe('code actions', () => {
  it('turns a contradicted verb around, keeping its inflection', () => {
    assert.equal(fixed('AMPK represses NMRK1 during energy stress.'), 'AMPK activates NMRK1 during energy stress.');
    assert.equal(fixed('AMPK repressed NMRK1 in fasting mice.'), 'AMPK activated NMRK1 in fasting mice.');
    assert.equal(fixed('AMPK is an inhibitor of NMRK1.'), 'AMPK is an activator of NMRK1.');
    assert.equal(fixed('NMRK1 is inhibited by AMPK.'), 'NMRK1 is activated by AMPK.');
    assert.equal(fixed('High glucose stimulates NMRK1.'), 'High glucose inhibits NMRK1.');
    assert.equal(fixed('DNA damage does not upregulate NMRK1.'), 'DNA damage upregulates NMRK1.');
  });

  it("replaces a contradicted value with the profile's", () => {
    assert.equal(fixed('NMRK1 is located at 12p13.2.'), 'NMRK1 is located at 9q21.13.');
    assert.equal(fixed('NMRK1 is a 312-residue protein.'), 'NMRK1 is a 199-residue protein.');
    assert.equal(fixed('NMRK1 is a protease.'), 'NMRK1 is a kinase.');
    assert.equal(fixed('NMRK1 is a member of the adenylate kinase family.'), 'NMRK1 is a member of the nicotinamide riboside kinase family.');
    assert.equal(fixed('NMRK2 is mainly found in the brain.'), 'NMRK2 is mainly found in the heart and skeletal muscle.');
  });

  it('softens overstated certainty, as a choice (no rewording is preferred)', () => {
    const reword = (a: CodeAction) => /^(Reword:|Remove) /.test(a.title) && a.isPreferred !== true;
    assert.equal(fixed('It has been proven that NR raises NAD+.', reword), 'It has been suggested that NR raises NAD+.');
    assert.equal(fixed('NMN definitely boosts NAD+.', reword), 'NMN boosts NAD+.');
  });

  it('cites the supporting paper when the evidence has a PMID', () => {
    const gene = (id: string) => ({ id, kind: 'gene' as const, symbol: id, name: `made-up gene ${id}`, symbolSource: 'curator', nameSource: 'curator' });
    const svc = createLanguageService({
      profiles: [
        profileDocument({ ...gene('GENEA'), downstream: [{ entity: 'GENEB', effect: 'activates', label: 'Activates', description: 'made up for a test', source: 'PMID:27725675' }] }),
        profileDocument(gene('GENEB')),
      ],
    });
    const doc = open('GENEA inhibits GENEB.');
    const [d] = svc.getDiagnostics(doc, DEFAULTS);
    assert.ok(d);
    const actions = actionsFor(svc, doc, d);
    const cite = actions.find((a) => a.title === 'Cite PMID 27725675');
    assert.ok(cite);
    assert.equal(apply(doc, cite), 'GENEA inhibits GENEB (PMID: 27725675).');
    const both = actions.find((a) => a.title.endsWith('and cite PMID 27725675'));
    assert.ok(both);
    assert.equal(apply(doc, both), 'GENEA activates GENEB (PMID: 27725675).');
  });

  it('offers "Disable <code> for this line", which silences exactly that diagnostic, in each syntax', () => {
    const cases: [string, string, string][] = [
      ['markdown', '  AMPK represses NMRK1.\n', '  <!-- genelens-disable-next-line claim-contradicted -->\n  AMPK represses NMRK1.\n'],
      ['latex', 'AMPK represses NMRK1.\n', '% genelens-disable-next-line claim-contradicted\nAMPK represses NMRK1.\n'],
      ['plaintext', 'AMPK represses NMRK1.\n', 'genelens-disable-next-line claim-contradicted\nAMPK represses NMRK1.\n'],
    ];
    for (const [languageId, text, expected] of cases) {
      const after = fixed(text, (a) => a.title === 'Disable claim-contradicted for this line', languageId);
      assert.equal(after, expected);
      assert.deepEqual(service.getDiagnostics(open(after, languageId), DEFAULTS), []);
    }
  });

  it('finds its diagnostics when the client sends none, and honours context.only', () => {
    const doc = open('AMPK represses NMRK1.');
    const range = { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } };
    const titles = service.getCodeActions(doc, range, { diagnostics: [] }, DEFAULTS).map((a) => a.title);
    assert.deepEqual(titles, ['Replace "represses" with "activates"', 'Disable claim-contradicted for this line']);
    assert.deepEqual(service.getCodeActions(doc, range, { diagnostics: [], only: ['refactor'] }, DEFAULTS), []);
    const foreign: Diagnostic = { range, message: 'x', source: 'cspell', code: 'unknown-word' };
    assert.deepEqual(service.getCodeActions(doc, range, { diagnostics: [foreign] }, DEFAULTS), []);
  });
});
