// The workspace's mentions, for Find All References: per document, the ranges of each entity it mentions, and per
// entity, the documents that mention it. The host feeds it (the files of the workspace folders, read in the
// background, and the open documents as they change); the core never reads a file. A query touches only the
// documents that mention the entity, so it costs what it returns, however large the workspace.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Range } from 'vscode-languageserver-types';
import { runToEnd } from './steps';
import type { Mention } from './types';

/** Mentions placed per step of `setInSteps` (a few milliseconds). */
const MENTIONS_PER_STEP = 1024;

/** A document's mentions by entity id; ranges packed as [startLine, startChar, endLine, endChar, ...]. */
interface IndexedDocument {
  version: number;
  byEntity: Map<string, Uint32Array>;
  /** Locations already unpacked for a query, reused by the next one (dropped with the document's entry). */
  unpacked?: Map<string, Location[]>;
}

export interface WorkspaceIndexStats {
  documents: number;
  entities: number;
  mentions: number;
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly entityDocs = new Map<string, Set<string>>();
  private mentionCount = 0;

  /** Replaces what the index holds for `doc.uri` with these mentions (offsets into `doc`'s text). */
  set(doc: Pick<TextDocument, 'uri' | 'version' | 'positionAt'>, mentions: readonly Mention[]): void {
    runToEnd(this.setInSteps(doc, mentions));
  }

  /**
   * `set` in steps of MENTIONS_PER_STEP mentions, for a host to run between requests. Stops, leaving the index as it
   * was, when the document changes meanwhile (its mentions would no longer match its text): false then.
   */
  *setInSteps(doc: Pick<TextDocument, 'uri' | 'version' | 'positionAt'>, mentions: readonly Mention[]): Generator<void, boolean> {
    const { version } = doc;
    const grouped = new Map<string, number[]>();
    for (let i = 0; i < mentions.length; i++) {
      if (i > 0 && i % MENTIONS_PER_STEP === 0) {
        yield;
        if (doc.version !== version) return false;
      }
      const m = mentions[i]!;
      let list = grouped.get(m.entityId);
      if (!list) grouped.set(m.entityId, (list = []));
      const start = doc.positionAt(m.start);
      const end = doc.positionAt(m.end);
      list.push(start.line, start.character, end.line, end.character);
    }
    // Packed in steps too (one entity of a 10 MB document holds 50,000 mentions), then swapped in at once.
    const byEntity = new Map<string, Uint32Array>();
    let packed = 0;
    for (const [id, list] of grouped) {
      byEntity.set(id, Uint32Array.from(list));
      packed += list.length / 4;
      if (packed >= MENTIONS_PER_STEP) {
        packed = 0;
        yield;
        if (doc.version !== version) return false;
      }
    }
    this.delete(doc.uri);
    for (const id of byEntity.keys()) {
      let uris = this.entityDocs.get(id);
      if (!uris) this.entityDocs.set(id, (uris = new Set()));
      uris.add(doc.uri);
    }
    this.mentionCount += mentions.length;
    this.docs.set(doc.uri, { version: doc.version, byEntity });
    return true;
  }

  /** Forgets a document (deleted, or no longer served). */
  delete(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    for (const [id, ranges] of old.byEntity) {
      this.mentionCount -= ranges.length / 4;
      const uris = this.entityDocs.get(id);
      uris?.delete(uri);
      if (uris?.size === 0) this.entityDocs.delete(id);
    }
    this.docs.delete(uri);
  }

  clear(): void {
    this.docs.clear();
    this.entityDocs.clear();
    this.mentionCount = 0;
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** The version the document was indexed at (files read from disk get 0). */
  versionOf(uri: string): number | undefined {
    return this.docs.get(uri)?.version;
  }

  uris(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** URIs of the documents that mention the entity. */
  documentsMentioning(entityId: string): ReadonlySet<string> {
    return this.entityDocs.get(entityId) ?? EMPTY;
  }

  /**
   * The indexed mentions of the entity, by document URI then position, except in the documents `skip` names; at most
   * `limit` of them. Costs what it returns: only the documents that mention the entity are looked at.
   */
  locationsOf(entityId: string, skip?: (uri: string) => boolean, limit = Infinity): Location[] {
    const out: Location[] = [];
    for (const uri of [...this.documentsMentioning(entityId)].sort()) {
      if (out.length >= limit) break;
      if (skip?.(uri)) continue;
      const doc = this.docs.get(uri);
      const locations = doc && locationsIn(doc, uri, entityId);
      if (!locations) continue;
      const room = limit - out.length;
      for (let i = 0; i < locations.length && i < room; i++) out.push(locations[i] as Location);
    }
    return out;
  }

  stats(): WorkspaceIndexStats {
    return { documents: this.docs.size, entities: this.entityDocs.size, mentions: this.mentionCount };
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** The document's locations of the entity, unpacked once. The objects are shared: callers must not change them. */
function locationsIn(doc: IndexedDocument, uri: string, entityId: string): Location[] | undefined {
  let locations = doc.unpacked?.get(entityId);
  if (locations) return locations;
  const ranges = doc.byEntity.get(entityId);
  if (!ranges) return undefined;
  locations = [];
  for (let i = 0; i + 3 < ranges.length; i += 4) locations.push({ uri, range: unpack(ranges, i) });
  (doc.unpacked ??= new Map()).set(entityId, locations);
  return locations;
}

function unpack(ranges: Uint32Array, i: number): Range {
  return {
    start: { line: ranges[i] ?? 0, character: ranges[i + 1] ?? 0 },
    end: { line: ranges[i + 2] ?? 0, character: ranges[i + 3] ?? 0 },
  };
}
