// Command-line options shared by the commands, parsed strictly: an unknown option is a usage error, never ignored.
import { parseArgs } from 'util';

export interface CommonArgs {
  positionals: string[];
  format: string | undefined;
  profiles: string[];
  help: boolean;
}

export class UsageError extends Error {}

/** Parses `--format FMT`, `--profiles DIR` (repeatable), `--help`; `formats` lists the allowed formats. */
export function parseCommonArgs(argv: string[], formats: readonly string[]): CommonArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''));
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
