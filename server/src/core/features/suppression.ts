// Suppression comments: the writer silences a finding where they know better.
//   Markdown:   <!-- genelens-disable-next-line [code ...] -->   <!-- genelens-disable [code ...] --> ... <!-- genelens-enable [code ...] -->
//   LaTeX:      % genelens-disable-next-line [code ...]          % genelens-disable ... % genelens-enable
//   plain text: genelens-disable-next-line [code ...]            (on a line of its own; also genelens-disable / -enable)
// No code means every code. Codes may be separated by spaces or commas. Any syntax is accepted in any language,
// so a directive copied between files keeps working.
import type { LanguageKind } from '../types';

export type Directive = 'disable-next-line' | 'disable' | 'enable';

export interface SuppressionDirective {
  directive: Directive;
  /** Codes named, or empty for all. */
  codes: string[];
  line: number;
}

const MD = /^\s*<!--\s*genelens-(disable-next-line|disable|enable)\b([^>]*?)-->\s*$/;
const TEX = /^\s*%+\s*genelens-(disable-next-line|disable|enable)\b(.*)$/;
const PLAIN = /^\s*(?:(?:#|\/\/)\s*)?genelens-(disable-next-line|disable|enable)\b(.*)$/;

export function parseDirectives(text: string): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  if (!text.includes('genelens-')) return out;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.includes('genelens-')) return;
    const m = MD.exec(line) ?? TEX.exec(line) ?? PLAIN.exec(line);
    if (!m) return;
    const codes = (m[2] ?? '').split(/[\s,]+/).filter((c) => /^[a-z][a-z-]*$/.test(c));
    out.push({ directive: m[1] as Directive, codes, line: i });
  });
  return out;
}

/** Answers "is this code silenced on this line?" for one document. */
export class Suppressions {
  private readonly nextLine = new Map<number, string[]>();
  /** Disabled ranges [from, to) of lines, per code ('*' for all). */
  private readonly blocks: { from: number; to: number; codes: string[] }[] = [];

  constructor(text: string) {
    const open: { line: number; codes: string[] }[] = [];
    for (const d of parseDirectives(text)) {
      if (d.directive === 'disable-next-line') {
        this.nextLine.set(d.line + 1, [...(this.nextLine.get(d.line + 1) ?? []), ...(d.codes.length ? d.codes : ['*'])]);
      } else if (d.directive === 'disable') {
        open.push({ line: d.line, codes: d.codes.length ? d.codes : ['*'] });
      } else {
        // "enable" closes the blocks it names (all open ones when it names none).
        for (let k = open.length - 1; k >= 0; k--) {
          const o = open[k]!;
          if (d.codes.length === 0 || o.codes.some((c) => d.codes.includes(c))) {
            this.blocks.push({ from: o.line, to: d.line, codes: o.codes });
            open.splice(k, 1);
          }
        }
      }
    }
    for (const o of open) this.blocks.push({ from: o.line, to: Number.POSITIVE_INFINITY, codes: o.codes });
  }

  get empty(): boolean {
    return this.nextLine.size === 0 && this.blocks.length === 0;
  }

  isSuppressed(code: string, line: number): boolean {
    const next = this.nextLine.get(line);
    if (next && (next.includes('*') || next.includes(code))) return true;
    return this.blocks.some((b) => line > b.from && line < b.to && (b.codes.includes('*') || b.codes.includes(code)));
  }
}

/** The comment line that silences `code` on the line below, in the document's markup. */
export function disableNextLineComment(code: string, language: LanguageKind): string {
  switch (language) {
    case 'markdown':
    case 'pandoc':
      return `<!-- genelens-disable-next-line ${code} -->`;
    case 'latex':
      return `% genelens-disable-next-line ${code}`;
    default:
      return `genelens-disable-next-line ${code}`;
  }
}
