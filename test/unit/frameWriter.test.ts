// The server's stdio writer (server/src/frameWriter.ts): one write per message, header and body together, in order; the
// frames read back with the reader the server's own input uses (frames.ts), non-ASCII text included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { FrameReader } from '../../server/src/frames';
import { FrameWriter, type ByteSink } from '../../server/src/frameWriter';

/** A sink that keeps each write; `fail` makes the next write report that error. */
class Sink implements ByteSink {
  readonly writes: string[] = [];
  fail: Error | undefined;
  private readonly listeners: { error: ((e: Error) => void)[]; close: (() => void)[] } = { error: [], close: [] };
  write(chunk: string, _encoding: 'utf8', callback: (error?: Error | null) => void): boolean {
    this.writes.push(chunk);
    const error = this.fail;
    this.fail = undefined;
    queueMicrotask(() => callback(error ?? null));
    return true;
  }
  end(): void {
    for (const l of this.listeners.close) l();
  }
  on(event: 'error' | 'close', listener: ((e: Error) => void) & (() => void)): this {
    this.listeners[event].push(listener);
    return this;
  }
}

function readBack(bytes: Buffer): unknown[] {
  const reader = new FrameReader();
  const out: unknown[] = [];
  for (const frame of reader.push(new Uint8Array(bytes))) {
    assert.ok('body' in frame, `a frame, not ${'error' in frame ? frame.error : ''}`);
    out.push(JSON.parse(Buffer.from(frame.body).toString('utf8')));
  }
  return out;
}

describe('frame writer', () => {
  it('writes each message once, header and body together, with the body length in UTF-8 bytes', async () => {
    const sink = new Sink();
    const writer = new FrameWriter(sink);
    const hover: Message & { id: number; result: unknown } = { jsonrpc: '2.0', id: 7, result: { contents: 'IL-1β, NF-κB, 細胞 — NAD⁺' } };
    const note: Message & { method: string } = { jsonrpc: '2.0', method: 'window/logMessage' };
    await writer.write(hover);
    await writer.write(note);
    assert.equal(sink.writes.length, 2, 'one write per message');
    const first = sink.writes[0]!;
    const [header, body] = first.split('\r\n\r\n');
    assert.equal(header, `Content-Length: ${Buffer.byteLength(body!, 'utf8')}`);
    assert.notEqual(Buffer.byteLength(body!, 'utf8'), body!.length, 'the text is not ASCII: bytes, not characters');
    assert.deepEqual(readBack(Buffer.from(sink.writes.join(''), 'utf8')), [hover, note], 'read back in order');
  });

  it('a failed write rejects and is reported with the message and a count', async () => {
    const sink = new Sink();
    const writer = new FrameWriter(sink);
    const seen: [string, unknown, number | undefined][] = [];
    writer.onError(([error, message, count]) => seen.push([error.message, message, count]));
    const msg: Message = { jsonrpc: '2.0' };
    sink.fail = new Error('EPIPE');
    await assert.rejects(writer.write(msg), /EPIPE/);
    sink.fail = new Error('EPIPE again');
    await assert.rejects(writer.write(msg));
    assert.deepEqual(seen.map(([m, , c]) => [m, c]), [['EPIPE', 1], ['EPIPE again', 2]]);
    assert.equal(seen[0]![1], msg);
    await writer.write(msg);
    sink.fail = new Error('later');
    await assert.rejects(writer.write(msg));
    assert.equal(seen[2]![2], 1, 'a good write starts the count over');
  });

  it('a message that cannot be serialised is reported, and the next one is written', async () => {
    const sink = new Sink();
    const writer = new FrameWriter(sink);
    const seen: string[] = [];
    writer.onError(([error]) => seen.push(error.message));
    const cyclic: Record<string, unknown> = { jsonrpc: '2.0' };
    cyclic['self'] = cyclic;
    await assert.rejects(writer.write(cyclic as unknown as Message));
    assert.equal(seen.length, 1);
    await writer.write({ jsonrpc: '2.0' });
    assert.equal(sink.writes.length, 1, 'only the good message reached the stream');
  });
});
