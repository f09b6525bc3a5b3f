// SARIF 2.1.0 output of `genelens check --format sarif`, for code scanning: one run, one rule per diagnostic code,
// one result per finding with its location (1-based lines and UTF-16 columns), the profile entry as a related
// location, and the finding's fixes.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CheckedEdit, CheckedFinding } from './check';

const RULES: { id: string; text: string }[] = [
  { id: 'claim-contradicted', text: 'A claim the profile data contradicts.' },
  { id: 'claim-unsupported', text: 'A claim no profile supports.' },
  { id: 'claim-overstated', text: 'Certainty no evidence can carry ("cures", "guarantees", "proven").' },
  { id: 'profile-invalid', text: 'A profile file that does not load.' },
];

type Level = 'error' | 'warning' | 'note';

function level(severity: CheckedFinding['severity']): Level {
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

export function toSarif(findings: readonly CheckedFinding[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'GeneLens',
            version,
            rules: RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.text } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const artifactLocation = { uri: uriOf(f.file) };
          const result: Record<string, unknown> = {
            ruleId: f.code,
            ruleIndex: Math.max(0, RULES.findIndex((r) => r.id === f.code)),
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
        }),
      },
    ],
  };
}
