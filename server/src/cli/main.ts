// The `genelens` command: dispatches to annotate, check and hover. Returns the exit code; never calls process.exit.
import * as path from 'path';
import { runAnnotate } from './annotate';
import { runCheck } from './check';
import type { CliEnv } from './env';
import { runExportDictionary } from './exportDictionary';
import { runHover } from './hover';

export const USAGE = `genelens: recognizes genes, chemicals and variants in Markdown, plain text and LaTeX, and checks claims
against the profile data.

Usage:
  genelens annotate [--format text|json|pubtator] [--input text|pubtator] [--jobs N] [--profiles DIR]... FILE...
      list the recognized terms, one line each: file:line:col kind id text (or PubTator, the corpora's format)
  genelens check [options] FILE...
      flag claims the profile data contradicts or does not support (genelens check --help)
  genelens hover [--format text|markdown] [--profiles DIR]... FILE TERM
      print the hover card of TERM as it appears in FILE
  genelens export-dictionary [--out FILE] [--profiles DIR]...
      write the symbols and aliases GeneLens knows as a word list for cspell (Code Spell Checker)
  genelens --help | --version

  --profiles DIR   also load the profile files in DIR (repeatable), beside the shipped ones

Exit codes: 0 success; 1 findings (check) or nothing found (hover); 2 usage error or unreadable file.
`;

export async function runCli(argv: string[], env: CliEnv): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'annotate':
      return runAnnotate(rest, env);
    case 'check':
      return runCheck(rest, env);
    case 'hover':
      return runHover(rest, env);
    case 'export-dictionary':
      return runExportDictionary(rest, env);
    case '--help':
    case '-h':
    case 'help':
      env.stdout(USAGE);
      return 0;
    case '--version':
    case '-v':
      env.stdout(`${version(env)}\n`);
      return 0;
    case undefined:
      env.stderr(`genelens: no command given\n\n${USAGE}`);
      return 2;
    default:
      env.stderr(
        command.startsWith('-')
          ? `genelens: unknown option '${command}'\n\n${USAGE}`
          : `genelens: unknown command '${command}'\n\n${USAGE}`,
      );
      return 2;
  }
}

/** The version in the package.json next to the shipped data/ folder. */
function version(env: CliEnv): string {
  const text = env.readFile(path.join(env.dataDir, '..', 'package.json'));
  try {
    const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
    const v = (parsed as { version?: unknown } | undefined)?.version;
    if (typeof v === 'string') return v;
  } catch {
    // fall through
  }
  return 'unknown';
}
