// Custom messages between the GeneLens server and its VS Code client. Imported by both sides, so it imports nothing
// but types: each side wraps the method name in its own NotificationType or RequestType.
import type { EntityKind, Profile } from '../core/profile';

/**
 * Server -> client, after each validation of a served document: what the status bar shows. Sent only to clients that
 * ask for it with `initializationOptions.statusNotification: true`.
 */
export const STATUS_NOTIFICATION = 'genelens/status';

export interface StatusParams {
  uri: string;
  /** Document version the counts are for; null when unknown. */
  version: number | null;
  /** Terms recognized in the document. */
  mentions: number;
  /** Claim diagnostics published for the document (codes whose severity is "off" are not counted). */
  findings: number;
  /**
   * What does not work in the server, one line each: a feature whose last request failed, a profile file that did not
   * load (the output has the details). Empty or absent when all works.
   */
  problems?: string[];
}

/** What the client may pass in `initializationOptions`. Every field is optional. */
export interface InitializationOptions {
  /** Folder holding `profiles/` (and `schema/`); the shipped data folder when absent. */
  dataDir?: string;
  /** False in an untrusted workspace: workspace profiles and `genelens.profilePaths` are then not loaded. */
  trusted?: boolean;
  /** Settings (the `genelens` section) for clients that cannot answer `workspace/configuration`. */
  settings?: unknown;
  /** True when the client wants `genelens/status` notifications (other editors are not sent an unknown message). */
  statusNotification?: boolean;
  /** True when the client wants `genelens/profilesLoaded` notifications (the profile view refreshes on them). */
  profileNotifications?: boolean;
  /**
   * `genelens.profilePaths` as the user wrote it in USER settings (VS Code: `inspect().globalValue`), not merged with
   * the workspace's: a profile folder outside the workspace folders is read only when it is listed here (absolute).
   */
  userProfilePaths?: string[];
}

/**
 * Client -> server: the profile of an entity, by id, symbol or name (`id`), or of the term at a position in an open
 * document (`textDocument` + `position`). Answers a ProfileResult, or null when the entity has no profile.
 */
export const PROFILE_REQUEST = 'genelens/profile';

export interface ProfileParams {
  id?: string;
  textDocument?: { uri: string };
  position?: { line: number; character: number };
}

/** The profile, the URI of its file, and how each entity it refers to is called. */
export type ProfileResult = ProfileInfo;

export interface RelatedEntity {
  id: string;
  symbol: string;
  name: string;
  kind: EntityKind;
  /** True when the entity has a profile of its own (the view can open it). */
  hasProfile: boolean;
}

export interface ProfileInfo {
  profile: Profile;
  /** The profile file. */
  uri: string;
  /** Every reference the profile makes (relation targets, reaction species, variants...), by the text it uses. */
  related: Record<string, RelatedEntity>;
}

/** Server -> client, after every (re)load of the profiles: open profile views fetch their profile again. */
export const PROFILES_LOADED_NOTIFICATION = 'genelens/profilesLoaded';
