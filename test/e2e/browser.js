// Shared by the code-server drivers: command-line flags and a headless Debian Chromium driven by playwright-core.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

/** `--name value` pairs (and bare `--flag`s) into an object; `required` names must be present. */
function parseArgs(argv, required) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[a.slice(2)] = true;
    else args[a.slice(2)] = argv[++i];
  }
  const missing = required.filter((r) => args[r] === undefined);
  if (missing.length) throw new Error(`missing --${missing.join(', --')}`);
  return args;
}

async function launchBrowser() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: run test/e2e/install-code-server.sh (or set CHROMIUM)`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: 60000,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL of code-server at `base` for `folder`, with an optional VS Code web `payload`. */
function workbenchUrl(base, folder, payload) {
  let url = `${base.replace(/\/$/, '')}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

module.exports = { parseArgs, launchBrowser, workbenchUrl, writeJson };
