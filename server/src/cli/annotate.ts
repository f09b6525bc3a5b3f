// `genelens annotate FILE...`: one line per recognized term, `file:line:col kind id text` (1-based), JSON, or PubTator
// (the field's exchange format). With `--input pubtator` the files are PubTator documents, read as a stream and
// annotated by `--jobs N` worker threads (annotateStream.ts).
import * as path from 'path';
import { commandArgs, parseOptions, usageError, UsageError } from './args';
import { openFiles } from './documents';
import type { CliEnv } from './env';
import { annotatePubtatorStream } from './annotateStream';
import { writePubtator } from './pubtator';
import { annotatePubtator, fileAsPubtator } from './pubtatorAnnotations';

export const ANNOTATE_USAGE = `Usage: genelens annotate [--format text|json|pubtator] [--input text|pubtator] [--jobs N] [--profiles DIR]... FILE...

Prints one line per recognized term: file:line:col kind id text (line and column 1-based).
  --format json      a JSON array of {file, line, column, endLine, endColumn, kind, id, text, via, known}
  --format pubtator  PubTator: each file as a document (first line the title), one annotation line per term
                     (PMID, start, end, text, type, id: NCBI Gene id, MeSH id or variant; empty when ambiguous)
  --input pubtator   the files (or - for standard input) are PubTator documents, read as a stream; their own
                     annotations are replaced by GeneLens's; output PubTator (default) or --format json (a line each)
  --jobs N           annotate PubTator input with N worker threads (default 1)
  --profiles DIR     also load the profiles in DIR (repeatable)
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

export interface AnnotateArgs {
  positionals: string[];
  format: 'text' | 'json' | 'pubtator';
  input: 'text' | 'pubtator';
  jobs: number;
  profiles: string[];
  help: boolean;
}

function parseAnnotateArgs(argv: string[]): AnnotateArgs {
  const parsed = parseOptions(argv, {
    format: { type: 'string' },
    input: { type: 'string' },
    jobs: { type: 'string' },
    profiles: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  const v = parsed.values;
  const input = v.input ?? 'text';
  if (input !== 'text' && input !== 'pubtator') throw new UsageError(`unknown input '${input}' (expected text or pubtator)`);
  const format = v.format ?? (input === 'pubtator' ? 'pubtator' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'pubtator') throw new UsageError(`unknown format '${format}' (expected text, json or pubtator)`);
  if (input === 'pubtator' && format === 'text') throw new UsageError('--input pubtator writes --format pubtator or json');
  const jobs = v.jobs === undefined ? 1 : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64, not '${v.jobs}'`);
  return { positionals: parsed.positionals, format, input, jobs, profiles: v.profiles ?? [], help: v.help ?? false };
}

/** Exit code: 0 done, 2 usage error or a file could not be read (the readable ones are still annotated). */
export async function runAnnotate(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('annotate', ANNOTATE_USAGE, env, () => parseAnnotateArgs(argv));
  if (typeof args === 'number') return args;
  if (args.positionals.length === 0) return usageError('annotate', ANNOTATE_USAGE, env, 'no file given');
  const profileDirs = args.profiles.map((dir) => path.resolve(env.cwd, dir));
  if (args.input === 'pubtator') return annotatePubtatorStream(args.positionals, { format: args.format === 'json' ? 'json' : 'pubtator', jobs: args.jobs }, profileDirs, env);
  const { opened, ok } = openFiles(args.positionals, env);
  const all: AnnotatedMention[] = [];
  if (opened.length > 0) {
    const service = env.loadService(profileDirs);
    if (args.format === 'pubtator') {
      const genes = new Map<string, string | undefined>();
      for (const { name, document } of opened) env.stdout(writePubtator(annotatePubtator(service, fileAsPubtator(name, document.getText()), genes)));
      return ok ? 0 : 2;
    }
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
