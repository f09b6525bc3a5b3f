// Standard output as the commands write it: text gathered into chunks of about 64 KB, each written at once, with a
// pause after each so a closed pipe (`genelens check big.md | head`) is noticed and the command stops quietly
// instead of working on for nobody. A JSON array is written an element at a time, in JSON.stringify's layout.
import type { CliEnv } from './env';

const CHUNK = 64 * 1024;

export class Output {
  private buffer = '';

  constructor(private readonly env: Pick<CliEnv, 'stdout' | 'stdoutClosed' | 'drain'>) {}

  /** True once nobody reads standard output any more: the command may stop. */
  get closed(): boolean {
    return this.env.stdoutClosed?.() ?? false;
  }

  /** Adds text; `await due()` after each piece writes a full chunk. */
  write(s: string): void {
    this.buffer += s;
  }

  /** Writes the chunk when it is full (and lets the stream report a closed pipe); true while output is read. */
  async due(): Promise<boolean> {
    if (this.buffer.length >= CHUNK) await this.flush();
    return !this.closed;
  }

  async flush(): Promise<void> {
    if (this.buffer !== '' && !this.closed) this.env.stdout(this.buffer);
    this.buffer = '';
    await this.env.drain?.();
  }
}

/**
 * A JSON array written an element at a time, as `JSON.stringify(array, null, 2)` lays it out when nested `depth`
 * levels deep (the elements indented by 2 * (depth + 1) spaces); `[]` when empty.
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly indent: string;

  constructor(private readonly out: Output, private readonly depth = 0) {
    this.indent = ' '.repeat(2 * (depth + 1));
  }

  add(value: unknown): void {
    const json = JSON.stringify(value, null, 2).replace(/\n/g, `\n${this.indent}`);
    this.out.write(`${this.count === 0 ? '[\n' : ',\n'}${this.indent}${json}`);
    this.count++;
  }

  /** Closes the array (without a newline after it). */
  end(): void {
    this.out.write(this.count === 0 ? '[]' : `\n${' '.repeat(2 * this.depth)}]`);
  }
}
