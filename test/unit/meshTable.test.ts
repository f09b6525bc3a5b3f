// The chemical and disease tables as the recognizer reads them (core/lexicon/meshTable.ts, meshHash.ts): keys, case
// rules, the forms added for diseases and ions, the stop list, and look-ups by id.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadMeshTable } from '../../server/src/core';
import { britishSpelling, diseaseForms, ionForms, COMMON, SHAPED } from '../../server/src/core/lexicon/meshTable';

const CHEMICALS = ['#format\tgenelens-mesh-table 2', '#kind\tchemical', '#source\ttest', 'D001\t1\tDoxorubicin|Adriamycin', 'D002\t\tMagnesium', 'D003\t\tNAD', 'D004\t\tLead~w', 'CHEBI:99\t\tfoo-bar acid', 'D005\t\tα-Methyldopa|beta blocker|Vitamin D'].join('\n');
const DISEASES = ['#kind\tdisease', 'D010\t1\tHypertension~w|HTN', 'D011\t\tTumor', 'C012\t\tEpilepsy', 'D014\t\tAcquired Immunodeficiency Syndrome|AIDS~w|ACIS'].join('\n');
const STOP = ['#kind\tstop', 'adriamycin\t9\t0'].join('\n');
const table = loadMeshTable([
  { uri: 'file:///c.tsv', text: CHEMICALS },
  { uri: 'file:///d.tsv', text: DISEASES },
  { uri: 'file:///s.tsv', text: STOP },
]);

describe('mesh table keys', () => {
  it('fold case, spell out Greek letters and read hyphens as spaces', () => {
    assert.equal(table.lookup('alpha methyldopa')?.entry, table.find('MESH:D005'));
    assert.equal(table.lookup('ALPHA-METHYLDOPA')?.entry, table.find('MESH:D005'));
    assert.equal(table.lookup('beta-blocker')?.entry, table.find('MESH:D005'));
    assert.equal(table.lookup('beta  blocker')?.entry, table.find('MESH:D005'));
  });
  it('mark the keys whose case carries meaning', () => {
    assert.ok(((table.lookup('NAD')?.flags ?? 0) & SHAPED) !== 0);
    assert.ok(((table.lookup('vitamin D')?.flags ?? 0) & SHAPED) !== 0);
    assert.equal((table.lookup('doxorubicin')?.flags ?? 0) & SHAPED, 0);
  });
});

