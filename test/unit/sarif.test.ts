// `genelens check --format sarif` against the SARIF 2.1.0 JSON Schema (test/fixtures/sarif-schema-2.1.0-rtm.5.json,
// see its README for where it comes from), with Ajv's draft-04 class and ajv-formats (uri, uri-reference, date-time):
// one rule per diagnostic code, each result's ruleIndex pointing at its own code's rule.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCheck } from '../../server/src/cli/check';
import { createReportingService, type CliEnv } from '../../server/src/cli/env';
import type { CheckedFinding } from '../../server/src/cli/findings';
import { toSarif } from '../../server/src/cli/sarif';
import { DIAGNOSTIC_CODES } from '../../server/src/shared/settings';
import { shippedGeneTable } from '../helpers/genes';
import { loadShippedProfileDocuments } from '../helpers/profiles';

const ROOT = path.resolve(__dirname, '../../..');
const CWD = path.resolve('/work/project');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp off: the schema's pattern for a language tag is valid JavaScript only without the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

interface SarifRun {
  tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } };
  results: { ruleId: string; ruleIndex?: number; level: string }[];
}

function assertValid(log: unknown): SarifRun {
  const ok = validate(log);
  assert.ok(ok, `not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return (log as { runs: SarifRun[] }).runs[0]!;
}

function assertRuleIndexes(run: SarifRun): void {
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), [...DIAGNOSTIC_CODES]);
  for (const r of run.results) {
    assert.equal(typeof r.ruleIndex, 'number', `${r.ruleId} has a ruleIndex`);
    assert.equal(run.tool.driver.rules[r.ruleIndex!]?.id, r.ruleId, `ruleIndex of ${r.ruleId}`);
  }
}

async function checkSarif(text: string): Promise<unknown> {
  const PROFILES = loadShippedProfileDocuments();
  const out: string[] = [];
  const env: CliEnv = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    stdout: (s) => void out.push(s),
    stderr: () => undefined,
    readFile: (file) => (file === path.join(CWD, 'notes.md') ? text : undefined),
    loadService: () => createReportingService(PROFILES, [], env, shippedGeneTable()),
  };
  await runCheck(['--format', 'sarif', 'notes.md'], env);
  return JSON.parse(out.join(''));
}

function finding(code: string, file: string, i: number): CheckedFinding {
  return {
    file, line: i + 1, column: 1, endLine: i + 1, endColumn: 6, severity: 'hint', code, message: `a ${code} finding`,
    related: { file: '/data/profiles/genes/nmrk1.json', line: 3, column: 5, message: 'the profile entry' },
    fixes: [{ title: 'Write NMRK1', preferred: true, edits: [{ line: i + 1, column: 1, endLine: i + 1, endColumn: 6, newText: 'NMRK1' }] }],
  };
}

describe('SARIF output', () => {
  it('of a real check is valid SARIF 2.1.0, every result pointing at its own rule', async () => {
    const text = [
      'AMPK inhibits NMRK1.', // claim-contradicted
      'NMRK1 activates mTOR signaling.', // claim-unsupported
      'NR supplements cure ageing.', // claim-overstated
      'The AAC1 gene was knocked out.', // ambiguous-term
      'A P53 mutation.', // non-preferred-symbol
    ].join('\n\n');
    const run = assertValid(await checkSarif(`${text}\n`));
    assertRuleIndexes(run);
    const codes = new Set(run.results.map((r) => r.ruleId));
    for (const code of ['claim-contradicted', 'claim-unsupported', 'claim-overstated', 'ambiguous-term', 'non-preferred-symbol']) {
      assert.ok(codes.has(code), `a ${code} result: ${[...codes].join(', ')}`);
    }
    const level = (code: string) => run.tool.driver.rules.find((r) => r.id === code)?.defaultConfiguration.level;
    assert.equal(level('claim-contradicted'), 'warning');
    assert.equal(level('profile-invalid'), 'error');
    assert.equal(level('ambiguous-term'), 'note');
  });

  it('is valid with a result of every diagnostic code, from relative and absolute paths', () => {
    const findings = DIAGNOSTIC_CODES.map((code, i) => finding(code, i % 2 ? 'docs/my notes.md' : '/home/me/paper.tex', i));
    const run = assertValid(toSarif(findings, '0.1.0'));
    assertRuleIndexes(run);
    assert.deepEqual(run.results.map((r) => r.ruleIndex), DIAGNOSTIC_CODES.map((_, i) => i));
  });

  it('the schema rejects a broken log (the validator is not vacuous)', () => {
    const log = toSarif([finding('claim-contradicted', 'a.md', 0)], '0.1.0') as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0]!.results[0]!.level = 'severe';
    assert.equal(validate(log), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });
});
