// The --stdio server's input, read from fd 0 into one reused buffer (fresh memory is what costs most on a loaded
// machine) and framed (frames.ts). Read by the main thread until the reader thread, started by a large body, is up;
// then by that thread (workerReader.ts, stdinWorker.ts), which goes on from the main thread's FrameReader's state.
import * as net from 'net';
import { skimMessage, type Frame, type FrameReader } from './frames';

export interface InputSink {
  /** A chunk's frames, in order. */
  frames(frames: Frame[]): void;
  error(message: string): void;
  /** The input ended (not told after a stop). */
  close(): void;
}

/**
 * Reads fd 0 (a pipe or a socket) through `frames`, with a read buffer of `bufferSize` bytes. `stop` ends the reading
 * for good, between two reads: fd 0 stays open, for another thread to read from there.
 */
export function readInput(frames: FrameReader, bufferSize: number, sink: InputSink): { stop(): void } {
  let stopped = false;
  const onread = {
    buffer: new Uint8Array(bufferSize),
    callback(n: number, buffer: Uint8Array): boolean {
      if (!stopped) sink.frames(frames.push(buffer.subarray(0, n)));
      return !stopped; // false: Node stops reading (readStop); the handle and fd 0 stay open
    },
  };
  // `onread` (one buffer for every read) is accepted by the constructor, as by connect; @types/node lists it only there.
  const input = new net.Socket({ fd: 0, readable: true, writable: false, onread } as net.SocketConstructorOpts);
  let closed = false;
  const close = (): void => {
    if (closed || stopped) return;
    closed = true;
    sink.close();
  };
  input.on('error', (e: Error) => {
    if (!stopped) sink.error(e.message);
  });
  input.on('end', close);
  input.on('close', close);
  return {
    stop: () => {
      stopped = true;
      input.pause(); // with `onread`, a pause stops reading (readStop) at once
    },
  };
}

/** A frame as the reader hands it on: a small message parsed, a large body as bytes with what it is about. */
export type ReaderOutput =
  | { kind: 'message'; message: unknown }
  | { kind: 'large'; method?: string; uri?: string; body: Uint8Array }
  | { kind: 'error'; message: string }
  | { kind: 'close' };

export function readerOutput(frame: Frame, decoder: { decode(bytes: Uint8Array): string }): ReaderOutput {
  if ('error' in frame) return { kind: 'error', message: frame.error };
  if (frame.large) return { kind: 'large', ...skimMessage(frame.body), body: frame.body };
  try {
    return { kind: 'message', message: JSON.parse(decoder.decode(frame.body)) as unknown };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
