// What the stdio reader passes on to the connection: only JSON objects. A well-framed body of `null`, a number or an
// array (a JSON-RPC batch, which LSP does not use) makes vscode-jsonrpc throw while handling it and then log through
// the connection, which after the input has ended is closed: an unhandled rejection with a stack trace. Such a
// message is dropped and reported instead; the framing is intact, so the messages after it are read as usual.
import type { DataCallback, Message, MessageReader } from 'vscode-languageserver/node';

export function objectMessagesOnly(reader: MessageReader, onDropped: (what: string) => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback: DataCallback) =>
      reader.listen((message: Message) => {
        const value: unknown = message;
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) callback(message);
        else onDropped(JSON.stringify(value)?.slice(0, 60) ?? String(value));
      }),
    dispose: () => reader.dispose(),
  };
}
