// A growable list of [start, end) spans in two typed arrays: the sentence walk's units and sentences, reused from one
// stretch of text to the next without making an object per span.

export class SpanList {
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  length = 0;

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  end(i: number): number {
    return this.ends[i] ?? 0;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
