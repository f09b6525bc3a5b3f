// The chemical and disease tables as the recognizer reads them (core/lexicon/meshTable.ts, meshKey.ts): keys, case
// rules, the forms added for diseases and ions, the stop list, and look-ups by id.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadMeshTable } from '../../server/src/core';
import { diseaseForms, ionForms } from '../../server/src/core/lexicon/meshTable';
import { meshKey, shapedKey } from '../../server/src/core/lexicon/meshKey';

const CHEMICALS = ['#format\tgenelens-mesh-table 1', '#kind\tchemical', '#source\ttest', 'D001\tCHEBI:1\tDoxorubicin|Adriamycin', 'D002\t\tMagnesium', 'D003\t\tNAD', 'D004\t\tLead~w', 'CHEBI:99\t\tfoo-bar acid'].join('\n');
const DISEASES = ['#kind\tdisease', 'D010\tDOID:1\tHypertension~w|HTN', 'D011\t\tTumor', 'C012\t\tEpilepsy'].join('\n');
const STOP = ['#kind\tstop', 'adriamycin\t9\t0'].join('\n');
const table = loadMeshTable([
  { uri: 'file:///c.tsv', text: CHEMICALS },
  { uri: 'file:///d.tsv', text: DISEASES },
  { uri: 'file:///s.tsv', text: STOP },
]);

describe('mesh table keys', () => {
  it('fold case, spell out Greek letters and read hyphens as spaces', () => {
    assert.equal(meshKey('α-Methyldopa'), 'alpha methyldopa');
    assert.equal(meshKey('beta  blocker'), meshKey('beta-blocker'));
    assert.equal(meshKey('Ca(2+)'), 'ca(2+)');
  });
  it('keep the case of words whose case carries meaning', () => {
    assert.equal(shapedKey('Vitamin D'), 'vitamin D');
    assert.equal(shapedKey('NAD'), 'NAD');
    assert.equal(shapedKey('Mg2+'), 'Mg2+');
  });
});

describe('loadMeshTable', () => {
  it('finds entries by id and kind, with their cross-reference and line', () => {
    const i = table.find('MESH:D001');
    assert.ok(i >= 0);
    const e = table.entry(i);
    assert.equal(e.kind, 'chemical');
    assert.equal(e.xref, 'CHEBI:1');
    assert.equal(e.name, 'Doxorubicin');
    assert.equal(e.line, 3);
    assert.equal(table.kindOf(table.find('MESH:D010')), 'disease');
    assert.equal(table.idOf(table.find('CHEBI:99')), 'CHEBI:99');
    assert.equal(table.find('MESH:C012') >= 0, true);
  });
  it('keys terms by their folded text; a short or shaped term keeps its case rule', () => {
    assert.equal(table.hits.get('doxorubicin')?.shaped, undefined);
    assert.equal(table.hits.get('nad')?.shaped, 'NAD');
    assert.equal(table.hits.get('lead')?.flags, 1, 'an English word is marked');
  });
  it('adds plurals and adjectives of diseases, and ion forms of elements', () => {
    assert.ok(table.hits.has('tumors'));
    assert.ok(table.hits.has('hypertensive'));
    assert.ok(table.hits.has('epileptic'));
    assert.ok(table.hits.has('mg2+'));
    assert.ok(table.hits.has('mg(2+)'));
    assert.deepEqual(diseaseForms('Anemia'), ['anemic']);
    assert.ok(ionForms('Ca').includes('Ca(2+)'));
  });
  it('leaves out a disease short name in capitals and the stop list', () => {
    assert.equal(table.hits.has('htn'), false);
    assert.equal(table.hits.has('adriamycin'), false);
  });
  it('knows the proper prefixes of its keys', () => {
    assert.ok(table.prefixes.has('foo'));
    assert.ok(table.prefixes.has('mg('));
    assert.equal(table.prefixes.has('doxorubicin'), false);
  });
  it('skips lines that are not table lines', () => {
    const bad = loadMeshTable([{ uri: 'file:///x.tsv', text: '#kind\tchemical\nnot a line\nD1\t\tWater' }]);
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.entryCount, 1);
  });
});
