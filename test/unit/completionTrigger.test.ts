// The VS Code client's guess that a completion request is a quick suggestion (asked for while typing), which it then
// sends as a typed character so only a gene-like token opens the list: the rule on its own, with the time passed in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isQuickSuggestion, QUICK_SUGGEST_WINDOW_MS, typedEnd } from '../../client/src/completionTrigger';

const URI = 'file:///notes.md';

describe('quick suggestion or explicit completion', () => {
  const last = { uri: URI, line: 2, character: 14, at: 1000 };

  it('is a quick suggestion right after a keystroke that ended at the cursor', () => {
    assert.equal(isQuickSuggestion(last, URI, { line: 2, character: 14 }, 1010), true);
    assert.equal(isQuickSuggestion(last, URI, { line: 2, character: 14 }, 1000 + 10 + QUICK_SUGGEST_WINDOW_MS), true);
  });

  it('is explicit later, elsewhere, in another document, or with no keystroke', () => {
    assert.equal(isQuickSuggestion(last, URI, { line: 2, character: 14 }, 1000 + 11 + QUICK_SUGGEST_WINDOW_MS), false);
    assert.equal(isQuickSuggestion(last, URI, { line: 2, character: 13 }, 1010), false);
    assert.equal(isQuickSuggestion(last, URI, { line: 3, character: 14 }, 1010), false);
    assert.equal(isQuickSuggestion(last, 'file:///other.md', { line: 2, character: 14 }, 1010), false);
    assert.equal(isQuickSuggestion(undefined, URI, { line: 2, character: 14 }, 1010), false);
  });

  it('follows a longer editor.quickSuggestionsDelay', () => {
    assert.equal(isQuickSuggestion(last, URI, { line: 2, character: 14 }, 1000 + 500 + QUICK_SUGGEST_WINDOW_MS, 500), true);
  });

  it('counts only typing as a keystroke: one or two characters, no line break', () => {
    const at = (character: number) => ({ range: { start: { line: 4, character } }, rangeLength: 0 });
    assert.deepEqual(typedEnd({ ...at(7), text: 'M' }), { line: 4, character: 8 });
    assert.deepEqual(typedEnd({ ...at(7), text: '()' }), { line: 4, character: 9 });
    assert.equal(typedEnd({ ...at(7), text: '' }), undefined, 'a deletion');
    assert.equal(typedEnd({ ...at(7), text: '\n' }), undefined);
    assert.equal(typedEnd({ ...at(7), text: 'pasted text' }), undefined);
  });
});

describe('completion while typing in VS Code (package.json)', () => {
  it('turns quick suggestions on for Markdown and LaTeX prose, without word-based suggestions in Markdown', () => {
    const pkg = require('../../../package.json') as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } };
    const defaults = pkg.contributes.configurationDefaults;
    for (const lang of ['[markdown]', '[latex]', '[quarto]', '[rmd]']) {
      assert.deepEqual(defaults[lang]?.['editor.quickSuggestions'], { other: 'on', comments: 'off', strings: 'off' }, lang);
    }
    for (const lang of ['[markdown]', '[quarto]', '[rmd]']) assert.equal(defaults[lang]?.['editor.wordBasedSuggestions'], 'off', lang);
  });
});
