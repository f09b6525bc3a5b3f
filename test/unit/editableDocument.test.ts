// EditableDocument and PieceText against what they stand in for: after every edit of random sequences (typing,
// deleting across chunks, pasting more than a chunk, CR LF pairs made and parted at the edges, surrogate pairs), the
// document answers as vscode-languageserver-textdocument's TextDocument does, and PieceText's reads equal the same
// reads of a string.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../server/src/core/document/editableDocument';
import { PieceText } from '../../server/src/core/document/pieceText';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['\r\n', '\r', '\n', '\n\n', 'a', 'NMRK1 ', 'é', '😀', 'x', ' ', 'genelens-', '\r\n\r\n', 'ab\ncd'];

function randomText(next: () => number, length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = next() < 0.7 ? 'lorem ipsum dolor sit amet '.slice(0, 1 + Math.floor(next() * 26)) : (PIECES[Math.floor(next() * PIECES.length)] ?? '');
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('');
}

function randomChange(next: () => number, doc: TextDocument): TextDocumentContentChangeEvent {
  const length = doc.getText().length;
  const at = Math.floor(next() * (length + 1));
  const r = next();
  let end = at;
  let text = '';
  if (r < 0.5) text = PIECES[Math.floor(next() * PIECES.length)] ?? '';
  else if (r < 0.7) end = Math.min(length, at + Math.floor(next() * 20));
  else if (r < 0.8) end = Math.min(length, at + Math.floor(next() * 30000)); // across chunks
  else if (r < 0.9) text = randomText(next, 1 + Math.floor(next() * 40000)); // more than a chunk
  else {
    end = Math.min(length, at + Math.floor(next() * 50));
    text = randomText(next, Math.floor(next() * 30));
  }
  const range = { start: doc.positionAt(at), end: doc.positionAt(end) };
  // Now and then a reversed range, as a client may send.
  return next() < 0.1 ? { range: { start: range.end, end: range.start }, text } : { range, text };
}

function assertSameDocument(ours: EditableDocument, theirs: TextDocument, next: () => number, where: string): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text, where);
  assert.equal(ours.lineCount, theirs.lineCount, where);
  assert.equal(ours.version, theirs.version, where);
  for (let k = 0; k < 60; k++) {
    const offset = Math.floor(next() * (text.length + 3)) - 1;
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `${where}: positionAt(${offset})`);
    const position = { line: Math.floor(next() * (theirs.lineCount + 2)) - 1, character: Math.floor(next() * 40) - 1 };
    assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `${where}: offsetAt(${JSON.stringify(position)})`);
    assert.deepEqual(ours.getLineRange(position.line), theirs.getLineRange(position.line), `${where}: getLineRange(${position.line})`);
    assert.equal(ours.getEOLCharacters(position.line), theirs.getEOLCharacters(position.line), `${where}: getEOLCharacters(${position.line})`);
    const end = { line: position.line + Math.floor(next() * 3), character: Math.floor(next() * 80) };
    assert.equal(ours.getText({ start: position, end }), theirs.getText({ start: position, end }), `${where}: getText(range)`);
  }
}

describe('EditableDocument', () => {
  it('answers as TextDocument does after every edit of random sequences', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const next = rng(seed * 104729);
      const initial = randomText(next, seed % 2 ? 50000 : 300);
      const ours = EditableDocument.create('file:///a.md', 'markdown', 1, initial);
      const theirs = TextDocument.create('file:///a.md', 'markdown', 1, initial);
      assertSameDocument(ours, theirs, next, `seed ${seed}, opened`);
      for (let step = 0; step < 40; step++) {
        const changes = [randomChange(next, theirs)];
        if (next() < 0.2) changes.push(randomChange(next, theirs));
        ours.update(changes, theirs.version + 1);
        TextDocument.update(theirs, changes, theirs.version + 1);
        assertSameDocument(ours, theirs, next, `seed ${seed}, step ${step}`);
      }
    }
  });

  it('takes a full-text change, and starts empty', () => {
    const ours = EditableDocument.create('file:///b.txt', 'plaintext', 1, '');
    assert.equal(ours.lineCount, 1);
    assert.deepEqual(ours.positionAt(5), { line: 0, character: 0 });
    ours.update([{ text: 'one\r\ntwo\rthree\n' }], 2);
    assert.equal(ours.getText(), 'one\r\ntwo\rthree\n');
    assert.equal(ours.lineCount, 4);
    assert.deepEqual(ours.positionAt(4), { line: 0, character: 3 }, 'between CR and LF is the end of the line');
    assert.equal(ours.version, 2);
  });
});

describe('PieceText', () => {
  it('reads as the string it holds, after random edits', () => {
    const next = rng(7);
    let s = randomText(next, 60000);
    let p = PieceText.of(s);
    const searches = ['\n', '\r\n', '\n\n', 'genelens-', 'NMRK1', 'zzz', ''];
    for (let step = 0; step < 60; step++) {
      const a = Math.floor(next() * (s.length + 1));
      const b = Math.min(s.length, a + Math.floor(next() * (next() < 0.3 ? 20000 : 30)));
      const inserted = next() < 0.5 ? randomText(next, Math.floor(next() * (next() < 0.2 ? 20000 : 20))) : '';
      const before = p;
      const beforeText = s;
      p = p.edit(a, b, inserted);
      s = s.slice(0, a) + inserted + s.slice(b);
      assert.equal(before.toString(), beforeText, 'an edit leaves the old text as it was');
      assert.equal(p.length, s.length);
      for (let k = 0; k < 30; k++) {
        const i = Math.floor(next() * (s.length + 2)) - 1;
        const j = i + Math.floor(next() * 20000);
        const search = searches[Math.floor(next() * searches.length)] ?? '';
        assert.equal(p.charCodeAt(i), s.charCodeAt(i), `charCodeAt(${i})`);
        assert.equal(p.slice(Math.max(0, i), Math.max(0, j)), s.slice(Math.max(0, i), Math.max(0, j)), `slice(${i}, ${j})`);
        assert.equal(p.indexOf(search, Math.max(0, i)), s.indexOf(search, Math.max(0, i)), `indexOf(${JSON.stringify(search)}, ${i})`);
        assert.equal(p.lastIndexOf(search, Math.max(0, i)), s.lastIndexOf(search, Math.max(0, i)), `lastIndexOf(${JSON.stringify(search)}, ${i})`);
        assert.equal(p.lastIndexOf(search), s.lastIndexOf(search));
        assert.equal(p.startsWith(search, Math.max(0, i)), s.startsWith(search, Math.max(0, i)));
        assert.equal(p.includes(search, Math.max(0, i)), s.includes(search, Math.max(0, i)));
      }
    }
    assert.equal(p.toString(), s);
  });
});
