// Extension-test entry point (what VS Code loads as extensionTestsPath): runs test/vscode/suite/*.test.js with mocha
// inside the extension host. Used by test/vscode/runTest.js (@vscode/test-electron) and test/e2e/run-ext-tests.js
// (code-server). When GENELENS_TEST_RESULT names a file, writes a JSON summary there: code-server's extension host has
// no terminal, so that file is how the outside runner learns the outcome.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

function writeResult(file, result) {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file); // atomic: the runner never reads half a file
}

module.exports.run = function run() {
  const resultFile = process.env.GENELENS_TEST_RESULT;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.GENELENS_TEST_GREP) mocha.grep(process.env.GENELENS_TEST_GREP); // run a subset while debugging
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(suiteDir, f));
  const tests = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = tests.filter((t) => t.state === 'passed').length;
        const failed = tests.filter((t) => t.state === 'failed').length;
        writeResult(resultFile, {
          ok: failures === 0 && tests.length > 0,
          passed,
          failed,
          durationMs: Date.now() - started,
          vscodeVersion: require('vscode').version,
          tests,
        });
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else if (tests.length === 0) reject(new Error('no tests ran'));
        else resolve();
      });
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('fail', (t, err) =>
        tests.push({ title: t.fullTitle(), state: 'failed', error: String((err && err.stack) || err).slice(0, 2000) }),
      );
    } catch (e) {
      writeResult(resultFile, { ok: false, passed: 0, failed: 1, error: String((e && e.stack) || e), tests });
      reject(e);
    }
  });
};
