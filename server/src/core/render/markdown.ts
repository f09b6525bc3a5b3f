// Markdown building blocks for hover cards. Data text is never trusted: escapeMarkdown() makes any string render as
// plain text (no links, images, HTML, emphasis or code), and links are only ever built from a fixed https base
// and an identifier that matches a strict pattern (shared/links.ts). Anything else gets no link.
import type { SafeUrl } from '../../shared/links';

export { PATTERNS, urls, type SafeUrl } from '../../shared/links';

/**
 * Characters that start Markdown syntax anywhere in a line; `&`, `<` and `>` are HTML-escaped instead. `(`, `)` and
 * `!` are left alone: they make a link or an image only after `[` or `]`, which are always escaped, and an editor that
 * shows Markdown without rendering its escapes (Neovim 0.7's hover) would show "\(NR\)" literally. `{` and `}` are no
 * Markdown syntax.
 */
const INLINE_SPECIAL = /[\\`*_[\]#|~@]/g;

/**
 * Escapes data text so that it renders literally in a Markdown hover: `\ ` * _ [ ] # | ~ @` get a backslash,
 * `& < >` become entities, line breaks and control characters collapse into single spaces. `+`, `-` and `.` inside
 * words are left alone ("NAD+", "NAD+-dependent", "rs12611"); only a leading `+`, `-`, `=` or "12." that could start
 * a list or heading is escaped. Bare URLs are broken up so no renderer autolinks them.
 */
export function escapeMarkdown(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  let out = flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, '\\$&')
    // Autolinks: "https://x", "javascript:", "www.x" must not become links.
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  if (/^[+\-=]/.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** Bold, escaped. */
export function strong(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped ? `**${escaped}**` : '';
}

/** Italic, escaped. */
export function emphasis(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped ? `*${escaped}*` : '';
}

/** A link with an escaped label to a URL built by `urls` (shared/links.ts) (never to a URL from data). */
export function link(label: string, url: SafeUrl): string {
  return `[${escapeMarkdown(label)}](${url.href})`;
}

/** Shortens text to at most `max` characters, at a sentence end if one is near, else at a word. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentence >= max * 0.5) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/**
 * A count as en-US writes it ("11,067"), without Intl: the first `toLocaleString` of a process loads ICU's locale data,
 * tens of milliseconds on the first gene card.
 */
export function thousands(count: number): string {
  const digits = String(Math.abs(Math.round(count)));
  let out = count < 0 ? '-' : '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
