// The --stdio server's input read off the main thread (issue #16): the framing (frames.ts) gives the same bodies and
// header errors whatever the chunking of the bytes, large bodies included; skimMessage reads a body's method and
// document without parsing it; MessageOrder lets a message pass a large one being parsed only when it cannot depend
// on it; TextAssembly builds from pieces the document EditableDocument.create builds from the joined text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EditableDocument, TextAssembly } from '../../server/src/core/document/editableDocument';
import { FrameReader, LARGE_BODY, skimMessage, type Frame } from '../../server/src/frames';
import { MessageOrder } from '../../server/src/messageOrder';

const frame = (body: string): Buffer => {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
};

/** The frames of `input` pushed in chunks of `size` bytes, bodies as text. */
function framesOf(input: Buffer, size: number): (string | { error: string; large?: boolean } | { text: string; large: true })[] {
  const reader = new FrameReader();
  const out: Frame[] = [];
  for (let at = 0; at < input.length; at += size) out.push(...reader.push(input.subarray(at, at + size)));
  return out.map((f) => ('error' in f ? { error: f.error.split('\n')[0]! } : f.large ? { text: Buffer.from(f.body).toString('utf8'), large: true } : Buffer.from(f.body).toString('utf8')));
}

describe('FrameReader', () => {
  const a = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///é.md' } } });
  const b = JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const big = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///big.md', text: 'NMRK1 ü\n'.repeat(LARGE_BODY / 8) } } });

  it('gives every body, in order, however the bytes are cut', () => {
    const input = Buffer.concat([frame(a), frame(b), frame(big), frame(a)]);
    for (const size of [1, 7, 100, 65536, 1 << 20, input.length]) {
      const got = framesOf(input, size);
      assert.deepEqual(got, [a, b, { text: big, large: true }, a], `chunks of ${size}`);
    }
  });

  it('takes headers in any case and extra headers, and tells a bad header once per frame, then reads on', () => {
    const input = Buffer.concat([
      Buffer.from(`content-length: ${Buffer.byteLength(b)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${b}`),
      Buffer.from('Content-Length: abc\r\n\r\n'),
      Buffer.from('Content-Type: x\r\n\r\n'),
      Buffer.from('no colon\r\n\r\n'),
      Buffer.from('Content-Length: -1\r\n\r\n'),
      frame(a),
    ]);
    for (const size of [1, 13, input.length]) {
      assert.deepEqual(framesOf(input, size), [
        b,
        { error: 'Content-Length value must be a number from 0 to 1073741824. Got abc' },
        { error: 'Header must provide a Content-Length property.' },
        { error: 'Message header must separate key and value using \':\'' },
        { error: 'Content-Length value must be a number from 0 to 1073741824. Got -1' },
        a,
      ]);
    }
  });

  it('waits for a body that has not all come', () => {
    const reader = new FrameReader();
    assert.deepEqual(reader.push(Buffer.from(`Content-Length: 500\r\n\r\n${a}`)), []);
    assert.deepEqual(reader.push(Buffer.from(`Content-Length: ${LARGE_BODY}\r\n\r\nxyz`)), []);
  });
});

