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

/**
 * `genelens.profilePaths` as written in the user's settings only (not a workspace's): the server reads a profile folder
 * outside the workspace only when it is listed here, so a cloned repository's .vscode/settings.json cannot point
 * GeneLens at the rest of the disk.
 */
export function userProfilePaths(): string[] {
  const value = vscode.workspace.getConfiguration('genelens').inspect<unknown>('profilePaths')?.globalValue;
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
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

/** The languages in genelens.languages (saved files and untitled ones), notebooks' Markdown cells, and the profile files. */
export function documentSelector(settings: Settings, dataDir: string): DocumentSelector {
  const selector: DocumentSelector = [];
  for (const language of settings.languages) {
    selector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  for (const pattern of profileGlobs(settings, dataDir)) selector.push({ scheme: 'file', pattern });
  // The Markdown cells of notebooks (scheme vscode-notebook-cell): synced with their notebook (notebookDocument/*).
  if (settings.languages.includes('markdown')) selector.push({ notebook: '*', language: 'markdown' });
  return selector;
}
