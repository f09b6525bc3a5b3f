// GeneLens in a real VS Code extension host: hover, go to definition, diagnostics and quick fixes, through the same
// API commands the editor uses. The workspace is a throwaway copy of test/vscode/fixtures.
const assert = require('assert/strict');
const vscode = require('vscode');
const { suite, test, suiteTeardown } = require('mocha');
const { openFixture, waitFor, positionOf, hoverAt, NMRK1_NAME, PROFILE_PATH, codeOf } = require('../util');

suite('GeneLens features', () => {
  const touched = [];

  suiteTeardown(async () => {
    // Leave no unsaved edits behind (a later window on the same folder would restore them from the backup).
    for (const doc of touched) {
      if (!doc.isDirty) continue;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('the extension activates on a Markdown document', async () => {
    await openFixture('nmrk1-notes.md');
    const ext = await waitFor('the GeneLens extension to be known', () =>
      vscode.extensions.all.find((e) => e.packageJSON && e.packageJSON.name === 'genelens'),
    );
    assert.ok(!(ext.packageJSON.activationEvents || []).includes('*'), 'activation must not be "*"');
    await waitFor('the GeneLens extension to activate', () => ext.isActive, 30000);
  });

  test('hover on NMRK1 shows its card', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const pos = positionOf(doc, 'NMRK1 (nicotinamide', 2);
    const text = await waitFor('a hover card over NMRK1', async () => {
      const t = await hoverAt(doc, pos);
      return NMRK1_NAME.test(t) ? t : undefined;
    }, 45000);
    assert.match(text, /NMRK1/);
  });

  test('hover on the alias NRK1 shows the NMRK1 card', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const text = await waitFor('a hover card over NRK1', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'NRK1 appears', 1));
      return NMRK1_NAME.test(t) ? t : undefined;
    });
    assert.match(text, /NMRK1/);
  });

  test('no card on a word that names nothing', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    await waitFor('the server to answer hovers', async () => NMRK1_NAME.test(await hoverAt(doc, positionOf(doc, 'NMRK1', 1, 1))));
    const text = await hoverAt(doc, positionOf(doc, 'older papers', 2));
    assert.doesNotMatch(text, /kinase|NMRK1/i, `unexpected hover: ${text}`);
  });

  test('hover works in plain text too', async () => {
    const { doc } = await openFixture('notes.txt');
    assert.equal(doc.languageId, 'plaintext');
    await waitFor('a hover card over NMRK1 in a .txt file', async () =>
      NMRK1_NAME.test(await hoverAt(doc, positionOf(doc, 'NMRK1', 2))),
    );
  });

  test('go to definition lands in the NMRK1 profile', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const pos = positionOf(doc, 'NMRK1 (nicotinamide', 1);
    const defs = await waitFor('a definition for NMRK1', async () => {
      const d = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, pos);
      return d && d.length ? d : undefined;
    });
    const target = defs[0];
    const uri = target.targetUri || target.uri;
    const range = target.targetSelectionRange || target.targetRange || target.range;
    assert.match(uri.path, PROFILE_PATH);
    const profile = await vscode.workspace.openTextDocument(uri);
    const line = profile.lineAt(range.start.line).text;
    assert.match(line, /NMRK1/, `definition points at "${line}"`);
  });

  test('a contradicted claim is flagged, and nothing else is', async () => {
    const { doc } = await openFixture('claims.md');
    const claimLine = positionOf(doc, 'AMPK inhibits NMRK1.').line;
    const diags = await waitFor('a claim-contradicted diagnostic on "AMPK inhibits NMRK1."', () => {
      const all = vscode.languages.getDiagnostics(doc.uri);
      return all.some((d) => codeOf(d) === 'claim-contradicted' && d.range.start.line === claimLine) ? all : undefined;
    });
    const d = diags.find((x) => codeOf(x) === 'claim-contradicted');
    assert.equal(d.source, 'genelens');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /activ/i, `the message should say what the profile says: ${d.message}`);
    const neutralLine = positionOf(doc, 'This note covers').line;
    const falseAlarms = diags.filter((x) => x.source === 'genelens' && x.range.start.line === neutralLine);
    assert.deepEqual(falseAlarms.map((x) => x.message), [], 'a sentence that claims nothing gets no diagnostic');
  });

  test('the quick fix turns "inhibits" into "activates"', async () => {
    const { doc } = await openFixture('claims.md');
    touched.push(doc);
    const claimLine = positionOf(doc, 'AMPK inhibits NMRK1.').line;
    const diag = await waitFor('the claim-contradicted diagnostic', () =>
      vscode.languages
        .getDiagnostics(doc.uri)
        .find((d) => codeOf(d) === 'claim-contradicted' && d.range.start.line === claimLine),
    );
    const actions = await waitFor('quick fixes for the claim', async () => {
      const a = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, 'quickfix');
      return a && a.length ? a : undefined;
    });
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.edit && /activat/i.test(a.title)) || actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix, `no quick fix that activates among: ${JSON.stringify(titles)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit refused the fix');
    assert.equal(doc.lineAt(claimLine).text, 'AMPK activates NMRK1.');
    await waitFor('the diagnostic to go away once the claim agrees with the profile', () =>
      !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'claim-contradicted'),
    );
  });
});
