// Chemicals and diseases of the shipped tables in prose (core/matcher/meshScan.ts), with the gene table and the
// profiles loaded as the server loads them: forms writers use, abbreviations defined in the text, English words that
// need evidence, and the profiles' precedence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullService } from '../helpers/mesh';

const service = fullService();
const found = (text: string): string[] => service.findMentions(text, 'plaintext').map((m) => `${m.text}=${m.kind}:${m.entityId}`);

describe('chemicals and diseases in prose', () => {
  it('recognizes chemicals and diseases by their MeSH names, normalized to MeSH', () => {
    const m = found('Patients treated with doxorubicin developed cardiomyopathy and hypotension.');
    assert.ok(m.includes('doxorubicin=chemical:MESH:D004317'), m.join(', '));
    assert.ok(m.includes('cardiomyopathy=disease:MESH:D009202'), m.join(', '));
    assert.ok(m.includes('hypotension=disease:MESH:D007022'), m.join(', '));
  });
  it('reads inverted MeSH names the way writers write them, plurals and adjectives', () => {
    const m = found('In patients with type 2 diabetes, breast tumors were seen in hypertensive rats at this dose.');
    assert.ok(m.includes('type 2 diabetes=disease:MESH:D003924'), m.join(', '));
    assert.ok(m.includes('breast tumors=disease:MESH:D001943'), m.join(', '));
    assert.ok(m.includes('hypertensive=disease:MESH:D006973'), m.join(', '));
  });
  it('makes a short form defined in the text name its long form in the rest of the paragraph', () => {
    const m = found('Mice received doxorubicin (DOX) at 5 mg/kg. DOX caused cardiotoxicity.');
    assert.equal(m.filter((x) => x === 'DOX=chemical:MESH:D004317').length, 2, m.join(', '));
    assert.deepEqual(found('DOX is a word here.'), []);
  });
  it('recognizes ions as writers write them', () => {
    const m = found('Ca(2+) and Zn2+ concentrations in serum rose.');
    assert.ok(m.some((x) => x.startsWith('Ca(2+)=chemical:MESH:')), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('Zn2+=chemical:MESH:')), m.join(', '));
  });
  it('keeps English words that are chemicals as prose without evidence, or in phrases', () => {
    assert.deepEqual(found('This may lead to a gold standard for the salt bridge.'), []);
    assert.deepEqual(found('The iron gate was cold.'), []);
    const m = found('Blood lead concentrations and iron intake in patients given cisplatin at a high dose.');
    assert.ok(m.some((x) => x.startsWith('lead=chemical:')), m.join(', '));
    assert.deepEqual(found('Treatment of patients with cisplatin may lead to nephrotoxicity.').filter((x) => x.startsWith('lead')), []);
  });
  it('leaves the profiles their terms', () => {
    const m = found('NAD+ and Mg2+ in patients with hypotension.');
    assert.ok(m.includes('NAD+=chemical:NAD+'), m.join(', '));
    assert.ok(m.includes('Mg2+=chemical:Mg2+'), m.join(', '));
  });
  it('finds the same mentions in a paragraph as in the whole document', () => {
    const para = 'Doxorubicin (DOX) induced cardiomyopathy in rats; DOX and iron raised the dose of toxicity.';
    const doc = `Some words.\n\n${para}\n\nMore words about lead.`;
    const inDoc = service.findMentions(doc, 'plaintext').map((m) => `${m.start - 13}:${m.text}`);
    const alone = service.findMentions(para, 'plaintext').map((m) => `${m.start}:${m.text}`);
    assert.deepEqual(inDoc, alone);
  });
});
