// GeneLens commands and settings as VS Code sees them: contributed, registered, and doing what they say.
const assert = require('assert/strict');
const vscode = require('vscode');
const { suite, test } = require('mocha');
const { openFixture, waitFor, positionOf, hoverAt, NMRK1_NAME, PROFILE_PATH } = require('../util');

const COMMANDS = ['genelens.restartServer', 'genelens.showOutput', 'genelens.openProfile'];

suite('GeneLens commands and settings', () => {
  test('the commands are registered', async () => {
    await openFixture('nmrk1-notes.md');
    const registered = async () => new Set(await vscode.commands.getCommands(true));
    await waitFor('the GeneLens commands to be registered', async () => {
      const all = await registered();
      return COMMANDS.every((c) => all.has(c));
    }).catch(() => undefined); // the assertion below says which are missing
    const all = await registered();
    assert.deepEqual(COMMANDS.filter((c) => !all.has(c)), [], 'commands not registered');
  });

  test('the settings are declared with defaults', () => {
    const config = vscode.workspace.getConfiguration('genelens');
    assert.equal(config.inspect('enable').defaultValue, true);
    assert.ok(Array.isArray(config.inspect('languages').defaultValue), 'genelens.languages has an array default');
    assert.ok(config.inspect('languages').defaultValue.includes('markdown'));
    assert.ok(Array.isArray(config.inspect('profilePaths').defaultValue), 'genelens.profilePaths has an array default');
    assert.notEqual(config.inspect('trace.server').defaultValue, undefined, 'genelens.trace.server has a default');
  });

  test('"Open Profile" opens the profile view of the term under the cursor; its links open the profile file', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const pos = positionOf(doc, 'NRK1 appears', 1);
    await waitFor('the server to answer hovers', async () => NMRK1_NAME.test(await hoverAt(doc, pos)), 45000);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: false });
    await vscode.commands.executeCommand('genelens.openProfile');
    await waitFor('the NMRK1 profile view to open', () =>
      vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label === 'NMRK1 profile')), 15000);
    // What the page's "↗" links run: the profile file opens at the entity's symbol.
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'genelens');
    assert.ok(extension, 'the GeneLens extension is installed');
    const profile = vscode.Uri.joinPath(extension.extensionUri, 'data', 'profiles', 'genes', 'nmrk1.json');
    await vscode.commands.executeCommand('genelens.revealProfileEntry', profile.toString(), []);
    await waitFor('nmrk1.json to open in the active editor', () => {
      const active = vscode.window.activeTextEditor;
      return active && PROFILE_PATH.test(active.document.uri.path) && active.document.getText(active.selection) === 'NMRK1';
    }, 15000);
  });

  test('"Show Output" runs', async () => {
    await vscode.commands.executeCommand('genelens.showOutput');
  });

  test('"Restart Server" restarts, and hovers work again afterwards', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    await vscode.commands.executeCommand('genelens.restartServer');
    await waitFor('a hover card after the restart', async () =>
      NMRK1_NAME.test(await hoverAt(doc, positionOf(doc, 'NMRK1', 1, 1))), 45000);
  });
});
