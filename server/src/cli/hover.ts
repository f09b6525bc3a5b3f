// `genelens hover FILE TERM`: the hover card of the first mention of TERM in FILE (by text, then by entity id), as
// the editor shows it there, with the profile file's path relative to the working folder (or absolute). A TERM that
// FILE does not mention, or does not use as a term ("SET the value"), gets no card and exit 1. Used by `npm run demo`.
import { escapeMarkdown, type LanguageService, type Mention } from '../core';
import { profileLabel } from '../shared/links';
import { commandArgs, parseCommonArgs, profileDirsOf, usageError } from './args';
import { openFile } from './documents';
import { displayPath, type CliEnv } from './env';

export const HOVER_USAGE = `Usage: genelens hover [--format text|markdown] [--profiles DIR]... FILE TERM   (FILE - reads standard input)

Prints the hover card of the first mention of TERM in FILE (matched by its text, then by entity id), as the editor
shows it there. Exits 1 when FILE does not mention TERM as a term GeneLens recognizes.
  --format markdown   the card's Markdown as an editor receives it (default: text for a terminal)
  --profiles DIR      also load the profiles in DIR (repeatable)
`;

/** Exit code: 0 printed, 1 TERM not recognized in FILE, 2 usage error or unreadable file. */
export async function runHover(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('hover', HOVER_USAGE, env, () => parseCommonArgs(argv, ['text', 'markdown']));
  if (typeof args === 'number') return args;
  const [file, term, ...extra] = args.positionals;
  if (file === undefined || term === undefined || extra.length > 0) {
    return usageError('hover', HOVER_USAGE, env, 'expected FILE and TERM');
  }
  const profileDirs = profileDirsOf('hover', HOVER_USAGE, env, args.profiles);
  if (typeof profileDirs === 'number') return profileDirs;
  const document = (await openFile(file, env))?.document;
  if (!document) return 2;
  const service = env.loadService(profileDirs);

  const mention = firstMention(service.analyze(document).mentions, term);
  const hover = mention ? service.getHover(document, document.positionAt(mention.start)) : null;
  const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
  if (!markdown) {
    const entity = service.lexicon.get(term) ?? service.lexicon.resolve(term);
    const names = entity ? `; the data knows ${entity.symbol}${entity.name && entity.name !== entity.symbol ? ` (${entity.name})` : ''}, but this file does not mention it as a term` : '';
    env.stderr(`genelens hover: '${term}' is not recognized in '${file}'${names}\n`);
    return 1;
  }
  const card = withProfilePaths(markdown, service, env.cwd);
  env.stdout(`${args.format === 'markdown' ? card : markdownToText(card)}\n`);
  return 0;
}

/** The card's "Profile: data/profiles/…" lines (the editor's short label) as paths from the user's folder, or absolute. */
function withProfilePaths(markdown: string, service: LanguageService, cwd: string): string {
  const byLabel = new Map<string, string>();
  for (const entity of service.lexicon.entities.values()) {
    const uri = entity.profile?.uri;
    if (uri) byLabel.set(`Profile: ${escapeMarkdown(profileLabel(uri))}`, `Profile: ${escapeMarkdown(displayPath(uri, cwd))}`);
  }
  return markdown
    .split('\n')
    .map((line) => {
      let end = line.length;
      while (end > 0 && line.charCodeAt(end - 1) === 32) end--; // a Markdown line break: kept after the new label
      const label = line.slice(0, end);
      return label.startsWith('Profile: ') ? `${byLabel.get(label) ?? label}${line.slice(end)}` : line;
    })
    .join('\n');
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
