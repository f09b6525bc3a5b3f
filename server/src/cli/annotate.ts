// `genelens annotate FILE...`: one line per recognized term, `file:line:col kind id text` (1-based), or JSON.
import * as path from 'path';
import { commandArgs, parseCommonArgs, usageError } from './args';
import { openFiles } from './documents';
import type { CliEnv } from './env';

export const ANNOTATE_USAGE = `Usage: genelens annotate [--format text|json] [--profiles DIR]... FILE...

Prints one line per recognized term: file:line:col kind id text (line and column 1-based).
  --format json     a JSON array of {file, line, column, endLine, endColumn, kind, id, text, via, known}
  --profiles DIR    also load the profiles in DIR (repeatable)
`;

export interface AnnotatedMention {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: string;
  id: string;
  text: string;
  via: string;
  known: boolean;
}

/** Exit code: 0 done, 2 usage error or a file could not be read (the readable ones are still annotated). */
export async function runAnnotate(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('annotate', ANNOTATE_USAGE, env, () => parseCommonArgs(argv, ['text', 'json']));
  if (typeof args === 'number') return args;
  if (args.positionals.length === 0) return usageError('annotate', ANNOTATE_USAGE, env, 'no file given');
  const { opened, ok } = openFiles(args.positionals, env);
  const all: AnnotatedMention[] = [];
  if (opened.length > 0) {
    const service = env.loadService(args.profiles.map((dir) => path.resolve(env.cwd, dir)));
    for (const { name, document } of opened) {
      for (const m of service.analyze(document).mentions) {
        const start = document.positionAt(m.start);
        const end = document.positionAt(m.end);
        all.push({
          file: name,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          kind: m.kind,
          id: m.entityId,
          text: m.text.replace(/\s+/g, ' '),
          via: m.via,
          known: m.known,
        });
      }
    }
  }
  if (args.format === 'json') env.stdout(`${JSON.stringify(all, null, 2)}\n`);
  else env.stdout(all.map((m) => `${m.file}:${m.line}:${m.column} ${m.kind} ${m.id} ${m.text}\n`).join(''));
  return ok ? 0 : 2;
}
