// A finding of `genelens check` as the output formats see it: 1-based lines and columns, the profile entry it rests
// on, its fixes as edits. Shared by check.ts (which makes them) and sarif.ts (which writes them), so neither imports
// the other.
import type { SeverityLevel } from '../shared/settings';

export interface CheckedEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface CheckedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Exclude<SeverityLevel, 'off'>;
  code: string;
  message: string;
  /** The profile entry the finding rests on. */
  related?: { file: string; line: number; column: number; message: string };
  fixes: { title: string; preferred: boolean; edits: CheckedEdit[] }[];
}
