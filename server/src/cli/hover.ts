// `genelens hover FILE TERM`: the hover card of the first mention of TERM in FILE (by text, then by entity id), or,
// when FILE does not mention it, of the entity TERM names. Used by `npm run demo`.
import * as path from 'path';
import { renderEntityCard, type Mention } from '../core';
import { commandArgs, parseCommonArgs, usageError } from './args';
import { openFiles } from './documents';
import type { CliEnv } from './env';

export const HOVER_USAGE = `Usage: genelens hover [--format text|markdown] [--profiles DIR]... FILE TERM

Prints the hover card of the first mention of TERM in FILE (matched by its text, then by entity id), or of the
entity TERM names when FILE does not mention it.
  --format markdown   the card's Markdown as an editor receives it (default: text for a terminal)
  --profiles DIR      also load the profiles in DIR (repeatable)
`;

/** Exit code: 0 printed, 1 no such term, 2 usage error or unreadable file. */
export async function runHover(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('hover', HOVER_USAGE, env, () => parseCommonArgs(argv, ['text', 'markdown']));
  if (typeof args === 'number') return args;
  const [file, term, ...extra] = args.positionals;
  if (file === undefined || term === undefined || extra.length > 0) {
    return usageError('hover', HOVER_USAGE, env, 'expected FILE and TERM');
  }
  const { opened } = openFiles([file], env);
  const document = opened[0]?.document;
  if (!document) return 2;
  const service = env.loadService(args.profiles.map((dir) => path.resolve(env.cwd, dir)));

  const mention = firstMention(service.analyze(document).mentions, term);
  let markdown: string | undefined;
  if (mention) {
    const hover = service.getHover(document, document.positionAt(mention.start));
    markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
  } else {
    const entity = service.lexicon.get(term) ?? service.lexicon.resolve(term);
    if (entity) markdown = renderEntityCard(entity, service.lexicon);
  }
  if (!markdown) {
    env.stderr(`genelens hover: '${term}' is not mentioned in '${file}' and names no entity in the profile data\n`);
    return 1;
  }
  env.stdout(`${args.format === 'markdown' ? markdown : markdownToText(markdown)}\n`);
  return 0;
}

function firstMention(mentions: readonly Mention[], term: string): Mention | undefined {
  const lower = term.toLowerCase();
  return (
    mentions.find((m) => m.text === term) ??
    mentions.find((m) => m.entityId === term) ??
    mentions.find((m) => m.text.toLowerCase() === lower || m.entityId.toLowerCase() === lower)
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * The card's Markdown as terminal text: escapes removed, emphasis markers dropped, links as "label <url>". Cards
 * escape every data character that means something in Markdown, so unescaped markers are the card's own.
 */
export function markdownToText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i] ?? '';
    const next = markdown[i + 1] ?? '';
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(next)) {
      out += next;
      i++;
    } else if (c === '*' || c === '[') {
      // emphasis marker or link start: drop
    } else if (c === ']' && next === '(') {
      const close = markdown.indexOf(')', i + 2);
      if (close < 0) continue;
      out += ` <${markdown.slice(i + 2, close)}>`;
      i = close;
    } else if (c === '&') {
      const entity = Object.keys(ENTITIES).find((e) => markdown.startsWith(e, i));
      out += entity ? ENTITIES[entity] : c;
      if (entity) i += entity.length - 1;
    } else {
      out += c;
    }
  }
  return out.replace(/ {2}\n/g, '\n');
}
