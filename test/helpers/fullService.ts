// The language service as the CLI and server build it (profiles, gene table, Gene Ontology and MeSH tables), once per
// test process, and a claims check over it: for claims about genes and chemicals no profile describes.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeEnv } from '../../server/src/cli/env';
import type { LanguageService } from '../../server/src/core';
import type { Finding } from '../../server/src/core/types';
import type { Check } from './claims';

let service: LanguageService | undefined;

export function fullService(): LanguageService {
  if (!service) {
    const env = createNodeEnv();
    env.stderr = () => undefined;
    service = env.loadService([]);
  }
  return service;
}

let version = 0;

/** The claim diagnostics of a plain-text document, as findings (code, message, document offsets). */
export const fullCheck: Check = (text) => {
  const doc = TextDocument.create(`file:///full-check/${++version}.txt`, 'plaintext', 1, text);
  return fullService().getDiagnostics(doc).filter((d) => String(d.code).startsWith('claim-')).map((d) => ({
    code: String(d.code) as Finding['code'], start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end),
    message: typeof d.message === 'string' ? d.message : d.message.value, fixes: [],
  }));
};
