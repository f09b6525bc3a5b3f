// Entry of dist/stdinWorker.js: the threads that read the client's messages for the --stdio server (issue #16), so that
// the main thread never reads, decodes or parses a large message in one turn of its event loop. Started when the first
// large message comes (until then the main thread reads: workerReader.ts). Two roles:
// - 'reader': reads fd 0 from where the main thread stopped (with the bytes it had of the messages under way: its
//   FrameReader's state), frames the messages (frames.ts), parses each small one and posts it; a large body is posted
//   as bytes (transferred, not copied) with what it is about (skimMessage), and the reading goes on, so the messages
//   after it arrive while it is parsed.
// - 'parser': parses a large body; a didOpen's text is posted in pieces to a port of its own, which the main thread
//   reads a few at a time (workerReader.ts): a 10 MB text, taken in one message, costs the receiving thread 20 MB of
//   fresh memory in one turn.
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import { FrameReader, type FrameState } from './frames';
import { readerOutput, readInput, type ReaderOutput } from './stdinInput';

/** Code units of a didOpen text per piece: 128K (256 KB when two-byte). */
export const PIECE = 128 * 1024;

/** What the parser posts: the message, with `pieces` pieces of its didOpen text posted before it on the piece port. */
export type ParserOutput = { seq: number; message: unknown; pieces: number } | { seq: number; error: string };

function reader(port: MessagePort, state: FrameState): void {
  const frames = new FrameReader();
  frames.attach(state);
  const decoder = new TextDecoder();
  const post = (out: ReaderOutput): void => port.postMessage(out, out.kind === 'large' ? [out.body.buffer as ArrayBuffer] : undefined);
  readInput(frames, 1 << 20, {
    frames: (list) => {
      for (const frame of list) post(readerOutput(frame, decoder));
    },
    error: (message) => post({ kind: 'error', message }),
    close: () => post({ kind: 'close' }),
  });
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
// The reader starts from the main thread's state, posted once it has stopped reading.
if (parentPort && data?.role === 'reader') parentPort.once('message', (state: FrameState) => reader(parentPort!, state));
else if (parentPort && data?.role === 'parser' && data.pieces) parser(parentPort, data.pieces);
