// Entry of dist/stdinWorker.js: the threads that read the client's messages for the --stdio server (issue #16), so that
// the main thread never reads, decodes or parses a large message in one turn of its event loop. Two roles:
// - 'reader': reads fd 0 (into one reused buffer: fresh memory is what costs most on a loaded machine), frames the
//   messages (frames.ts), parses each small one and posts it; a large body is posted as bytes (transferred, not copied)
//   with what it is about (skimMessage), and the reading goes on, so the messages after it arrive while it is parsed.
// - 'parser': parses a large body; a didOpen's text is posted in pieces to a port of its own, which the main thread
//   reads a few at a time (workerReader.ts): a 10 MB text, taken in one message, costs the receiving thread 20 MB of
//   fresh memory in one turn.
import * as net from 'net';
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import { FrameReader, skimMessage } from './frames';

/** Code units of a didOpen text per piece: 128K (256 KB when two-byte). */
export const PIECE = 128 * 1024;

/** What the reader posts. */
export type ReaderOutput =
  | { kind: 'message'; message: unknown }
  | { kind: 'large'; method?: string; uri?: string; body: Uint8Array }
  | { kind: 'error'; message: string }
  | { kind: 'close' };

/** What the parser posts: the message, with `pieces` pieces of its didOpen text posted before it on the piece port. */
export type ParserOutput = { seq: number; message: unknown; pieces: number } | { seq: number; error: string };

function reader(port: MessagePort): void {
  const frames = new FrameReader();
  const decoder = new TextDecoder();
  const post = (out: ReaderOutput, transfer?: ArrayBuffer[]): void => port.postMessage(out, transfer);
  const onread = {
    buffer: new Uint8Array(1 << 20),
    callback(n: number, buffer: Uint8Array): boolean {
      for (const frame of frames.push(buffer.subarray(0, n))) {
        if ('error' in frame) post({ kind: 'error', message: frame.error });
        else if (frame.large) post({ kind: 'large', ...skimMessage(frame.body), body: frame.body }, [frame.body.buffer as ArrayBuffer]);
        else {
          try {
            post({ kind: 'message', message: JSON.parse(decoder.decode(frame.body)) as unknown });
          } catch (e) {
            post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
          }
        }
      }
      return true;
    },
  };
  // `onread` (one buffer for every read) is accepted by the constructor, as by connect; @types/node lists it only there.
  const input = new net.Socket({ fd: 0, readable: true, writable: false, onread } as net.SocketConstructorOpts);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    post({ kind: 'close' });
  };
  input.on('error', (e: Error) => post({ kind: 'error', message: e.message }));
  input.on('end', close);
  input.on('close', close);
}

function parser(port: MessagePort, pieces: MessagePort): void {
  port.on('message', ({ seq, body }: { seq: number; body: Uint8Array }) => {
    let message: unknown;
    try {
      message = JSON.parse(new TextDecoder().decode(body));
    } catch (e) {
      port.postMessage({ seq, error: e instanceof Error ? e.message : String(e) } satisfies ParserOutput);
      return;
    }
    const doc = didOpenDocument(message);
    let count = 0;
    if (doc && typeof doc.text === 'string' && doc.text.length > PIECE) {
      const text = doc.text;
      doc.text = '';
      for (let at = 0; at < text.length; at += PIECE, count++) pieces.postMessage(text.slice(at, at + PIECE));
    }
    port.postMessage({ seq, message, pieces: count } satisfies ParserOutput);
  });
}

/** The textDocument of a didOpen notification, else undefined. */
function didOpenDocument(message: unknown): { text?: unknown } | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { method, params } = message as { method?: unknown; params?: unknown };
  if (method !== 'textDocument/didOpen' || typeof params !== 'object' || params === null) return undefined;
  const doc = (params as { textDocument?: unknown }).textDocument;
  return typeof doc === 'object' && doc !== null ? (doc as { text?: unknown }) : undefined;
}

const data = workerData as { role?: string; pieces?: MessagePort } | undefined;
if (parentPort && data?.role === 'reader') reader(parentPort);
else if (parentPort && data?.role === 'parser' && data.pieces) parser(parentPort, data.pieces);
