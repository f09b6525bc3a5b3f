// The editor features on chemicals and diseases known only from the MeSH tables: hover card (name, MeSH link, ChEBI or
// DOID, source), go to definition into the table's line, semantic tokens and document symbols.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { DocumentSymbol, Hover, Location } from 'vscode-languageserver-types';
import { dictionaryWords } from '../../server/src/cli/exportDictionary';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/core/features/semanticTokens';
import { docWithCursor } from '../helpers/cursor';
import { fullService, MESH_FILES } from '../helpers/mesh';

const service = fullService();

function hoverAt(textWithCursor: string): string {
  const { doc, position } = docWithCursor(textWithCursor, 'markdown');
  const c = (service.getHover(doc, position) as Hover | null)?.contents;
  return c && typeof c === 'object' && 'value' in c ? c.value : '';
}

describe('chemicals and diseases in the editor', () => {
  it('hover shows the name, the MeSH id linked to the MeSH browser, ChEBI and the source', () => {
    const card = hoverAt('Patients given doxo$$CURSOR$$rubicin at a high dose.');
    assert.match(card, /\*\*Doxorubicin\*\* — chemical/);
    assert.match(card, /\[MeSH D004317\]\(https:\/\/meshb\.nlm\.nih\.gov\/record\/ui\?ui=D004317\)/);
    assert.match(card, /ChEBI CHEBI:\d+/);
    assert.match(card, /Source: MeSH/);
  });
  it('hover on a disease shows its Disease Ontology id', () => {
    const card = hoverAt('Patients with hyperten$$CURSOR$$sion at a high dose.');
    assert.match(card, /\*\*Hypertension\*\* — disease/);
    assert.match(card, /Disease Ontology DOID:10763/);
  });
  it('go to definition opens the line of the table, the preferred name selected', () => {
    const { doc, position } = docWithCursor('Patients given doxo$$CURSOR$$rubicin at a high dose.', 'markdown');
    const loc = service.getDefinition(doc, position) as Location | null;
    assert.ok(loc && 'uri' in loc);
    assert.ok(loc.uri.endsWith('chemicals.tsv'));
    const line = fs.readFileSync(MESH_FILES[0] ?? '', 'utf8').split('\n')[loc.range.start.line] ?? '';
    assert.ok(line.startsWith('D004317\t'), line);
    assert.equal(line.slice(loc.range.start.character, loc.range.end.character), line);
  });
  it('semantic tokens have a disease type, and symbols list diseases', () => {
    assert.ok(SEMANTIC_TOKEN_TYPES.includes('disease'));
    const { doc } = docWithCursor('Patients with hypertension and cardiomyopathy were given doxorubicin.$$CURSOR$$', 'markdown');
    const tokens = service.getSemanticTokens(doc).data;
    const types = tokens.filter((_, i) => i % 5 === 3).map((t) => SEMANTIC_TOKEN_TYPES[t]);
    assert.deepEqual(types, ['species', 'disease', 'disease', 'chemical'], '"Patients" is a species mention');
    const symbols = service.getDocumentSymbols(doc) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name === 'Diseases'), JSON.stringify(symbols.map((s) => s.name)));
  });
  it('completion and workspace symbols know the chemicals and diseases', () => {
    const { doc, position } = docWithCursor('Patients given doxorub$$CURSOR$$', 'markdown');
    const items = service.getCompletions(doc, position, { triggerKind: 1 })?.items ?? [];
    assert.ok(items.some((i) => i.label === 'Doxorubicin'), items.map((i) => i.label).join(', '));
    const symbols = service.getWorkspaceSymbols('cardiomyopathy');
    assert.ok(symbols.some((s) => s.name.startsWith('Cardiomyopathies') || s.name.startsWith('Cardiomyopathy')), symbols.map((s) => s.name).join(', '));
  });
  it('export-dictionary lists the names of chemicals and diseases', () => {
    const words = new Set(dictionaryWords(service));
    assert.ok(words.has('doxorubicin'));
    assert.ok(words.has('cardiomyopathy'));
  });
});
