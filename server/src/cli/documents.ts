// Opens the files named on the command line as TextDocuments, one at a time (a command is done with one before the
// next is read), with the language taken from the file extension. `-` is standard input (as Markdown). The bytes are
// decoded as an editor would (decode.ts): a byte order mark picks UTF-8 or UTF-16; undecodable input is an error.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageKindOf } from '../core';
import { decodeText } from './decode';
import type { CliEnv } from './env';

export interface OpenedFile {
  /** The path as the user wrote it, for output. */
  name: string;
  document: TextDocument;
}

/** The name standard input goes by: in output, and in its document's URI. */
const STDIN = '-';

/** Reads one file; an unreadable or undecodable one is reported on stderr and gives undefined. */
export async function openFile(name: string, env: CliEnv): Promise<OpenedFile | undefined> {
  const stdin = name === STDIN;
  if (stdin && !env.readBytes) {
    env.stderr(`genelens: cannot read standard input here\n`);
    return undefined;
  }
  const absolute = stdin ? path.join(env.cwd, 'stdin.md') : path.resolve(env.cwd, name);
  let text: string | undefined;
  if (env.readBytes) {
    const bytes = await env.readBytes(stdin ? STDIN : absolute);
    if (bytes !== undefined) {
      const decoded = decodeText(bytes);
      if ('error' in decoded) {
        env.stderr(`genelens: cannot read '${name}': ${decoded.error}\n`);
        return undefined;
      }
      text = decoded.text;
    }
  } else text = env.readFile(absolute);
  if (text === undefined) {
    env.stderr(`genelens: cannot read '${name}': no such file, or not readable\n`);
    return undefined;
  }
  const language = languageKindOf(path.extname(absolute));
  const uri = stdin ? 'untitled:stdin' : pathToFileURL(absolute).href;
  return { name, document: TextDocument.create(uri, language, 1, text) };
}

/** Each readable file in turn; `failed()` is true once one could not be read. */
export function eachFile(files: readonly string[], env: CliEnv): AsyncIterable<OpenedFile> & { failed(): boolean } {
  let failed = false;
  return {
    failed: () => failed,
    async *[Symbol.asyncIterator]() {
      for (const name of files) {
        const opened = await openFile(name, env);
        if (opened) yield opened;
        else failed = true;
      }
    },
  };
}
