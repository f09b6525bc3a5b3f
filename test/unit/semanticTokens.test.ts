// Semantic tokens through the facade: one token per mention (split at line breaks), typed by entity kind, with the
// nonPreferred / ambiguous / deprecated modifiers; none when the setting is off. The legend and package.json agree.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, SEMANTIC_TOKENS_LEGEND } from '../../server/src/core';
import type { Profile } from '../../server/src/core/profile';
import { DEFAULT_PROFILES, NMRK1, profileDocument } from '../helpers/featureProfiles';

const NMRK1_AMBIGUOUS: Profile = {
  ...NMRK1,
  synonyms: [
    { text: 'NRK1', type: 'alias', source: 'HGNC', ambiguity: { decision: 'this', alsoNames: ['NTRK1'], note: 'test' } },
    { text: 'C9orf95', type: 'previous', source: 'HGNC' },
  ],
};
const service = createLanguageService({ profiles: [...DEFAULT_PROFILES.filter((p) => p.id !== 'NMRK1'), NMRK1_AMBIGUOUS].map(profileDocument) });

interface Token { line: number; char: number; text: string; type: string; modifiers: string[] }

function decode(doc: TextDocument, data: number[]): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    const [dl = 0, dc = 0, length = 0, type = 0, bits = 0] = data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, k) => bits & (1 << k));
    const text = doc.getText({ start: { line, character: char }, end: { line, character: char + length } });
    out.push({ line, char, text, type: SEMANTIC_TOKENS_LEGEND.tokenTypes[type] ?? '?', modifiers });
  }
  return out;
}

describe('SemanticTokensProvider', () => {
  it('types each mention by kind and marks aliases, previous symbols and ambiguous terms', () => {
    const doc = TextDocument.create('file:///t1.md', 'markdown', 1, 'NMRK1 (NRK1, once C9orf95) makes NMN.\nAMPK and NAD+; rs12611.');
    const tokens = decode(doc, service.getSemanticTokens(doc).data);
    assert.deepEqual(
      tokens.map((t) => `${t.line}:${t.char} ${t.text} ${t.type}${t.modifiers.length ? `.${t.modifiers.join('.')}` : ''}`),
      [
        '0:0 NMRK1 gene',
        '0:7 NRK1 gene.nonPreferred.ambiguous',
        '0:18 C9orf95 gene.nonPreferred.deprecated',
        '0:33 NMN chemical',
        '1:0 AMPK complex',
        '1:9 NAD+ chemical',
        '1:15 rs12611 variant',
      ],
    );
  });

  it('splits a name broken over two lines into one token per line', () => {
    const doc = TextDocument.create('file:///t2.md', 'markdown', 1, 'The nicotinamide riboside\nkinase 1 enzyme.');
    const tokens = decode(doc, service.getSemanticTokens(doc).data);
    assert.deepEqual(tokens.map((t) => [t.line, t.text, t.type]), [
      [0, 'nicotinamide riboside', 'gene'],
      [1, 'kinase 1', 'gene'],
    ]);
  });

  it('gives the tokens of the mentions overlapping a range', () => {
    const doc = TextDocument.create('file:///t4.md', 'markdown', 1, 'NMRK1 (NRK1, once C9orf95) makes NMN.\nAMPK and NAD+; rs12611.\nSIRT3 here.');
    const ranged = (range: Range) => decode(doc, service.getSemanticTokens(doc, undefined, range).data).map((t) => `${t.line}:${t.char} ${t.text}`);
    assert.deepEqual(ranged({ start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }), ['1:0 AMPK', '1:9 NAD+', '1:15 rs12611']);
    assert.deepEqual(ranged({ start: { line: 0, character: 9 }, end: { line: 0, character: 20 } }), ['0:7 NRK1', '0:18 C9orf95'], 'a mention partly inside is whole');
    assert.deepEqual(ranged({ start: { line: 2, character: 6 }, end: { line: 2, character: 11 } }), []);
  });

  it('gives no tokens when genelens.semanticTokens.enable is false', () => {
    const doc = TextDocument.create('file:///t3.md', 'markdown', 1, 'NMRK1');
    const off = normalizeSettings({ semanticTokens: { enable: false } });
    assert.deepEqual(off.problems, []);
    assert.deepEqual(service.getSemanticTokens(doc, off.settings).data, []);
    assert.equal(service.getSemanticTokens(doc).data.length, 5);
    assert.equal(normalizeSettings({ semanticTokens: { enable: 'no' } }).problems.length, 1);
    assert.equal(normalizeSettings({ 'semanticTokens.enable': false }).settings.semanticTokens.enable, false);
  });

  it('declares the same token types and modifiers in package.json, with a default scope for every type', () => {
    const root = path.resolve(__dirname, '../../..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: {
        semanticTokenTypes: { id: string }[];
        semanticTokenModifiers: { id: string }[];
        semanticTokenScopes: { scopes: Record<string, string[]> }[];
      };
    };
    const c = manifest.contributes;
    assert.deepEqual(c.semanticTokenTypes.map((t) => t.id), SEMANTIC_TOKENS_LEGEND.tokenTypes);
    const standard = ['deprecated'];
    assert.deepEqual(c.semanticTokenModifiers.map((m) => m.id), SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((m) => !standard.includes(m)));
    for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) assert.ok(c.semanticTokenScopes[0]?.scopes[type]?.length, `${type} has a scope`);
  });
});
