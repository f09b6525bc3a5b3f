// `genelens annotate FILE...`: one line per recognized term, `file:line:col kind id text` (1-based), JSON, or PubTator
// (the field's exchange format). With `--input pubtator` the files are PubTator documents, read as a stream and
// annotated by `--jobs N` worker threads (annotateStream.ts).
import type { LanguageService } from '../core';
import { commandArgs, parseOptions, profileDirsOf, usageError, UsageError } from './args';
import { eachFile } from './documents';
import type { CliEnv } from './env';
import { annotatePubtatorStream } from './annotateStream';
import { JsonArrayWriter, Output } from './output';
import { writePubtator } from './pubtator';
import { annotatePubtator, fileAsPubtator } from './pubtatorAnnotations';

export const ANNOTATE_USAGE = `Usage: genelens annotate [--format text|json|pubtator] [--input text|pubtator] [--jobs N] [--profiles DIR]... FILE...
(FILE - reads standard input)

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
  const profileDirs = profileDirsOf('annotate', ANNOTATE_USAGE, env, args.profiles);
  if (typeof profileDirs === 'number') return profileDirs;
  if (args.input === 'pubtator') return annotatePubtatorStream(args.positionals, { format: args.format === 'json' ? 'json' : 'pubtator', jobs: args.jobs }, profileDirs, env);
  // Written as they are found, file by file (none is kept), so a closed pipe stops the work.
  const out = new Output(env);
  const array = args.format === 'json' ? new JsonArrayWriter(out) : undefined;
  const genes = new Map<string, string | undefined>();
  let service: LanguageService | undefined;
  const files = eachFile(args.positionals, env);
  for await (const { name, document } of files) {
    service ??= env.loadService(profileDirs);
    if (args.format === 'pubtator') {
      out.write(writePubtator(annotatePubtator(service, fileAsPubtator(name, document.getText()), genes)));
      if (!(await out.due())) return 0;
      continue;
    }
    try {
      for (const m of service.analyze(document).mentions) {
        const start = document.positionAt(m.start);
        const end = document.positionAt(m.end);
        const mention: AnnotatedMention = {
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
        };
        if (array) array.add(mention);
        else out.write(`${mention.file}:${mention.line}:${mention.column} ${mention.kind} ${mention.id} ${mention.text}\n`);
        if (!(await out.due())) return 0;
      }
    } finally {
      service.forget(document.uri); // its analysis is done with: memory stays that of one file
    }
  }
  if (array) {
    array.end();
    out.write('\n');
  }
  await out.flush();
  return files.failed() ? 2 : 0;
}
