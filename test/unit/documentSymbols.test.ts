// Document symbols through the facade: the entities a document mentions, grouped by kind, each once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core';
import { DEFAULT_PROFILES, profileDocument } from '../helpers/featureProfiles';

const service = createLanguageService({ profiles: DEFAULT_PROFILES.map(profileDocument) });
const text = [
  '# NAD+ notes',
  '',
  'NMRK1 (also NRK1) makes NMN. AMPK activates NMRK1.',
  '',
  'The variants rs12611 and rs99999 were studied; `NAD+` in code is not counted.',
].join('\n');
let n = 0;
const doc = () => TextDocument.create(`file:///workspace/symbols${++n}.md`, 'markdown', 1, text);

const contains = (outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

describe('DocumentSymbolProvider', () => {
  it('groups the mentioned entities by kind, each once, with its name, spellings and count', () => {
    const d = doc();
    const symbols = service.getDocumentSymbols(d, true) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['Genes', 'Protein complexes', 'Chemicals', 'Variants']);
    const genes = symbols[0]?.children ?? [];
    assert.deepEqual(genes.map((g) => g.name), ['NMRK1']);
    assert.match(genes[0]?.detail ?? '', /nicotinamide riboside kinase 1 · as NRK1 · 3 mentions/);
    assert.equal(d.getText(genes[0]?.selectionRange), 'NMRK1', 'selects the first mention');
    assert.deepEqual(symbols[2]?.children?.map((c) => c.name), ['NAD+', 'NMN']);
    const variants = symbols[3]?.children ?? [];
    assert.deepEqual(variants.map((v) => v.name), ['rs12611', 'rs99999']);
    assert.match(variants[1]?.detail ?? '', /not in the profile data/);
    for (const group of symbols) {
      assert.ok(contains(group.range, group.selectionRange), `${group.name}: selection inside range`);
      for (const child of group.children ?? []) {
        assert.ok(contains(group.range, child.range), `${child.name} inside ${group.name}`);
        assert.ok(contains(child.range, child.selectionRange), `${child.name}: selection inside range`);
      }
    }
  });

  it('gives a flat list with the group as container to clients without hierarchical symbols', () => {
    const d = doc();
    const flat = service.getDocumentSymbols(d, false) as SymbolInformation[];
    assert.deepEqual(flat.map((s) => `${s.containerName}/${s.name}`), [
      'Genes/NMRK1',
      'Protein complexes/AMPK',
      'Chemicals/NAD+',
      'Chemicals/NMN',
      'Variants/rs12611',
      'Variants/rs99999',
    ]);
    assert.equal(d.getText(flat[1]?.location.range), 'AMPK');
  });

  it('lists nothing for a document without terms', () => {
    assert.deepEqual(service.getDocumentSymbols(TextDocument.create('file:///e.md', 'markdown', 1, 'Plain prose.'), true), []);
  });
});
