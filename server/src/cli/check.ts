// `genelens check FILE...`: the editor's diagnostics for each file, from the same core and the same settings,
// as `file:line:col severity code message` lines, JSON (with each finding's fixes as edits) or SARIF 2.1.0.
import * as path from 'path';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { LanguageService } from '../core';
import { DEFAULTS, DIAGNOSTIC_CODES, normalizeSettings, SEVERITY_LEVELS, type SeverityLevel, type Settings } from '../shared/settings';
import { commandArgs, parseOptions, usageError, UsageError } from './args';
import { openFiles, type OpenedFile } from './documents';
import { displayPath, type CliEnv } from './env';
import type { CheckedEdit, CheckedFinding } from './findings';
import { toSarif } from './sarif';

export const CHECK_USAGE = `Usage: genelens check [options] FILE...

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

/** Exit code: 0 nothing at the --fail-on level, 1 findings at it, 2 usage error or a file could not be read. */
export async function runCheck(argv: string[], env: CliEnv): Promise<number> {
  const args = commandArgs('check', CHECK_USAGE, env, () => parse(argv));
  if (typeof args === 'number') return args;
  if (args.files.length === 0) return usageError('check', CHECK_USAGE, env, 'no file given');
  const { opened, ok } = openFiles(args.files, env);
  const findings: CheckedFinding[] = [];
  if (opened.length > 0) {
    const service = env.loadService(args.profiles.map((dir) => path.resolve(env.cwd, dir)));
    for (const file of opened) findings.push(...check(service, file, args.settings, env.cwd));
  }
  if (args.format === 'json') env.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else if (args.format === 'sarif') env.stdout(`${JSON.stringify(toSarif(findings, version(env)), null, 2)}\n`);
  else env.stdout(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`).join(''));
  if (!ok) return 2;
  const threshold = RANK[args.failOn];
  return threshold > 0 && findings.some((f) => RANK[f.severity] <= threshold) ? 1 : 0;
}

function check(service: LanguageService, { name, document }: OpenedFile, settings: Settings, cwd: string): CheckedFinding[] {
  const out: CheckedFinding[] = [];
  // In reading order, as a reviewer goes through the file.
  const diagnostics: Diagnostic[] = service
    .getDiagnostics(document, settings)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const d of diagnostics) {
    const actions = service.getCodeActions(document, d.range, { diagnostics: [d] }, settings);
    const related = d.relatedInformation?.[0];
    out.push({
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
    });
  }
  return out;
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
