// Completion through the facade: symbols, aliases that insert the approved symbol, names of several words; triggered
// by typing an upper-case token, never by an ordinary capitalised word; nothing in code; capped; a short card on
// resolve.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/core';
import { MAX_COMPLETIONS } from '../../server/src/core/features/completion';
import type { Profile } from '../../server/src/core/profile';
import { docWithCursor } from '../helpers/cursor';
import { geneService } from '../helpers/genes';
import { DEFAULT_PROFILES, profileDocument } from '../helpers/featureProfiles';

const INVOKED = { triggerKind: 1 };
const typed = (c: string) => ({ triggerKind: 2, triggerCharacter: c });

function complete(textWithCursor: string, trigger: { triggerKind: number; triggerCharacter?: string } = INVOKED, profiles: readonly Profile[] = DEFAULT_PROFILES) {
  const service: LanguageService = createLanguageService({ profiles: profiles.map(profileDocument) });
  const { doc, position } = docWithCursor(textWithCursor);
  const list = service.getCompletions(doc, position, trigger);
  const apply = (item: CompletionItem): string => {
    const edit = item.textEdit as TextEdit;
    return doc.getText().slice(0, doc.offsetAt(edit.range.start)) + edit.newText + doc.getText().slice(doc.offsetAt(edit.range.end));
  };
  return { service, list, apply };
}

const labels = (list: CompletionList | null) => list?.items.map((i) => i.label) ?? [];

describe('CompletionProvider', () => {
  it('completes an upper-case token as it is typed, with the full name as detail', () => {
    const { list, apply } = complete('We measured NM$$CURSOR$$ levels.', typed('M'));
    assert.ok(list);
    assert.deepEqual(labels(list).slice(0, 2).sort(), ['NMN', 'NMRK1']);
    const nmrk1 = list.items.find((i) => i.label === 'NMRK1');
    assert.ok(nmrk1);
    assert.match(nmrk1.detail ?? '', /nicotinamide riboside kinase 1/);
    assert.equal(apply(nmrk1), 'We measured NMRK1 levels.');
  });

  it('offers an alias under its own name and inserts the approved symbol', () => {
    const { list, apply } = complete('The NRK$$CURSOR$$', typed('K'));
    const alias = list?.items.find((i) => i.label === 'NRK1');
    assert.ok(alias, `NRK1 offered, got ${labels(list).join(', ')}`);
    assert.equal(apply(alias), 'The NMRK1');
    assert.equal(alias.filterText, 'NRK1 NMRK1', 'filters by what the writer typed, then the symbol it writes');
    assert.notEqual(alias.preselect, true);
    assert.match(alias.detail ?? '', /alias of NMRK1/);
  });

  it('does not pop up for an ordinary capitalised word or a single letter', () => {
    assert.equal(complete('T$$CURSOR$$', typed('T')).list, null);
    assert.equal(complete('The$$CURSOR$$', typed('T')).list, null);
    assert.equal(complete('See Nm$$CURSOR$$', typed('N')).list, null);
  });

  it('completes any word when asked for (Ctrl+Space), names of several words too, keeping a typed capital', () => {
    const { list, apply } = complete('Add nicotinamide mono$$CURSOR$$ daily.');
    const name = list?.items.find((i) => i.label === 'nicotinamide mononucleotide');
    assert.ok(name, `got ${labels(list).join(', ')}`);
    assert.equal(apply(name), 'Add nicotinamide mononucleotide daily.');
    const capital = complete('Nicotinamide mono$$CURSOR$$').list?.items.find((i) => i.label === 'nicotinamide mononucleotide');
    assert.equal((capital?.textEdit as TextEdit | undefined)?.newText, 'Nicotinamide mononucleotide');
    assert.deepEqual(labels(complete('rs126$$CURSOR$$').list), ['rs12611']);
  });

  it('offers nothing inside code', () => {
    assert.equal(complete('Text `NM$$CURSOR$$` here.', typed('M')).list, null);
    assert.equal(complete('```\nNM$$CURSOR$$\n```\n', typed('M')).list, null);
  });

  it('caps the list and says it is incomplete', () => {
    const many: Profile[] = Array.from({ length: 120 }, (_, i) => ({
      id: `ZZG${i + 1}`,
      kind: 'gene',
      symbol: `ZZG${i + 1}`,
      name: `test gene ${i + 1}`,
      symbolSource: 'seed',
      nameSource: 'seed',
    }));
    const { list } = complete('ZZ$$CURSOR$$', typed('Z'), many);
    assert.ok(list);
    assert.equal(list.items.length, MAX_COMPLETIONS);
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items[0]?.label, 'ZZG1', 'shorter first');
  });

  it('with every human gene, "NMR" lists NMRK1 first and pre-selected, the alias NMR (of LINC01672) after the symbols', () => {
    const { doc, position } = docWithCursor('We measured NMR$$CURSOR$$ levels.');
    for (const trigger of [INVOKED, typed('R')]) {
      const list = geneService().getCompletions(doc, position, trigger);
      const items = list?.items ?? [];
      assert.equal(items[0]?.label, 'NMRK1', labels(list).join(', '));
      assert.equal(items[0]?.preselect, true);
      assert.deepEqual(items[0]?.labelDetails, { detail: ' nicotinamide riboside kinase 1', description: 'gene' });
      assert.equal(items.filter((i) => i.preselect).length, 1, 'one item pre-selected');
      const alias = items.findIndex((i) => i.label === 'NMR');
      assert.ok(alias > 0, 'the alias NMR is offered');
      assert.equal(items[alias]?.labelDetails?.description, '→ LINC01672');
      assert.match(items[alias]?.labelDetails?.detail ?? '', /long intergenic non-protein coding RNA 1672/);
      assert.notEqual(items[alias]?.filterText, 'NMR', 'never an exact match of the typed word');
      const firstAlias = items.findIndex((i) => (i.labelDetails?.description ?? '').startsWith('→'));
      const lastSymbol = items.map((i) => i.label.startsWith('NMR') && !(i.labelDetails?.description ?? '').startsWith('→')).lastIndexOf(true);
      assert.ok(lastSymbol < firstAlias, 'approved symbols before aliases');
    }
  });

  it('never pre-selects an alias that writes another gene, even when only aliases match', () => {
    const { doc, position } = docWithCursor('NRK1$$CURSOR$$');
    const items = geneService().getCompletions(doc, position, INVOKED)?.items ?? [];
    assert.ok(items.some((i) => i.label === 'NRK1'), labels({ isIncomplete: false, items }).join(', '));
    for (const i of items) if ((i.labelDetails?.description ?? '').startsWith('→')) assert.notEqual(i.preselect, true, i.label);
  });

  it('resolves an item with a short card, escaped', () => {
    const { service, list } = complete('NMR$$CURSOR$$', typed('R'));
    const item = list?.items.find((i) => i.label === 'NMRK1');
    assert.ok(item);
    assert.equal(item.documentation, undefined, 'documentation comes on resolve');
    const resolved = service.resolveCompletion(item);
    const doc = resolved.documentation as { kind: string; value: string };
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /^\*\*NMRK1\*\* — nicotinamide riboside kinase 1/);
    assert.match(doc.value, /NRK1/);
    assert.match(doc.value, /Sources: /);
    assert.deepEqual(service.resolveCompletion({ label: 'x' }), { label: 'x' }, 'foreign items pass through');
  });
});
