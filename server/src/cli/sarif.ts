// SARIF 2.1.0 output of `genelens check --format sarif`, for code scanning: one run, one rule per diagnostic code
// (every code of DIAGNOSTIC_CODES, with its default level), one result per finding with its rule's index, its
// location (1-based lines and UTF-16 columns), the profile entry as a related location, and the finding's fixes.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULTS, DIAGNOSTIC_CODES, type DiagnosticCode, type SeverityLevel } from '../shared/settings';
import type { CheckedEdit, CheckedFinding } from './findings';

/** What each diagnostic code reports; a Record, so a new code in DIAGNOSTIC_CODES fails the build until it has one. */
const RULE_TEXT: Record<DiagnosticCode, { short: string; full: string }> = {
  'claim-contradicted': {
    short: 'A claim the profile data contradicts.',
    full: 'A sentence states what the profile data contradicts, e.g. "AMPK inhibits NMRK1." where the NMRK1 profile lists AMPK as an activator.',
  },
  'claim-unsupported': {
    short: 'A claim no profile supports.',
    full: 'A sentence states a relation that no profile supports, e.g. "NMRK1 activates mTOR signaling."',
  },
  'claim-overstated': {
    short: 'Certainty no evidence can carry ("cures", "guarantees", "proven").',
    full: 'A sentence claims more certainty than the evidence can carry ("cures", "guarantees", "proven").',
  },
  'profile-invalid': {
    short: 'A profile file that does not load.',
    full: 'A profile file is not valid JSON or breaks the profile schema; the other profiles keep working.',
  },
  'ambiguous-term': {
    short: 'A gene alias that names several genes.',
    full: 'A gene alias that names several genes, e.g. "AAC1" (an alias of NAT1 and of SLC25A4); write the approved symbol of the one you mean.',
  },
  'non-preferred-symbol': {
    short: 'A gene written with an alias or previous symbol.',
    full: 'A gene written with an alias or previous symbol, e.g. "P53" for TP53; the approved symbol is preferred.',
  },
};

/** One rule per diagnostic code, in DIAGNOSTIC_CODES order: a result's ruleIndex is its code's index there. */
const RULES = DIAGNOSTIC_CODES.map((id) => ({
  id,
  name: id,
  shortDescription: { text: RULE_TEXT[id].short },
  fullDescription: { text: RULE_TEXT[id].full },
  defaultConfiguration: { enabled: DEFAULTS.severity[id] !== 'off', level: levelOfSetting(DEFAULTS.severity[id]) },
}));

type Level = 'none' | 'note' | 'warning' | 'error';

function levelOfSetting(severity: SeverityLevel): Level {
  return severity === 'off' ? 'none' : level(severity);
}

function level(severity: CheckedFinding['severity']): Exclude<Level, 'none'> {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A file path as a SARIF URI: relative ones with forward slashes, percent-encoded; absolute ones as file: URLs. */
function uriOf(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(line: number, column: number, endLine: number, endColumn: number) {
  return { startLine: line, startColumn: column, endLine, endColumn };
}

function replacement(e: CheckedEdit) {
  return { deletedRegion: region(e.line, e.column, e.endLine, e.endColumn), insertedContent: { text: e.newText } };
}

/** The SARIF log of these findings (the same text `sarifWriter` streams). */
export function toSarif(findings: readonly CheckedFinding[], version: string): object {
  const log = sarifLog(version);
  log.runs[0]!.results = findings.map(sarifResult);
  return log;
}

/** The log around the results: `results` is the one array a writer fills (see check.ts). */
export function sarifLog(version: string): { runs: ({ results: unknown[] } & Record<string, unknown>)[] } & Record<string, unknown> {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'GeneLens', version, rules: RULES } }, columnKind: 'utf16CodeUnits', results: [] }],
  };
}

/** The log's text before and after its results array, as JSON.stringify(log, null, 2) lays it out. */
export function sarifFrame(version: string): { head: string; tail: string } {
  const text = JSON.stringify(sarifLog(version), null, 2);
  const marker = '"results": []';
  const at = text.indexOf(marker) + marker.length - 2;
  return { head: text.slice(0, at), tail: text.slice(at + 2) };
}

/** One SARIF result: the finding's rule, level, message, region, related profile entry and fixes. */
export function sarifResult(f: CheckedFinding): object {
  const artifactLocation = { uri: uriOf(f.file) };
  const ruleIndex = (DIAGNOSTIC_CODES as readonly string[]).indexOf(f.code);
  const result: Record<string, unknown> = {
    ruleId: f.code,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.line, f.column, f.endLine, f.endColumn) } }],
  };
  if (f.related) {
    result.relatedLocations = [
      {
        id: 0,
        message: { text: f.related.message },
        physicalLocation: { artifactLocation: { uri: uriOf(f.related.file) }, region: { startLine: f.related.line, startColumn: f.related.column } },
      },
    ];
  }
  const fixes = f.fixes.filter((x) => x.edits.length > 0);
  if (fixes.length > 0) {
    result.fixes = fixes.map((x) => ({
      description: { text: x.title },
      artifactChanges: [{ artifactLocation, replacements: x.edits.map(replacement) }],
    }));
  }
  return result;
}
