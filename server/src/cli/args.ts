// Command-line options shared by the commands, parsed strictly: an unknown option is a usage error, never ignored.
import * as path from 'path';
import { parseArgs, type ParseArgsConfig } from 'util';
import type { CliEnv } from './env';

export interface CommonArgs {
  positionals: string[];
  format: string | undefined;
  profiles: string[];
  help: boolean;
}

export class UsageError extends Error {}

/**
 * A command's arguments from `parse`, or the exit code once usage is printed: 2 after a usage error (to stderr, with
 * the usage), 0 for --help (to stdout).
 */
export function commandArgs<T extends { help: boolean }>(command: string, usage: string, env: CliEnv, parse: () => T): T | number {
  let args: T;
  try {
    args = parse();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageError(command, usage, env, e.message);
  }
  if (!args.help) return args;
  env.stdout(usage);
  return 0;
}

/** Prints a usage error with the command's usage; the exit code is 2. */
export function usageError(command: string, usage: string, env: CliEnv, message: string): number {
  env.stderr(`genelens ${command}: ${message}\n\n${usage}`);
  return 2;
}

/** A parseArgs failure as a UsageError: its first line, without node's hint about positionals. */
export function usageErrorOf(e: unknown): UsageError {
  const message = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
  return new UsageError(message.replace(/\. To specify a positional argument.*$/, ''));
}

/** Parses `--format FMT`, `--profiles DIR` (repeatable), `--help`; `formats` lists the allowed formats. */
export function parseCommonArgs(argv: string[], formats: readonly string[]): CommonArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw usageErrorOf(e);
  }
  const format = parsed.values.format;
  if (format !== undefined && !formats.includes(format)) {
    throw new UsageError(`unknown format '${format}' (expected ${formats.join(' or ')})`);
  }
  return {
    positionals: parsed.positionals,
    format,
    profiles: parsed.values.profiles ?? [],
    help: parsed.values.help ?? false,
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      profiles: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `util.parseArgs` over a command's options, strictly, with positionals; a failure is a UsageError. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw usageErrorOf(e);
  }
}

/**
 * The `--profiles` folders as absolute paths, or the exit code 2 after a usage error when one is missing or is a
 * file: a misspelt folder would otherwise check against the shipped profiles only, and pass.
 */
export function profileDirsOf(command: string, usage: string, env: CliEnv, dirs: readonly string[]): string[] | number {
  const absolute = dirs.map((dir) => path.resolve(env.cwd, dir));
  for (let i = 0; i < dirs.length; i++) {
    const kind = env.pathKind?.(absolute[i]!);
    if (kind === 'missing') return usageError(command, usage, env, `--profiles '${dirs[i]}': no such folder`);
    if (kind === 'file') return usageError(command, usage, env, `--profiles '${dirs[i]}' is a file; give the folder that holds the profile files`);
  }
  return absolute;
}
