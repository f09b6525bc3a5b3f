// A short seeded run of `npm run fuzz` (scripts/fuzz/): random documents, edit sequences checked against a fresh
// analysis, hostile profiles, requests and broken frames against the real server, and the growth checks of every
// document family (work counted, not timed). Nothing may crash, diverge or grow super-linearly. Hangs are timed, so
// they are reported here but judged only by `npm run fuzz`.
import { startCounting } from '../../scripts/fuzz/workCounter';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReport, runFuzz } from '../../scripts/fuzz/run';
import { SERVER } from '../helpers/lspClient';

// The growth checks' counts are exact for code first run after counting starts.
startCounting();

describe('npm run fuzz, short', () => {
  it('seed 16, 80 cases and the growth checks: no crash, no divergence, no super-linear growth', async (t) => {
    const report = await runFuzz({ seed: 16, cases: 80, serverJs: SERVER, hangMs: 1000, growthSize: 1000, growthTimeSlack: 0 });
    t.diagnostic(formatReport(report).split('\n').slice(0, 2).join('; '));
    const failures = report.failures.filter((f) => f.kind !== 'hang');
    assert.deepEqual(failures, [], formatReport({ ...report, failures }));
    assert.ok((report.cases.growth ?? 0) > 40, 'every document family was grown');
    assert.ok(Object.keys(report.cases).length >= 5, `suites run: ${Object.keys(report.cases).join(', ')}`);
  });
});
