// Chemicals a text names by a name or code no table has and defines as one (core/matcher/definedChemicals.ts): a
// systematic or drug name with its short form, a drug code the words next to it call a drug; with sentences written for
// them, and the prose and codes that must stay as they are.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullService } from '../helpers/mesh';
import { chemicalName, DEFINED_PREFIX, definedChemicals } from '../../server/src/core/matcher/definedChemicals';
import { annotatePubtator } from '../../server/src/cli/pubtatorAnnotations';
import type { Hover } from 'vscode-languageserver-types';
import { docWithCursor } from '../helpers/cursor';

const service = fullService();
const found = (text: string): string[] => service.findMentions(text, 'plaintext').map((m) => `${m.text}=${m.kind}:${m.entityId}`);
const defined = (text: string): string[] => definedChemicals(text, 0, text.length, [], []).map((d) => `${d.start}:${text.slice(d.start, d.end)}=${d.name}`);

describe('chemicals a text defines by a name or code no table has', () => {
  it("reads a chemist's or drug's name defined with a short form as a chemical, and the short form after it", () => {
    const m = found('Rats were given tolperidamide (TLP) or 2-chloro-N-ethylbenzamide (CEB) before the test; TLP lowered the seizure score and CEB did not.');
    for (const x of ['tolperidamide', 'TLP', '2-chloro-N-ethylbenzamide', 'CEB']) assert.ok(m.includes(`${x}=chemical:${DEFINED_PREFIX}${x === 'TLP' ? 'tolperidamide' : x === 'CEB' ? '2-chloro-N-ethylbenzamide' : x}`), `${x}: ${m.join(', ')}`);
    // Both uses of each short form.
    assert.equal(m.filter((x) => x.startsWith('TLP=')).length, 2, m.join(', '));
  });
  it('reads a drug code that the words next to it call a drug, and its other uses', () => {
    const m = found('The MEK inhibitor QX123456 blocked the effect. ZR-5521, a selective dopamine D2 receptor antagonist, did not; QX123456 also lowered the dose of AB 40212 (10 mg/kg) needed.');
    for (const x of ['QX123456', 'ZR-5521', 'AB 40212']) assert.ok(m.includes(`${x}=chemical:${DEFINED_PREFIX}${x}`), `${x}: ${m.join(', ')}`);
    assert.equal(m.filter((x) => x.startsWith('QX123456=')).length, 2, m.join(', '));
  });
  it('leaves codes no drug word names, English phrases, diseases, proteins and cells with short forms as they are', () => {
    assert.deepEqual(defined('Samples from the HCT116 line and the GSE12345 set were sequenced in 2019 (n = 40).'), []);
    assert.deepEqual(defined('We measured linkage disequilibrium (LD) across the transmembrane (TM) region and the midline (ML).'), []);
    assert.deepEqual(defined('Patients with fibrodysplasia ossificans progressiva (FOP) and a nucleotide (nt) change were seen on Day 180 (25 mg).'), []);
    assert.ok(!chemicalName('the disulfide isomerase', 0, 'the disulfide isomerase'.length));
    assert.ok(chemicalName('otilonium bromide', 0, 'otilonium bromide'.length));
    assert.ok(chemicalName('fluvoxazole', 0, 'fluvoxazole'.length));
  });
  it('gives way to the mentions found: a table chemical, a gene', () => {
    const m = found('Rats were given doxorubicin (DOX), then the MEK inhibitor U0126 and the PI3K inhibitor QX777888.');
    assert.ok(m.includes('doxorubicin=chemical:MESH:D004317'), m.join(', '));
    assert.ok(!m.some((x) => x.includes(`${DEFINED_PREFIX}doxorubicin`)), m.join(', '));
    assert.ok(m.includes(`QX777888=chemical:${DEFINED_PREFIX}QX777888`), m.join(', '));
  });
  it('looks for the forms a paragraph defines in that paragraph only', () => {
    const text = 'The dose QX123456 (5 mg) was given.\n\nIn the second study QX123456 was not given.';
    const d = defined(text);
    assert.deepEqual(d, ['9:QX123456=QX123456']);
  });
  it('hover names the chemical as the document defines it, with no database id', () => {
    const { doc, position } = docWithCursor('Rats were given tolperidamide (TLP); T$$CURSOR$$LP lowered the score.', 'markdown');
    const c = (service.getHover(doc, position) as Hover | null)?.contents;
    const card = c && typeof c === 'object' && 'value' in c ? c.value : '';
    assert.match(card, /\*\*tolperidamide\*\* — chemical \(\*TLP\* here\)/);
    assert.match(card, /no MeSH or ChEBI entry/);
  });
  it('takes the locant and the cation written before a defined name', () => {
    assert.deepEqual(defined('Rats given sodium 2-chloroethane sulfonate (SCES) at a dose of SCES were studied.').map((x) => x.split('=')[0]), ['11:sodium 2-chloroethane sulfonate', '44:SCES', '63:SCES']);
  });
  it('writes them as PubTator Chemical annotations with no id', () => {
    const lines = annotatePubtator(service, { pmid: '1', title: 'The MEK inhibitor QX123456 in rats.', abstract: '', annotations: [] }, new Map())
      .annotations.filter((a) => a.text === 'QX123456');
    assert.deepEqual(lines.map((a) => [a.type, a.id]), [['Chemical', '']]);
  });
});
