// Opens the files named on the command line as TextDocuments, with the language taken from the file extension.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageKindOf } from '../core';
import type { CliEnv } from './env';

export interface OpenedFile {
  /** The path as the user wrote it, for output. */
  name: string;
  document: TextDocument;
}

/** Reads each file; an unreadable one is reported on stderr and left out. `ok` is false when any was missing. */
export function openFiles(files: readonly string[], env: CliEnv): { opened: OpenedFile[]; ok: boolean } {
  const opened: OpenedFile[] = [];
  let ok = true;
  for (const name of files) {
    const absolute = path.resolve(env.cwd, name);
    const text = env.readFile(absolute);
    if (text === undefined) {
      env.stderr(`genelens: cannot read '${name}': no such file, or not readable\n`);
      ok = false;
      continue;
    }
    const language = languageKindOf(path.extname(absolute));
    opened.push({ name, document: TextDocument.create(pathToFileURL(absolute).href, language, 1, text) });
  }
  return { opened, ok };
}
