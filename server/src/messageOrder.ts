// The order in which the client's messages reach the connection when a large one is parsed apart (issue #16): in the
// order they came, except that a message that cannot depend on a large message still being parsed goes ahead of it. A
// 10 MB didOpen takes a few hundred milliseconds to parse; the hover sent after it, on another document, is answered
// meanwhile. LSP allows a server to reorder what does not change the results ("Request, Notification and Response
// Ordering"): a message may pass only large messages that are all textDocument/ messages about other documents, and
// it must itself be a textDocument/ message naming its document, or a response to one of the server's requests.
// Nothing passes anything else (settings, $/cancelRequest, workspace/ and lifecycle messages keep their place).
import type { MessageHead } from './frames';

interface Entry<M> {
  /** Undefined while the message is parsed (pending), or when it was dropped (could not be parsed). */
  message: M | undefined;
  pending: boolean;
  seq: number;
  /** What a pending message is about. */
  head: MessageHead;
}

export class MessageOrder<M> {
  private readonly entries: Entry<M>[] = [];

  /** A message read: it comes after every message before it, unless it may pass the pending ones. */
  add(message: M): void {
    this.entries.push({ message, pending: false, seq: -1, head: {} });
  }

  /** A large message whose parse started. */
  addPending(seq: number, head: MessageHead): void {
    this.entries.push({ message: undefined, pending: true, seq, head });
  }

  /** A pending message parsed (undefined: it could not be, and is dropped). */
  resolve(seq: number, message: M | undefined): void {
    const entry = this.entries.find((e) => e.pending && e.seq === seq);
    if (!entry) return;
    entry.pending = false;
    entry.message = message;
  }

  get waiting(): number {
    return this.entries.length;
  }

  /** The messages that may be handled now, in order; they leave the queue. */
  take(): M[] {
    const out: M[] = [];
    while (this.entries.length > 0 && !this.entries[0]!.pending) {
      const { message } = this.entries.shift()!;
      if (message !== undefined) out.push(message);
    }
    const passed: Entry<M>[] = [];
    const blocking: string[] = [];
    for (const entry of this.entries) {
      if (entry.pending) {
        const { method, uri } = entry.head;
        if (method === undefined || !method.startsWith('textDocument/') || uri === undefined) break;
        blocking.push(uri);
      } else if (entry.message === undefined) {
        passed.push(entry); // dropped: nothing to hand on
      } else if (mayPass(entry.message, blocking)) {
        passed.push(entry);
        out.push(entry.message);
      } else {
        break;
      }
    }
    for (const entry of passed) this.entries.splice(this.entries.indexOf(entry), 1);
    return out;
  }
}

/** Whether `message` cannot depend on pending textDocument/ messages about `uris`. */
export function mayPass(message: unknown, uris: readonly string[]): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { method, params, id } = message as { method?: unknown; params?: unknown; id?: unknown };
  if (method === undefined) return id !== undefined; // a response to the server's request
  if (typeof method !== 'string' || !method.startsWith('textDocument/')) return false;
  const doc = typeof params === 'object' && params !== null ? (params as { textDocument?: unknown }).textDocument : undefined;
  const uri = typeof doc === 'object' && doc !== null ? (doc as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' && !uris.includes(uri);
}
