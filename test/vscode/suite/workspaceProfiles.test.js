// A team's own profiles in .genelens/profiles/ are picked up as they are created and reloaded as they are saved,
// through VS Code's file watcher (the part of profile loading that only a real editor exercises).
// The profile below is a synthetic test entity, not data: it exists only in the test workspace, whose
// .genelens/profiles/ folder exists from the start (as when a team keeps its profiles in the repository).
const assert = require('assert/strict');
const vscode = require('vscode');
const { suite, test, suiteTeardown } = require('mocha');
const { fixtureUri, openFixture, waitFor, positionOf, hoverAt } = require('../util');

const PROFILE = 'team-profile.md';
const profileUri = () => fixtureUri('.genelens/profiles/gltest1.json');

function profileText(name) {
  return JSON.stringify({
    id: 'gltest1',
    kind: 'gene',
    symbol: 'GLTEST1',
    name,
    symbolSource: 'curator',
    nameSource: 'curator',
    summary: { value: 'A synthetic entry used by the GeneLens integration tests.', source: 'curator', note: 'Test fixture, not a real gene.' },
  }, null, 2) + '\n';
}

suite('GeneLens workspace profiles', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(profileUri(), { useTrash: false }).then(undefined, () => undefined);
  });

  test('a profile created in .genelens/profiles/ is loaded, and reloaded when saved', async () => {
    const { doc } = await openFixture(PROFILE);
    const pos = positionOf(doc, 'GLTEST1', 2);
    // The server is up (it recognizes NMRK1) and does not know GLTEST1 yet.
    await waitFor('the server to answer hovers', async () => /NMRK1/.test(await hoverAt(doc, positionOf(doc, 'NMRK1', 2))), 45000);
    assert.doesNotMatch(await hoverAt(doc, pos), /GeneLens test entity/);

    await vscode.workspace.fs.writeFile(profileUri(), Buffer.from(profileText('GeneLens test entity one')));
    await waitFor('the new workspace profile to be used', async () => /GeneLens test entity one/.test(await hoverAt(doc, pos)), 30000);

    // Edit the profile in the editor and save it, as a user would.
    const json = await vscode.workspace.openTextDocument(profileUri());
    const edit = new vscode.WorkspaceEdit();
    const at = json.getText().indexOf('entity one');
    edit.replace(json.uri, new vscode.Range(json.positionAt(at), json.positionAt(at + 'entity one'.length)), 'entity two');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await json.save(), 'the profile did not save');
    await waitFor('the saved profile to be reloaded', async () => /GeneLens test entity two/.test(await hoverAt(doc, pos)), 30000);
  });
});
