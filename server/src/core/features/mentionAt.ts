// Finds the mention under a cursor. Shared by hover and definition so both agree on what "at the cursor" means:
// a position from the first character of a mention up to and including its end counts.
import type { Mention } from '../types';
import { partitionPoint } from '../text/search';

const sortedCache = new WeakMap<readonly Mention[], readonly Mention[]>();

/** The mentions sorted by start (a copy, once per analysis, only when the matcher did not already sort them). */
function sorted(mentions: readonly Mention[]): readonly Mention[] {
  let result = sortedCache.get(mentions);
  if (!result) {
    let inOrder = true;
    for (let i = 1; i < mentions.length && inOrder; i++) {
      if ((mentions[i - 1]?.start ?? 0) > (mentions[i]?.start ?? 0)) inOrder = false;
    }
    result = inOrder ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    sortedCache.set(mentions, result);
  }
  return result;
}

/**
 * The mention covering `offset` (start <= offset <= end), by binary search. When one mention ends where the next
 * starts, the one that starts at the offset wins.
 */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  const list = sorted(mentions);
  // The last mention that starts at or before the offset.
  const candidate = partitionPoint(0, list.length, (i) => (list[i]?.start ?? Infinity) > offset) - 1;
  const found = list[candidate];
  if (found && offset <= found.end) return found;
  // A longer mention that started earlier may still cover the offset when mentions nest; check a few back.
  for (let i = candidate - 1; i >= 0 && i >= candidate - 4; i--) {
    const m = list[i];
    if (m && m.start <= offset && offset <= m.end) return m;
  }
  return undefined;
}
