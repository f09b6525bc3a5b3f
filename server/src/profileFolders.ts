// Which folders the server may read profiles from (issue #16): a workspace may not make GeneLens read outside itself.
// - A folder inside a workspace folder is read (its real path, symlinks resolved, must stay inside that folder: a
//   symlinked .genelens/profiles pointing elsewhere is refused), unless it lies in a dependency or hidden folder
//   (node_modules, .git, any dot-folder other than .genelens).
// - A folder outside every workspace folder is read only when the user wrote it, as an absolute path, in their USER
//   settings (`genelens.profilePaths`): the VS Code client sends that value (`InitializationOptions.userProfilePaths`,
//   from `inspect().globalValue`), since `workspace/configuration` answers the merged value and cannot tell a
//   workspace's `.vscode/settings.json` from the user's. Another editor passes it in its initialization options.
// Within a folder, profileFiles.ts follows no symlink, skips the same dependency and hidden folders, and caps the files.
import * as fs from 'fs';
import * as path from 'path';
import { SKIPPED_FOLDERS } from './profileFiles';

export interface FolderRules {
  /** Workspace folders, as file system paths. */
  folders: readonly string[];
  /** `genelens.profilePaths` as the user wrote it in user settings (only absolute paths count). */
  userPaths: readonly string[];
}

function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function within(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Why a (non-shipped) profile folder is not read, or undefined when it may be. A missing folder may be (nothing to read). */
export function refusal(dir: string, rules: FolderRules): string | undefined {
  const resolved = path.resolve(dir);
  const real = realPath(resolved);
  if (real === undefined) return undefined;
  for (const folder of rules.folders) {
    const root = realPath(path.resolve(folder)) ?? path.resolve(folder);
    if (!within(root, real)) continue;
    const hidden = path.relative(root, real).split(path.sep).find((part) => part !== '.genelens' && (SKIPPED_FOLDERS.has(part) || part.startsWith('.')));
    return hidden === undefined ? undefined : `"${dir}" lies in "${hidden}", a dependency or hidden folder; GeneLens reads no profiles there.`;
  }
  if (rules.userPaths.some((p) => path.isAbsolute(p) && path.resolve(p) === resolved)) return undefined;
  return (
    `"${dir}" is outside the workspace folders${real !== resolved ? ` (it leads to "${real}")` : ''}; GeneLens reads profiles ` +
    'outside them only from an absolute path written in your user settings (genelens.profilePaths).'
  );
}
