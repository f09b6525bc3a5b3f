// The server's writer over stdio: each message leaves in one write, its header and body together. vscode-jsonrpc's
// StreamMessageWriter writes the header, waits for it, then writes the body: two pipe writes per message, each of which
// wakes the client, and on this project's VMs the writes were a quarter of the server's time in a burst of hovers.
// Messages are written in the order they are given (one synchronous `write` call each); an error is reported through
// onError with the message and a count, as vscode-jsonrpc's writer does.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** What the writer needs of a stream: process.stdout, a socket, or a test's sink. */
export interface ByteSink {
  write(chunk: string, encoding: 'utf8', callback: (error?: Error | null) => void): boolean;
  end(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** The framed message as one string: `Content-Length: n\r\n\r\n` + the JSON (n is its length in UTF-8 bytes). */
export function framed(msg: Message): string {
  const json = JSON.stringify(msg);
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
}

export class FrameWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly sink: ByteSink) {
    super();
    sink.on('error', (error) => this.fireError(error));
    sink.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: string;
    try {
      frame = framed(msg);
    } catch (error) {
      this.fireError(error, msg, ++this.errors);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve, reject) => {
      this.sink.write(frame, 'utf8', (error) => {
        if (error === undefined || error === null) {
          this.errors = 0;
          resolve();
        } else {
          this.fireError(error, msg, ++this.errors);
          reject(error);
        }
      });
    });
  }

  end(): void {
    this.sink.end();
  }
}
