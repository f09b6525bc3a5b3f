// The --stdio server's message reader (issue #16): its input is read, framed and parsed by worker threads
// (dist/stdinWorker.js), not on the main thread. On a loaded machine a 10 MB didOpen cost the main thread one turn of
// 300-500 ms (reading 160 chunks into fresh memory, joining them, decoding and parsing) and every request behind it
// waited. Now the main thread gets small messages parsed; a large one is parsed by a second thread (started on the
// first one) while the messages after it go ahead when they may (messageOrder.ts), and a didOpen's text arrives in
// pieces that are read a few per slice of the event loop into the document's chunks and line starts (TextAssembly):
// no turn allocates or scans the whole text. Used when fd 0 is a pipe or a socket (as editors start servers);
// otherwise, and when the worker file is missing, server.ts keeps vscode-jsonrpc's StreamMessageReader.
import * as path from 'path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver/node';
import { runInSlices } from './analysisSlices';
import { TextAssembly } from './core';
import { MessageOrder } from './messageOrder';
import { readerThreadWanted, takeEarlyReaderThread } from './stdinReaderStart';
import type { ParserOutput, ReaderOutput } from './stdinWorker';

/** dist/stdinWorker.js beside dist/server.js. */
const WORKER_FILE = path.join(__dirname, 'stdinWorker.js');

/** A reader on worker threads, or undefined when fd 0 is not a pipe or socket or the worker file is missing. */
export function workerMessageReader(): WorkerMessageReader | undefined {
  return readerThreadWanted(WORKER_FILE) ? new WorkerMessageReader(WORKER_FILE) : undefined;
}

export class WorkerMessageReader extends AbstractMessageReader {
  private readonly order = new MessageOrder<Message>();
  private callback: DataCallback | undefined;
  private reader: Worker | undefined;
  private parser: { worker: Worker; pieces: MessagePort } | undefined;
  private seq = 0;
  /** Large messages posted to the parser and not parsed yet. */
  private parsing = 0;
  /** Large messages' texts are read from the piece port one message after the other. */
  private assembling: Promise<void> = Promise.resolve();
  private inputClosed = false;
  private closeFired = false;

  constructor(private readonly file: string) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    // Started by the entry (main.ts) while the bundle loaded, when it could be; else now.
    const reader = takeEarlyReaderThread() ?? new Worker(this.file, { workerData: { role: 'reader' } });
    reader.ref();
    this.reader = reader;
    reader.on('message', (out: ReaderOutput) => this.fromReader(out));
    reader.on('error', (e: Error) => this.fireError(e));
    reader.on('exit', () => {
      this.inputClosed = true;
      this.closeWhenDone();
    });
    return Disposable.create(() => this.dispose());
  }

  override dispose(): void {
    super.dispose();
    void this.reader?.terminate();
    void this.parser?.worker.terminate();
    this.parser?.pieces.close();
  }

  private fromReader(out: ReaderOutput): void {
    switch (out.kind) {
      case 'message':
        this.order.add(out.message as Message);
        this.flush();
        return;
      case 'large': {
        const seq = ++this.seq;
        this.order.addPending(seq, { method: out.method, uri: out.uri });
        const { worker } = this.parserThread();
        if (this.parsing++ === 0) worker.ref(); // the input may end before the parse: the process waits for it
        worker.postMessage({ seq, body: out.body }, [out.body.buffer as ArrayBuffer]);
        return;
      }
      case 'error':
        this.fireError(new Error(out.message));
        return;
      case 'close':
        this.inputClosed = true;
        this.closeWhenDone();
    }
  }

  private fromParser(out: ParserOutput): void {
    this.parsing--;
    const parser = this.parser!;
    if ('error' in out) {
      this.fireError(new Error(out.error));
      this.order.resolve(out.seq, undefined);
      this.flush();
    } else {
      this.assemble(out, parser.pieces);
    }
    // Done with the large messages: the thread ends once its pieces are read, and its heap (the parsed text's
    // garbage, tens of MB) with it. The next large message starts another.
    void this.assembling.then(() => {
      if (this.parsing > 0 || this.parser !== parser) return;
      this.parser = undefined;
      void parser.worker.terminate();
      parser.pieces.close();
    });
  }

  private assemble(out: { seq: number; message: unknown; pieces: number }, pieces: MessagePort): void {
    this.assembling = this.assembling.then(async () => {
      const message = out.message as Message & { params: { textDocument: { text: unknown } } };
      if (out.pieces > 0) {
        const text = await runInSlices(this.readPieces(pieces, out.pieces));
        if (text === undefined) {
          this.fireError(new Error('a large message\'s text did not all arrive'));
          this.order.resolve(out.seq, undefined);
          this.flush();
          return;
        }
        // TextDocuments hands it to the server's document factory (server.ts), which builds the document from it.
        message.params.textDocument.text = text;
      }
      this.order.resolve(out.seq, message);
      this.flush();
    });
  }

  /** The didOpen text's pieces, one per step. */
  private *readPieces(port: MessagePort, count: number): Generator<void, TextAssembly | undefined> {
    const text = new TextAssembly();
    for (let i = 0; i < count; i++) {
      const piece = receiveMessageOnPort(port);
      if (typeof piece?.message !== 'string') return undefined;
      text.add(piece.message);
      yield;
    }
    return text;
  }

  private parserThread(): { worker: Worker; pieces: MessagePort } {
    if (this.parser) return this.parser;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(this.file, { workerData: { role: 'parser', pieces: port2 }, transferList: [port2] });
    worker.unref(); // idle between large messages: it keeps nothing alive
    worker.on('message', (out: ParserOutput) => this.fromParser(out));
    worker.on('error', (e: Error) => this.fireError(e));
    port1.unref();
    this.parser = { worker, pieces: port1 };
    return this.parser;
  }

  private flush(): void {
    for (const message of this.order.take()) this.callback?.(message);
    this.closeWhenDone();
  }

  /** The input ended: close once every message read before has been handed on. */
  private closeWhenDone(): void {
    if (!this.inputClosed || this.closeFired || this.order.waiting > 0) return;
    this.closeFired = true;
    this.fireClose();
  }
}
