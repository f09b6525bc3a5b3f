// Custom messages between the GeneLens server and its VS Code client. Imported by both sides, so it imports nothing:
// each side wraps the method name in its own NotificationType.

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
}
