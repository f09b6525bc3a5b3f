// Regions of a document that are not prose: code, markup, URLs, keys. The matcher skips them and the claims
// checker's sentence splitter steps over them. One linear pass per document; it runs on every keystroke.
import type { LanguageKind } from '../types';
import { latexRegions } from './latex';
import { markdownRegions } from './markdown';
import { plainRegions } from './links';

/** A half-open range [start, end) of UTF-16 code unit offsets. */
export interface TextRegion {
  start: number;
  end: number;
}

/** Collects regions in document order, merging ones that touch or overlap. */
export class RegionList {
  readonly regions: TextRegion[] = [];
  private sorted = true;

  add(start: number, end: number): void {
    if (!(end > start)) return;
    const last = this.regions[this.regions.length - 1];
    if (last) {
      if (start < last.start) this.sorted = false;
      else if (start <= last.end) {
        if (end > last.end) last.end = end;
        return;
      }
    }
    this.regions.push({ start, end });
  }

  /** The last region's end, or 0: nothing after a region may start before it. */
  get lastEnd(): number {
    return this.regions[this.regions.length - 1]?.end ?? 0;
  }

  /** Sorted, non-overlapping regions (normalised again only if something was added out of order). */
  finish(): TextRegion[] {
    if (this.sorted) return this.regions;
    const all = [...this.regions].sort((a, b) => a.start - b.start || a.end - b.end);
    const out: TextRegion[] = [];
    for (const r of all) {
      const last = out[out.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else out.push({ start: r.start, end: r.end });
    }
    return out;
  }
}

/**
 * The regions of `text` that are not prose, sorted and non-overlapping. Never throws: on an internal error the
 * regions found so far are returned.
 */
export function excludedRegions(text: string, language: LanguageKind): TextRegion[] {
  const list = new RegionList();
  if (typeof text !== 'string' || text.length === 0) return list.regions;
  try {
    if (language === 'markdown') markdownRegions(text, list);
    else if (language === 'latex') latexRegions(text, list);
    else plainRegions(text, 0, text.length, list);
  } catch {
    // Keep what was found; a region scanner bug must not take the matcher down.
  }
  return list.finish();
}

/** Index of the region containing `offset`, or -1. Regions must be sorted and non-overlapping. */
export function regionIndexAt(regions: readonly TextRegion[], offset: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (!r) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether `offset` lies inside one of the (sorted, non-overlapping) regions. */
export function isExcluded(regions: readonly TextRegion[], offset: number): boolean {
  return regionIndexAt(regions, offset) >= 0;
}
