// `genelens check FILE...`: the editor's diagnostics for each file, from the same core and the same settings,
// as `file:line:col severity code message` lines, JSON (with each finding's fixes as edits) or SARIF 2.1.0, streamed.
// `-` reads standard input.
import * as path from 'path';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { LanguageService } from '../core';
import { DEFAULTS, DIAGNOSTIC_CODES, normalizeSettings, SEVERITY_LEVELS, type SeverityLevel, type Settings } from '../shared/settings';
import { commandArgs, parseOptions, profileDirsOf, usageError, UsageError } from './args';
import { eachFile, type OpenedFile } from './documents';
import { displayPath, type CliEnv } from './env';
import type { CheckedEdit, CheckedFinding } from './findings';
import { JsonArrayWriter, Output } from './output';
import { sarifFrame, sarifResult } from './sarif';

export const CHECK_USAGE = `Usage: genelens check [options] FILE...   (- reads standard input)

Flags claims the profile data contradicts or does not support, as an editor would:
  file:line:col severity code message
Options:
  --format text|json|sarif    output format (default text); json lists each finding with its fixes as edits,
                              sarif is SARIF 2.1.0 for code scanning
  --fail-on LEVEL             exit 1 when a finding is at least LEVEL: error, warning (default), information,
                              hint, or off (never)
  --severity CODE=LEVEL       severity of a code (repeatable), e.g. --severity claim-unsupported=warning;
                              codes: ${DIAGNOSTIC_CODES.join(', ')}; levels: ${SEVERITY_LEVELS.join(', ')}
  --profiles DIR              also load the profile files in DIR (repeatable)
Suppress a finding in the file with <!-- genelens-disable-next-line CODE --> (Markdown), % genelens-disable-next-line
CODE (LaTeX) or a genelens-disable-next-line CODE line (plain text).
Exit codes: 0 no finding at the --fail-on level, 1 findings, 2 usage error or unreadable file.
`;

const SEVERITY_WORD: Record<number, Exclude<SeverityLevel, 'off'>> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const RANK: Record<SeverityLevel, number> = { off: 0, hint: 4, information: 3, warning: 2, error: 1 };

interface CheckArgs {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: SeverityLevel;
  settings: Settings;
  profiles: string[];
  help: boolean;
}

function parse(argv: string[]): CheckArgs {
  const parsed = parseOptions(argv, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    severity: { type: 'string', multiple: true },
    profiles: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}' (expected text, json or sarif)`);
  const failOn = v['fail-on'] ?? 'warning';
  if (!(SEVERITY_LEVELS as readonly string[]).includes(failOn)) throw new UsageError(`unknown --fail-on level '${failOn}' (expected ${SEVERITY_LEVELS.join(', ')})`);
  const severity: Record<string, string> = {};
  for (const item of v.severity ?? []) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(item.trim());
    if (!m) throw new UsageError(`--severity expects CODE=LEVEL, got '${item}'`);
    severity[m[1]!] = m[2]!;
  }
  const normalized = normalizeSettings({ ...DEFAULTS, severity });
  if (normalized.problems.length > 0) throw new UsageError(normalized.problems.join(' '));
  return { files: parsed.positionals, format, failOn: failOn as SeverityLevel, settings: normalized.settings, profiles: v.profiles ?? [], help: v.help ?? false };
}

/**
 * Exit code: 0 nothing at the --fail-on level, 1 findings at it, 2 usage error or a file could not be read.
 * Findings are written as they are made, file by file (none is kept), so output starts at once and a closed pipe
 * stops the work.
 */
export async function runCheck(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('check', CHECK_USAGE, env, () => parse(argv));
  if (typeof args === 'number') return args;
  if (args.files.length === 0) return usageError('check', CHECK_USAGE, env, 'no file given');
  const profileDirs = profileDirsOf('check', CHECK_USAGE, env, args.profiles);
  if (typeof profileDirs === 'number') return profileDirs;
  const out = new Output(env);
  const sarif = args.format === 'sarif' ? sarifFrame(version(env)) : undefined;
  if (sarif) out.write(sarif.head);
  const array = args.format === 'text' ? undefined : new JsonArrayWriter(out, sarif ? 3 : 0);
  const threshold = RANK[args.failOn];
  let failed = false;
  let service: LanguageService | undefined;
  const files = eachFile(args.files, env);
  for await (const file of files) {
    service ??= env.loadService(profileDirs);
    try {
      for (const f of check(service, file, args.settings, env.cwd)) {
        if (threshold > 0 && RANK[f.severity] <= threshold) failed = true;
        if (!array) out.write(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
        else array.add(sarif ? sarifResult(f) : f);
        if (!(await out.due())) return failed ? 1 : 0;
      }
    } finally {
      service.forget(file.document.uri); // its analysis is done with: memory stays that of one file
    }
  }
  array?.end();
  if (array) out.write(sarif ? `${sarif.tail}\n` : '\n');
  await out.flush();
  if (files.failed()) return 2;
  return failed ? 1 : 0;
}

/** The findings of one file in reading order, as a reviewer goes through it; made one at a time. */
function* check(service: LanguageService, { name, document }: OpenedFile, settings: Settings, cwd: string): Generator<CheckedFinding> {
  const diagnostics: Diagnostic[] = service
    .getDiagnostics(document, settings)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const d of diagnostics) {
    const actions = service.getCodeActions(document, d.range, { diagnostics: [d] }, settings);
    const related = d.relatedInformation?.[0];
    yield {
      file: name,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY_WORD[d.severity ?? 3] ?? 'information',
      code: String(d.code),
      message: typeof d.message === 'string' ? d.message : d.message.value,
      ...(related
        ? { related: { file: displayPath(related.location.uri, cwd), line: related.location.range.start.line + 1, column: related.location.range.start.character + 1, message: related.message } }
        : {}),
      fixes: actions.map((a) => ({
        title: a.title,
        preferred: a.isPreferred ?? false,
        edits: (a.edit?.changes?.[document.uri] ?? []).map(edit),
      })),
    };
  }
}

function edit(e: TextEdit): CheckedEdit {
  return { line: e.range.start.line + 1, column: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1, newText: e.newText };
}

function version(env: CliEnv): string {
  const text = env.readFile(path.join(env.dataDir, '..', 'package.json'));
  try {
    const v = (JSON.parse(text ?? '{}') as { version?: unknown }).version;
    return typeof v === 'string' ? v : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
