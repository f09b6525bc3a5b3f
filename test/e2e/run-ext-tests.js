// Runs the VS Code integration suite (test/vscode/suite) inside code-server's Node extension host.
// code-server's CLI rejects --extensionTestsPath, so the tests are started the way VS Code for the web does it: the
// workbench URL carries a `payload` with extensionDevelopmentPath and extensionTestsPath. The suite's entry
// (test/vscode/index.js) writes its result to $GENELENS_TEST_RESULT, which code-server must have in its environment.
//
// usage: node test/e2e/run-ext-tests.js --url http://127.0.0.1:PORT --workspace DIR --extension DIR --result FILE
//          [--tests test/vscode/index.js] [--out test-output/e2e] [--timeout 240]
// --extension is the extension under test: run.sh passes the folder code-server unpacked the .vsix into, so the suite
// runs against the packaged bits. Exit status: 0 all passed, 1 a test failed, 2 the run itself failed.
const fs = require('fs');
const path = require('path');
const { parseArgs, launchBrowser, workbenchUrl, writeJson } = require('./browser');

async function main() {
  const args = parseArgs(process.argv.slice(2), ['url', 'workspace', 'extension', 'result']);
  const tests = path.resolve(args.tests || path.join(__dirname, '../vscode/index.js'));
  const out = path.resolve(args.out || 'test-output/e2e');
  const timeoutMs = Number(args.timeout || 240) * 1000;
  const result = path.resolve(args.result);
  fs.rmSync(result, { force: true });
  fs.mkdirSync(out, { recursive: true });

  const host = new URL(args.url).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${path.resolve(args.extension)}`],
    ['extensionTestsPath', `vscode-remote://${host}${tests}`],
  ];
  const browser = await launchBrowser();
  const t0 = Date.now();
  let res;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.log('[pageerror]', e.message.slice(0, 300)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /genelens|extension host|test/i.test(m.text())) console.log('[console]', m.text().slice(0, 300));
    });
    await page.goto(workbenchUrl(args.url, path.resolve(args.workspace), payload), { waitUntil: 'domcontentloaded', timeout: 60000 });
    while (!fs.existsSync(result) && Date.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 250));
    await page.screenshot({ path: path.join(out, 'ext-tests.png') }).catch(() => undefined);
    res = fs.existsSync(result)
      ? JSON.parse(fs.readFileSync(result, 'utf8'))
      : { ok: false, passed: 0, failed: 1, error: `no result after ${timeoutMs / 1000} s (${result})`, tests: [] };
  } finally {
    await browser.close().catch(() => undefined);
  }
  if (!fs.existsSync(result)) writeJson(result, res);
  console.log(`extension host suite (VS Code ${res.vscodeVersion || '?'}), ${((Date.now() - t0) / 1000).toFixed(1)} s:`);
  for (const t of res.tests || []) {
    console.log(`  ${t.state === 'passed' ? '✔' : '✖'} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(t.error.split('\n').slice(0, 6).map((l) => `      ${l}`).join('\n'));
  }
  if (res.error) console.log(`  error: ${res.error}`);
  console.log(`  ${res.passed || 0} passed, ${res.failed || 0} failed`);
  return res.ok ? 0 : res.tests && res.tests.length ? 1 : 2;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`run-ext-tests: ${(e && e.stack) || e}`);
    process.exit(2);
  },
);
