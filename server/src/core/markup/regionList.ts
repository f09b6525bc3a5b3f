// The regions a scanner finds, collected in document order (Markdown, LaTeX, links): the list they all fill, kept
// apart from regions.ts, which calls the scanners.
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
