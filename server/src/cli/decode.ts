// A file's bytes as text, the way an editor opens it: a byte order mark says UTF-8, UTF-16 LE or UTF-16 BE (and is
// dropped); without one the file must be UTF-8. What cannot be decoded is an error naming the first bad byte, never
// text full of replacement characters checked as if it were prose.

export type Decoded = { text: string } | { error: string };

const UTF8_HINT = 'save it as UTF-8 (or UTF-16 with a byte order mark)';

export function decodeText(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return { error: `UTF-32 text is not supported; ${UTF8_HINT}` };
  }
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 3);
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'LE');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'BE');
  if (looksLikeUtf16(bytes)) return { error: `looks like UTF-16 without a byte order mark; ${UTF8_HINT}` };
  return utf8(bytes, 0);
}

function utf8(bytes: Uint8Array, base: number): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `not UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${base + at}); ${UTF8_HINT}` };
  }
}

function utf16(bytes: Uint8Array, order: 'LE' | 'BE'): Decoded {
  if (bytes.length % 2 !== 0) return { error: `UTF-16 ${order} text with an odd number of bytes (cut off?); ${UTF8_HINT}` };
  let le = bytes;
  if (order === 'BE') {
    le = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1] ?? 0;
      le[i + 1] = bytes[i] ?? 0;
    }
  }
  try {
    return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le) };
  } catch {
    return { error: `not UTF-16 ${order} text (a lone surrogate); ${UTF8_HINT}` };
  }
}

/** UTF-16 text of mostly ASCII has a zero in every other byte: at least a quarter of one parity in the first 4 KB. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n < 8) return false;
  const zeros = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 1]!++;
  return Math.max(zeros[0]!, zeros[1]!) >= n / 8;
}

/** The offset of the first byte that starts no well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
