// Validation of the open documents: after a pause in typing (a burst of keystrokes is validated once), the
// diagnostics of each document are published with genelens/status (terms, claims flagged, and the server's health).
// A large document is analysed in slices of the event loop (analysisSlices.ts), so other requests are answered
// meanwhile, and a burst of hovers or completions goes first (requestBursts.ts); a run whose document changed or closed
// stops between two slices (the newer version's run publishes).
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { runInSlices } from './analysisSlices';
import type { EditableDocument, Settings } from './core';
import { Debouncer } from './debouncer';
import { capDiagnostics, MAX_DIAGNOSTICS } from './diagnosticsCap';
import { isServedLanguage } from './documentFilter';
import { guard, type GuardLogger } from './guard';
import type { ServerHealth } from './health';
import type { ProfileStore } from './profileStore';
import type { RequestBursts } from './requestBursts';
import { STATUS_NOTIFICATION, type StatusParams } from './shared/protocol';

/** The pause after a keystroke before a document is validated. */
export const VALIDATE_DELAY_MS = 200;
/** A document this large is said in the log to be analysed in slices (once per opening). */
const ANNOUNCE_BYTES = 1 << 20;

export interface ValidationContext {
  connection: Connection;
  documents: TextDocuments<EditableDocument>;
  store: ProfileStore;
  logger: GuardLogger;
  health: ServerHealth;
  /** Settles once the first profile load is done. */
  ready(): Promise<void>;
  settings(uri: string): Promise<Settings>;
  /** True when the client wants genelens/status. */
  wantsStatus(): boolean;
  /** The interactive requests, which a validation gives way to (requestBursts.ts). */
  bursts?: RequestBursts;
}

export class Validation {
  private readonly timers = new Debouncer();
  private readonly truncated = new Set<string>();
  private readonly announced = new Set<string>();
  /** The last status sent per document, sent again when the server's health changes. */
  private readonly statuses = new Map<string, StatusParams>();

  constructor(private readonly ctx: ValidationContext) {}

  schedule(uri: string, delayMs: number): void {
    this.timers.schedule(uri, delayMs, () => void guard(this.ctx.logger, `Diagnostics of ${uri}`, undefined, () => this.validate(uri)));
  }

  scheduleAll(): void {
    for (const document of this.ctx.documents.all()) this.schedule(document.uri, 0);
  }

  closed(uri: string): void {
    this.timers.cancel(uri);
    this.truncated.delete(uri);
    this.announced.delete(uri);
    this.statuses.delete(uri);
  }

  /** The server's health changed: every document's status again, with the new problems. */
  healthChanged(): void {
    const problems = this.ctx.health.problems();
    for (const status of this.statuses.values()) this.send({ ...status, problems });
  }

  dispose(): void {
    this.timers.dispose();
  }

  private async validate(uri: string): Promise<void> {
    const { connection, documents, store } = this.ctx;
    await this.ctx.ready();
    const document = documents.get(uri);
    if (!document) return;
    const current = await this.ctx.settings(uri);
    // A turn of the event loop first: requests that waited for the same load or settings (the first hovers after
    // start-up) are answered before this analysis, which can be long for a large document.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (documents.get(uri)?.version !== document.version) return; // a newer version is on its way
    if (store.isProfileFile(uri)) {
      const diagnostics = store.service.getProfileDiagnostics(store.serviceUri(uri), current);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      return;
    }
    if (!isServedLanguage(document.languageId, current)) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const service = store.service;
    const { version } = document;
    const wanted = (): boolean => documents.get(uri) === document && document.version === version && store.service === service;
    const size = document.text.length;
    if (size >= ANNOUNCE_BYTES && !this.announced.has(uri)) {
      this.announced.add(uri);
      this.ctx.logger.log(`${uri}: ${(size / ANNOUNCE_BYTES).toFixed(1)}M characters, analysed in slices of the event loop.`);
    }
    const giveWay = this.ctx.bursts?.giveWay();
    const diagnostics = await runInSlices(service.getDiagnosticsInSteps(document, current), wanted, giveWay);
    if (diagnostics === undefined || !wanted()) return;
    if (diagnostics.length > MAX_DIAGNOSTICS && !this.truncated.has(uri)) {
      this.truncated.add(uri);
      this.ctx.logger.log(`${uri}: ${diagnostics.length} diagnostics; the ${MAX_DIAGNOSTICS - 1} most severe are published, with one saying how many are not.`);
    }
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: capDiagnostics(diagnostics, 'genelens') });
    if ((await runInSlices(service.indexDocumentInSteps(document), wanted, giveWay)) !== true || !wanted()) return;
    this.send({
      uri,
      version: document.version,
      mentions: service.analyze(document).mentions.length,
      findings: diagnostics.filter((d) => String(d.code ?? '').startsWith('claim-')).length,
      problems: this.ctx.health.problems(),
    });
  }

  private send(status: StatusParams): void {
    if (!this.ctx.wantsStatus()) return;
    this.statuses.set(status.uri, status);
    void this.ctx.connection.sendNotification(STATUS_NOTIFICATION, status);
  }
}
