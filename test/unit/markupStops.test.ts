// Where the markup scanners stop (markup/links.ts Stops): a bare URL's start is found by its "://" and the scheme
// before it, not by searching for every "h", "f" and "w" of prose; the stops must be those of searching for the
// schemes themselves ("https?://|ftp://|www\.", any case) at or after each position asked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Stops, URL_START } from '../../server/src/core/markup/links';

const OLD_URL_START = 'https?://|ftp://|www\\.';
const PIECES = ['http://', 'https://', 'HTTPS://', 'Ftp://', 'sftp://', 'xhttp://', 'hhttps://', 'ttps://', 'ps://', '://', 'www.', 'WWW.',
  'ww.', 'http:/', 'h', 'f', 'w', 'the', 'with', 'https', ':', '/', '@', '<', '`', ']', '\\', ' ', 'a', '.', 'http://www.x', '%'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** The first match of `pattern` at or after i, as Stops found it before. */
function reference(text: string, pattern: RegExp, i: number): number {
  pattern.lastIndex = i;
  const m = pattern.exec(text);
  return m ? m.index : text.length;
}

describe('markup stops', () => {
  it('stop where a search for the schemes themselves stops, for positions asked in order and out of order', () => {
    for (const chars of ['[\\\\`<\\]@]', '@', '[%\\\\@]']) {
      for (let seed = 1; seed <= 200; seed++) {
        const next = rng(seed);
        let text = '';
        for (let k = 0; k < 40; k++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
        const stops = new Stops(text, new RegExp(`${chars}|${URL_START}`, 'gi'));
        const old = new RegExp(`${chars}|${OLD_URL_START}`, 'gi');
        let i = 0;
        for (let step = 0; step < 60 && i <= text.length; step++) {
          assert.equal(stops.next(i), reference(text, old, i), `${JSON.stringify(text)} at ${i}`);
          i = next() < 0.1 ? Math.floor(next() * text.length) : i + 1 + Math.floor(next() * 4);
        }
      }
    }
  });
});
