// Runs the integration suite (test/vscode/suite) in a VS Code that @vscode/test-electron downloads: `npm run test:vscode`.
// Needs network access to update.code.visualstudio.com the first time (the download is cached in .vscode-test/).
// Offline, the same suite runs inside code-server instead: `npm run test:e2e` (test/e2e/run.sh).
// Environment: VSCODE_TEST_VERSION (default "stable"), GENELENS_TEST_RESULT (optional JSON summary file).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
  // A throwaway copy of the fixtures: the suite edits documents, and the repo must not change.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-vscode-'));
  fs.cpSync(path.join(__dirname, 'fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: process.env.GENELENS_TEST_RESULT ? { GENELENS_TEST_RESULT: process.env.GENELENS_TEST_RESULT } : {},
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`VS Code integration tests failed: ${(err && err.message) || err}`);
  process.exit(1);
});
