// How much of a needle the region scanners exclude: shared by the region tests of each markup.
import assert from 'node:assert/strict';
import { excludedRegions, isExcluded } from '../../server/src/core/markup/regions';
import type { LanguageKind } from '../../server/src/core/types';

/** How many characters of the `nth` occurrence of `needle` are excluded. */
export function coveredChars(text: string, language: LanguageKind, needle: string, nth = 0): number {
  const regions = excludedRegions(text, language);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${k} not in the test text`);
  }
  let count = 0;
  for (let i = at; i < at + needle.length; i++) if (isExcluded(regions, i)) count++;
  return count;
}