describe('skimMessage', () => {
  const skim = (value: unknown) => skimMessage(Buffer.from(JSON.stringify(value), 'utf8'));

  it('reads the method and the textDocument uri wherever they are, past long strings', () => {
    const text = '"quoted" \\ backslash } ] { [ , "method": "no" '.repeat(1000);
    assert.deepEqual(skim({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a%20b.md', languageId: 'markdown', version: 1, text } } }), { method: 'textDocument/didOpen', uri: 'file:///a%20b.md' });
    assert.deepEqual(skim({ params: { textDocument: { text, version: 2, uri: 'file:///x.md' }, contentChanges: [{ text }] }, jsonrpc: '2.0', method: 'textDocument/didChange' }), { method: 'textDocument/didChange', uri: 'file:///x.md' });
  });

  it('reads no method or uri from other places', () => {
    assert.deepEqual(skim({ jsonrpc: '2.0', id: 3, result: { method: 'x', params: { textDocument: { uri: 'file:///no.md' } } } }), {});
    assert.deepEqual(skim({ method: 'workspace/executeCommand', params: { arguments: [{ textDocument: { uri: 'file:///no.md' } }] } }), { method: 'workspace/executeCommand' });
    assert.deepEqual(skim({ method: 5, params: [{ uri: 'file:///no.md' }] }), {});
  });

  it('never throws on broken JSON', () => {
    for (const body of ['', '{', '{"method":', '{"method":"a\\', '"\\"', '}}]]', '{"params":{"textDocument":{"uri":"\\uZZZZ"}}}']) {
      assert.doesNotThrow(() => skimMessage(Buffer.from(body)), body);
    }
  });
});

describe('MessageOrder', () => {
  const hover = (uri: string, id = 1) => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri } } });
  const large = { method: 'textDocument/didOpen', uri: 'file:///large.md' };

  it('hands messages on in order while nothing is pending', () => {
    const order = new MessageOrder<object>();
    order.add(hover('a'));
    order.add(hover('b'));
    assert.deepEqual(order.take(), [hover('a'), hover('b')]);
    assert.equal(order.waiting, 0);
  });

  it('lets a message about another document, or a response, pass a large textDocument message being parsed', () => {
    const order = new MessageOrder<object>();
    order.addPending(1, large);
    const response = { jsonrpc: '2.0', id: 7, result: null };
    order.add(hover('file:///small.md'));
    order.add(response);
    assert.deepEqual(order.take(), [hover('file:///small.md'), response]);
    order.add(hover('file:///large.md', 2));
    order.add(hover('file:///small.md', 3));
    assert.deepEqual(order.take(), [], 'a message about the large document waits, and so does all after it');
    const opened = { method: 'textDocument/didOpen' };
    order.resolve(1, opened);
    assert.deepEqual(order.take(), [opened, hover('file:///large.md', 2), hover('file:///small.md', 3)]);
  });

  it('lets nothing pass other messages', () => {
    const cases: { head: { method?: string; uri?: string }; then: object }[] = [
      { head: large, then: { jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: {} } },
      { head: large, then: { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } } },
      { head: { method: 'notebookDocument/didOpen' }, then: hover('file:///small.md') },
      { head: { method: 'textDocument/didOpen' }, then: hover('file:///small.md') },
      { head: large, then: { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: {} } },
    ];
    for (const { head, then } of cases) {
      const order = new MessageOrder<object>();
      order.addPending(1, head);
      order.add(then);
      order.add(hover('file:///small.md', 9));
      assert.deepEqual(order.take(), [], JSON.stringify({ head, then }));
      order.resolve(1, { parsed: true });
      assert.deepEqual(order.take(), [{ parsed: true }, then, hover('file:///small.md', 9)]);
    }
  });

  it('keeps large messages in their order, and drops one that could not be parsed', () => {
    const order = new MessageOrder<object>();
    order.addPending(1, large);
    order.addPending(2, { method: 'textDocument/didChange', uri: 'file:///large.md' });
    order.resolve(2, { second: true });
    assert.deepEqual(order.take(), []);
    order.resolve(1, undefined);
    assert.deepEqual(order.take(), [{ second: true }]);
    assert.equal(order.waiting, 0);
  });
});

describe('TextAssembly', () => {
  it('makes the document EditableDocument.create makes of the joined pieces, CR LF pairs cut or not', () => {
    const texts = ['a\r\nb\rc\n\nd\r', '\r\n\r\n', 'x', '', '😀\r\n😀\r', 'NMRK1\n'.repeat(5000) + '\r\n'.repeat(3000) + 'end'];
    for (const text of texts) {
      for (const cut of [1, 2, 3, 7, 8192, 100_000]) {
        const assembly = new TextAssembly();
        for (let at = 0; at < text.length; at += cut) assembly.add(text.slice(at, at + cut));
        const built = EditableDocument.assembled('file:///a.md', 'markdown', 1, assembly);
        const expected = EditableDocument.create('file:///a.md', 'markdown', 1, text);
        assert.equal(built.getText(), text);
        assert.equal(built.lineCount, expected.lineCount, `${JSON.stringify(text.slice(0, 20))} cut ${cut}`);
        for (let line = 0; line < expected.lineCount; line += Math.max(1, Math.floor(expected.lineCount / 50))) {
          assert.deepEqual(built.getLineRange(line), expected.getLineRange(line));
          assert.equal(built.offsetAt({ line, character: 1 }), expected.offsetAt({ line, character: 1 }));
        }
        const edit = { range: { start: built.positionAt(1), end: built.positionAt(3) }, text: 'Q\r' };
        built.update([edit], 2);
        expected.update([edit], 2);
        assert.equal(built.getText(), expected.getText());
        assert.equal(built.lineCount, expected.lineCount);
      }
    }
  });
});
