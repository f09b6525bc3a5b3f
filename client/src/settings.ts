// The client's view of the `genelens` settings: read once into one typed object (the same normaliser the server
// uses), and turned into the document selector the language client serves.
import * as path from 'path';
import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { normalizeSettings, type Settings } from '../../server/src/shared/settings';

export function readSettings(output?: vscode.LogOutputChannel): Settings {
  const config = vscode.workspace.getConfiguration('genelens');
  const { settings, problems } = normalizeSettings({
    enable: config.get('enable'),
    languages: config.get('languages'),
    profilePaths: config.get('profilePaths'),
    severity: config.get('severity'),
  });
  for (const problem of problems) output?.warn(problem);
  return settings;
}

/** Folders whose .json files are profiles: shipped, the workspace's .genelens/profiles/, and genelens.profilePaths. */
function profileGlobs(settings: Settings, dataDir: string): string[] {
  const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [];
  const dirs = [path.join(dataDir, 'profiles')];
  if (vscode.workspace.isTrusted) {
    for (const p of settings.profilePaths) {
      if (path.isAbsolute(p)) dirs.push(p);
      else dirs.push(...folders.map((f) => path.join(f, p)));
    }
  }
  return ['**/.genelens/profiles/**/*.json', ...dirs.map((d) => `${d.replace(/\\/g, '/')}/**/*.json`)];
}

/** The languages in genelens.languages (saved files and untitled ones), plus the profile files themselves. */
export function documentSelector(settings: Settings, dataDir: string): DocumentSelector {
  const selector: DocumentSelector = [];
  for (const language of settings.languages) {
    selector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  for (const pattern of profileGlobs(settings, dataDir)) selector.push({ scheme: 'file', pattern });
  return selector;
}