describe('loadMeshTable', () => {
  it('finds entries by id and kind, with their cross-reference and line', () => {
    const i = table.find('MESH:D001');
    assert.ok(i >= 0);
    const e = table.entry(i);
    assert.equal(e.kind, 'chemical');
    assert.equal(e.xref, 'CHEBI:1', 'a bare cross-reference number is read in the namespace of the file');
    assert.equal(table.entry(table.find('MESH:D010')).xref, 'DOID:1');
    assert.equal(e.name, 'Doxorubicin');
    assert.equal(e.line, 3);
    assert.equal(table.kindOf(table.find('MESH:D010')), 'disease');
    assert.equal(table.idOf(table.find('CHEBI:99')), 'CHEBI:99');
    assert.equal(table.find('MESH:C012') >= 0, true);
  });
  it('keys terms by their folded text; an English word is marked', () => {
    assert.equal(table.lookup('DOXORUBICIN')?.entry, table.find('MESH:D001'));
    assert.equal(table.lookup('lead')?.flags, COMMON);
  });
  it('adds plurals and adjectives of diseases, and ion forms of elements', () => {
    assert.ok(table.lookup('tumors'));
    assert.ok(table.lookup('hypertensive'));
    assert.ok(table.lookup('epileptic'));
    assert.ok(table.lookup('Mg2+'));
    assert.ok(table.lookup('Mg(2+)'));
    assert.deepEqual(diseaseForms('Anemia'), ['Anemias', 'anemic', 'Anaemia', 'anaemic']);
    assert.deepEqual(diseaseForms('toxicity'), [], '"toxic" alone names no disease');
    assert.deepEqual(diseaseForms('Convulsions'), ['convulsive']);
    assert.deepEqual(diseaseForms('Brain Tumor'), ['Brain Tumors', 'Brain Tumour', 'Brain Tumours']);
    assert.ok(ionForms('Ca').includes('Ca(2+)'));
  });
  it('spells disease names the British way too', () => {
    assert.equal(britishSpelling('Cerebral Hemorrhage'), 'Cerebral Haemorrhage');
    assert.equal(britishSpelling('Hyperkalemia'), 'Hyperkalaemia');
    assert.equal(britishSpelling('edema'), 'oedema');
    // A capital stays first, so the key is not shaped by it: "Oedema", not "oEdema".
    assert.equal(britishSpelling('Edema'), 'Oedema');
    assert.equal(britishSpelling('Esophageal Neoplasms'), 'Oesophageal Neoplasms');
    assert.equal(britishSpelling('Dyspnea'), 'Dyspnoea');
    assert.equal(britishSpelling('Hemolytic-Uremic Syndrome'), 'Haemolytic-Uraemic Syndrome');
    assert.equal(britishSpelling('Hypertension'), 'Hypertension');
  });
  it('leaves out a disease short name in capitals and the stop list', () => {
    assert.equal(table.lookup('HTN'), undefined);
    assert.equal(table.lookup('ACIS'), undefined);
    // One the table flags (four or five capitals, its name's initials) is read with evidence.
    assert.equal(table.lookup('AIDS')?.entry, table.find('MESH:D014'));
    assert.ok(((table.lookup('AIDS')?.flags ?? 0) & COMMON) !== 0);
    assert.equal(table.lookup('adriamycin'), undefined);
  });
  it('knows the proper prefixes of its keys', () => {
    assert.ok(table.hasPrefix('foo'));
    assert.ok(table.hasPrefix('Mg('));
    assert.equal(table.hasPrefix('doxorubicin'), false);
  });
  it('skips lines that are not table lines', () => {
    const bad = loadMeshTable([{ uri: 'file:///x.tsv', text: '#kind\tchemical\nnot a line\nD1\t\tWater' }]);
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.entryCount, 1);
  });
});

describe('the prebuilt chemical and disease index', () => {
  const inputs = [
    { uri: 'file:///c.tsv', text: CHEMICALS },
    { uri: 'file:///d.tsv', text: DISEASES },
    { uri: 'file:///s.tsv', text: STOP },
  ];
  it('gives the table it was made from, without reading the terms', () => {
    const bytes = loadMeshTable(inputs).encodeIndex();
    const t = loadMeshTable(inputs, bytes);
    assert.equal(t.prebuilt, true);
    assert.equal(t.problems.length, 0);
    assert.equal(t.entryCount, table.entryCount);
    assert.equal(t.termCount, table.termCount);
    assert.equal(t.lookup('Mg(2+)')?.entry, table.lookup('Mg(2+)')?.entry);
    assert.equal(t.entry(t.find('MESH:D010')).name, 'Hypertension');
    assert.ok(t.hasPrefix('foo'));
  });
  it('is refused for other texts, with the reason, and the table is read from the text', () => {
    const bytes = loadMeshTable(inputs).encodeIndex();
    const changed = [inputs[0]!, { uri: 'file:///d.tsv', text: `${DISEASES}\nD013\t\tGout` }, inputs[2]!];
    const t = loadMeshTable(changed, bytes);
    assert.equal(t.prebuilt, false);
    assert.match(t.problems.join('\n'), /prebuilt chemical and disease index not used: made from other versions/);
    assert.ok(t.lookup('gout'));
    assert.equal(loadMeshTable(inputs, new Uint8Array([1, 2, 3])).prebuilt, false);
  });
});
