// Regions of a document that are not prose: code, markup, URLs, keys. The matcher skips them and the claims
// checker's sentence splitter steps over them. One linear pass per document; it runs on every keystroke.
import type { LanguageKind } from '../types';
import { latexRegions } from './latex';
import { markdownRegions } from './markdown';
import { pandocRegions } from './pandoc';
import { plainRegions } from './links';
import { RegionList, type TextRegion } from './regionList';
import { partitionPoint } from '../text/search';

export { RegionList, type TextRegion } from './regionList';

/**
 * The regions of `text` that are not prose, sorted and non-overlapping. Never throws: on an internal error the
 * regions found so far are returned.
 */
export function excludedRegions(text: string, language: LanguageKind): TextRegion[] {
  const list = new RegionList();
  if (typeof text !== 'string' || text.length === 0) return list.regions;
  try {
    if (language === 'markdown') markdownRegions(text, list);
    else if (language === 'pandoc') pandocRegions(text, list);
    else if (language === 'latex') latexRegions(text, list);
    else plainRegions(text, 0, text.length, list);
  } catch {
    // Keep what was found; a region scanner bug must not take the matcher down.
  }
  return list.finish();
}

/** Index of the region containing `offset`, or -1. Regions must be sorted and non-overlapping. */
export function regionIndexAt(regions: readonly TextRegion[], offset: number): number {
  // The first region that ends after the offset: it holds the offset if it starts at or before it.
  const index = partitionPoint(0, regions.length, (i) => (regions[i]?.end ?? Infinity) > offset);
  const region = regions[index];
  return region && region.start <= offset ? index : -1;
}

/** Whether `offset` lies inside one of the (sorted, non-overlapping) regions. */
export function isExcluded(regions: readonly TextRegion[], offset: number): boolean {
  return regionIndexAt(regions, offset) >= 0;
}
