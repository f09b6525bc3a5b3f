// `genelens export-dictionary [--out FILE]`: the lexicon's symbols, aliases, previous symbols and abbreviations as a
// word list that Code Spell Checker (cspell) and similar checkers load, so they stop flagging gene names. One word a
// line, sorted, each as the lexicon writes it (case kept), and the words of species' names ("Drosophila",
// "melanogaster"); lines starting with '#' are comments. cspell gives a few characters a meaning in word lists ('+' and '*' mark compounds, '!' forbids, '~' and ':' too), and a word list holds
// single words: a term with such characters or spaces ("NAD+", "Mg2+") contributes its word parts ("NAD", "Mg2").
import * as path from 'path';
import { parseArgs } from 'util';
import type { LanguageService } from '../core';
import type { MatchVia } from '../core';
import { commandArgs, profileDirsOf, usageErrorOf } from './args';
import type { CliEnv } from './env';

export const EXPORT_DICTIONARY_USAGE = `Usage: genelens export-dictionary [--out FILE] [--profiles DIR]...

Writes the symbols and aliases GeneLens knows as a word list for cspell (Code Spell Checker) and similar spell
checkers, one word a line. Without --out, the list goes to standard output.
  --out FILE       write the list to FILE
  --profiles DIR   also take the terms of the profiles in DIR (repeatable)

cspell configuration (cspell.json):
  "dictionaryDefinitions": [{ "name": "genelens", "path": "./genelens-words.txt", "addWords": false }],
  "dictionaries": ["genelens"]
`;

/** Ways of writing an entity that go into the word list: the short forms a spell checker does not know. */
const EXPORTED: ReadonlySet<MatchVia> = new Set<MatchVia>(['symbol', 'alias', 'previous', 'abbreviation']);
const WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}'.-]*[\p{L}\p{N}])?$/u;
const LETTER = /\p{L}/u;

/** The word list's lines (without the header), sorted and unique. */
export function dictionaryWords(service: LanguageService): string[] {
  const words = new Set<string>();
  for (const term of service.lexicon.terms) {
    // A species' every name: "Drosophila melanogaster", "Caenorhabditis elegans" are no spell checker's words.
    if (!EXPORTED.has(term.via) && !term.entityId.startsWith('NCBITaxon:')) continue;
    for (const part of term.text.split(/[^\p{L}\p{N}'.-]+/u)) {
      const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word.length >= 2 && LETTER.test(word) && WORD.test(word)) words.add(word);
    }
  }
  // The chemical and disease tables' names, but not their English words.
  for (const term of service.lexicon.mesh?.terms() ?? []) {
    if (term.common) continue;
    for (const part of term.text.split(/[^\p{L}\p{N}'.-]+/u)) {
      const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      // Folded where the case carries nothing ("Doxorubicin" is "doxorubicin"; "NAD" stays).
      if (word.length >= 3 && LETTER.test(word) && WORD.test(word)) words.add(/^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word);
    }
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The whole file: a comment header, then the words. */
export function renderDictionary(words: readonly string[]): string {
  const header = [
    '# GeneLens word list for cspell: gene symbols, aliases and previous symbols, and the short names of the',
    '# chemicals, complexes and other entities GeneLens recognizes. Made by `genelens export-dictionary`.',
    `# ${words.length} words, case as written.`,
  ];
  return `${[...header, ...words].join('\n')}\n`;
}

/** Exit code: 0 written, 2 usage error or unwritable file. */
export async function runExportDictionary(argv: string[], env: CliEnv): Promise<number> {
  const values = commandArgs('export-dictionary', EXPORT_DICTIONARY_USAGE, env, () => parse(argv));
  if (typeof values === 'number') return values;
  const profileDirs = profileDirsOf('export-dictionary', EXPORT_DICTIONARY_USAGE, env, values.profiles);
  if (typeof profileDirs === 'number') return profileDirs;
  const service = env.loadService(profileDirs);
  const words = dictionaryWords(service);
  const text = renderDictionary(words);
  if (values.out === undefined) {
    env.stdout(text);
    return 0;
  }
  const file = path.resolve(env.cwd, values.out);
  const error = env.writeFile ? env.writeFile(file, text) : 'this environment cannot write files';
  if (error !== undefined) {
    env.stderr(`genelens export-dictionary: cannot write '${values.out}': ${error}\n`);
    return 2;
  }
  env.stderr(`genelens export-dictionary: wrote ${words.length} words to ${values.out}\n`);
  return 0;
}

function parse(argv: string[]): { out: string | undefined; profiles: string[]; help: boolean } {
  try {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: { out: { type: 'string' }, profiles: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
    return { out: values.out, profiles: values.profiles ?? [], help: values.help ?? false };
  } catch (e) {
    throw usageErrorOf(e);
  }
}
