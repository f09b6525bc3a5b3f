// The fuzzer's in-process suites, on the language service the CLI builds (shipped profiles and the gene table):
// random documents through every feature, random edit sequences checked against a fresh analysis, hostile profiles,
// and growth checks (each document family at 1x and 8x; work counted by workCounter.ts, and in full runs timed).
import * as path from 'path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLanguageService, EditableDocument, loadGeneTable, type DocumentAnalysis, type LanguageService } from '../../server/src/core';
import { runAnnotate } from '../../server/src/cli/annotate';
import { runCheck } from '../../server/src/cli/check';
import type { CliEnv } from '../../server/src/cli/env';
import { readGeneTable } from '../../server/src/geneTableFile';
import { readProfileDocuments, shippedDataDir } from '../../server/src/profileFiles';
import type { ProfileDocument } from '../../server/src/core';
import { FAMILIES, randomDocument, SNIPPETS } from './documents';
import { aliasProfile, hostileProfile } from './profiles';
import type { Rng } from './rng';
import { countWork, countWorkAsync } from './workCounter';

export type Kind = 'crash' | 'hang' | 'divergence' | 'growth';

export interface Failure {
  kind: Kind;
  suite: string;
  /** The case's number: `npm run fuzz -- --seed S --only suite:N` runs it again. */
  case: number;
  what: string;
  detail: string;
}

export interface Context {
  hangMs: number;
  fail(f: Failure): void;
  /** Each growth check's figures, when wanted. */
  growth?: GrowthFigure[];
}

export interface GrowthFigure {
  name: string;
  /** Input size at 1x and 8x (characters, or aliases). */
  chars: [number, number];
  work: [number, number];
  ms?: [number, number];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

const LANGUAGES = ['markdown', 'latex', 'plaintext'] as const;
const EXT: Record<string, string> = { markdown: 'md', latex: 'tex', plaintext: 'txt' };

let shipped: { profiles: ProfileDocument[]; service: LanguageService } | undefined;

/** The shipped profiles and the service over them and the gene table, as the CLI loads them (once). */
export function shippedService(): { profiles: ProfileDocument[]; service: LanguageService } {
  if (!shipped) {
    const dataDir = shippedDataDir();
    const { docs, errors } = readProfileDocuments([path.join(dataDir, 'profiles')]);
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const input = readGeneTable(dataDir);
    shipped = { profiles: docs, service: createLanguageService({ profiles: docs, genes: input ? loadGeneTable(input) : undefined }) };
  }
  return shipped;
}

function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 6).join('\n') : String(e);
}

/** Runs one case: an exception is a crash, a case slower than hangMs a hang. */
function guarded(ctx: Context, suite: string, n: number, what: string, body: () => void): void {
  const t0 = performance.now();
  try {
    body();
  } catch (e) {
    ctx.fail({ kind: 'crash', suite, case: n, what, detail: describeError(e) });
    return;
  }
  const ms = performance.now() - t0;
  if (ms > ctx.hangMs) ctx.fail({ kind: 'hang', suite, case: n, what, detail: `${ms.toFixed(0)} ms` });
}

/** Loads the service and runs a few cases untimed, so the first timed ones do not pay for loading and compiling. */
export function warmUp(rng: Rng): void {
  const quiet: Context = { hangMs: Infinity, fail: () => undefined };
  // The first claim that needs the profiles' prose builds its word index (a second or more under load): not a case's.
  const { service } = shippedService();
  service.getDiagnostics(TextDocument.create('file:///fuzz/warm.md', 'markdown', 1, 'NMRK1 activates mTOR signaling. NMN cures ageing.\n'));
  service.forget('file:///fuzz/warm.md');
  for (let n = 0; n < 5; n++) {
    documentCase(quiet, rng.fork(-1 - n), -1);
    editCase(quiet, rng.fork(-10 - n), -1);
    profileCase(quiet, rng.fork(-20 - n), -1);
  }
}

/** A random document through every feature at random places. */
export function documentCase(ctx: Context, rng: Rng, n: number): void {
  const { service } = shippedService();
  const language = rng.pick(LANGUAGES);
  const text = randomDocument(rng, 1 + rng.int(rng.chance(0.1) ? 60_000 : 4_000));
  guarded(ctx, 'documents', n, `${language}, ${text.length} chars`, () => {
    const doc = TextDocument.create(`file:///fuzz/doc${n}.${EXT[language]}`, language, 1, text);
    try {
      const diagnostics = service.getDiagnostics(doc);
      for (const d of diagnostics.slice(0, 20)) service.getCodeActions(doc, d.range, { diagnostics: [d] });
      service.getCodeActions(doc, { start: doc.positionAt(0), end: doc.positionAt(text.length) }, { diagnostics: [] });
      service.getSemanticTokens(doc);
      service.getDocumentSymbols(doc, rng.chance(0.5));
      service.getDocumentLinks(doc);
      for (let k = 0; k < 5; k++) {
        const at = doc.positionAt(rng.int(text.length + 1));
        service.getHover(doc, at);
        service.getDefinition(doc, at, rng.chance(0.5));
        service.getCompletions(doc, at);
        service.getProfile({ document: doc, position: at });
      }
      // Positions no editor sends: past the end, negative, fractional.
      service.getHover(doc, { line: 1e9, character: 1e9 });
      service.getHover(doc, { line: -1, character: -5 });
      service.getHover(doc, { line: 0.5, character: 2.5 });
    } finally {
      service.forget(doc.uri);
    }
  });
}

/** What an analysis says, in a comparable form (as test/unit/incremental.test.ts compares). */
function summary(a: DocumentAnalysis): string {
  return JSON.stringify({
    mentions: a.mentions.map((m) => [m.start, m.end, m.text, m.entityId, m.kind, m.via, m.known, m.candidates ?? null]),
    findings: a.findings.map((f) => [f.code, f.start, f.end, f.message, f.fixes.map((x) => [x.title, x.edits])]),
    hints: (a.hints ?? []).map((h) => [h.code, h.start, h.end, h.message, h.fixes.map((x) => [x.title, x.edits])]),
  });
}

function randomChange(rng: Rng, doc: TextDocument): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const at = rng.int(text.length + 1);
  const r = rng.next();
  let end = at;
  let insert = '';
  if (r < 0.45) insert = rng.pick(SNIPPETS);
  else if (r < 0.7) end = Math.min(text.length, at + 1 + rng.int(12));
  else if (r < 0.85) insert = `\n\n${randomDocument(rng, 300)}`;
  else {
    end = Math.min(text.length, at + rng.int(200));
    insert = rng.pick(SNIPPETS);
  }
  return { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert };
}

/** A random edit sequence on the server's document type; after edits, the analysis must equal a fresh one. */
export function editCase(ctx: Context, rng: Rng, n: number): void {
  const { service } = shippedService();
  const language = rng.pick(LANGUAGES);
  const initial = randomDocument(rng, 200 + rng.int(rng.chance(0.2) ? 40_000 : 3_000));
  const doc = EditableDocument.create(`file:///fuzz/edit${n}.${EXT[language]}`, language, 1, initial);
  const history: TextDocumentContentChangeEvent[] = [];
  const steps = 5 + rng.int(20);
  guarded(ctx, 'edits', n, `${language}, ${steps} edits`, () => {
    try {
      service.analyze(doc);
      for (let step = 0; step < steps; step++) {
        const changes = [randomChange(rng, doc)];
        history.push(...changes);
        service.update(doc, changes, doc.version + 1);
        if (rng.chance(0.3)) continue; // two edits before an analysis, as after a debounce
        if (rng.chance(0.2)) {
          void service.analyze(doc).mentions.length; // a hover's read: mentions only
          continue;
        }
        const incremental = summary(service.analyze(doc));
        const uri = `file:///fuzz/fresh${n}-${step}`;
        const fresh = summary(service.analyze(TextDocument.create(uri, language, 1, doc.getText())));
        service.forget(uri);
        if (incremental !== fresh) {
          const part = (json: string) => Object.entries(JSON.parse(json) as Record<string, unknown>);
          const fresher = new Map(part(fresh).map(([k, v]) => [k, JSON.stringify(v)]));
          const differs = part(incremental).filter(([k, v]) => fresher.get(k) !== JSON.stringify(v)).map(([k, v]) => `${k}: incremental ${JSON.stringify(v).slice(0, 600)}\n  fresh ${fresher.get(k)?.slice(0, 600)}`);
          ctx.fail({
            kind: 'divergence', suite: 'edits', case: n, what: `${language}, step ${step}`,
            detail: `text now: ${JSON.stringify(doc.getText().slice(0, 2000))}\n${differs.join('\n')}\nfirst text: ${JSON.stringify(initial.slice(0, 3000))}\nchanges: ${JSON.stringify(history).slice(0, 3000)}`,
          });
          return;
        }
      }
    } finally {
      service.forget(doc.uri);
    }
  });
}

/** A hostile profile beside the shipped ones: the shipped ones still load and work. */
export function profileCase(ctx: Context, rng: Rng, n: number): void {
  const { profiles } = shippedService();
  const hostile = hostileProfile(rng);
  guarded(ctx, 'profiles', n, `${hostile.name}, ${hostile.text.length} chars`, () => {
    const uri = `file:///fuzz/.genelens/profiles/p${n}.json`;
    const service = createLanguageService({ profiles: [...profiles, { uri, text: hostile.text }] });
    const mentions = service.findMentions('NMRK1 and NRK1 inhibit NAMPT.', 'plaintext').map((m) => m.entityId);
    if (!mentions.includes('NMRK1')) throw new Error(`the shipped NMRK1 profile no longer works beside ${hostile.name}: ${JSON.stringify(mentions)}`);
    const loaded = service.lexicon.get('FUZZ1') !== undefined || service.lexicon.get('NMRK1')?.profile?.uri === uri;
    const problem = service.profileProblems.some((p) => p.uri === uri);
    if (!loaded && !problem) throw new Error(`${hostile.name}: neither loaded nor reported as a problem`);
    const doc = TextDocument.create('file:///fuzz/p.md', 'markdown', 1, 'AMPK inhibits NMRK1. FUZZ1 and FZA1.\n');
    service.getDiagnostics(doc);
    service.getHover(doc, { line: 0, character: 15 });
  });
}

/** An in-memory CLI environment over the shipped service: `genelens check` and `annotate` as growth workloads. */
function checkEnv(service: LanguageService, file: string, text: string): CliEnv {
  return {
    cwd: '/fuzz',
    dataDir: '/fuzz/data',
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (p) => (p === file ? text : undefined),
    loadService: () => service,
  };
}

let workloads = 0;

/** Everything a document goes through in the editor and the CLI, once (the CLI forgets its file's analysis). */
async function documentWorkload(service: LanguageService, language: string, text: string): Promise<void> {
  const file = `/fuzz/growth.${EXT[language]}`;
  const env = checkEnv(service, file, text);
  await runCheck(['--format', 'json', path.basename(file)], env);
  await runAnnotate(['--format', 'json', path.basename(file)], env);
  await runAnnotate(['--format', 'pubtator', path.basename(file)], env);
  const doc = TextDocument.create(`file:///fuzz/workload${++workloads}.${EXT[language]}`, language, 1, text);
  service.getSemanticTokens(doc);
  service.getDocumentSymbols(doc, true);
  service.getDocumentLinks(doc);
  service.getHover(doc, doc.positionAt(text.length >> 1));
  service.forget(doc.uri);
}

export interface GrowthOptions {
  /** Characters at 1x. */
  size: number;
  /** Work at 8x may be at most 8 * slack times the work at 1x. */
  slack: number;
  /** Also compare times (min of three runs), with this slack (0: not timed). */
  timeSlack: number;
}

/** Each family at 1x and 8x through every feature: the work must grow about linearly. */
export async function growthChecks(ctx: Context, options: GrowthOptions, only?: (name: string) => boolean): Promise<number> {
  const { service } = shippedService();
  let cases = 0;
  for (const family of FAMILIES) {
    if (only && !only(family.name)) continue;
    const language = family.languages[0] ?? 'markdown';
    const small = family.make(options.size);
    const large = family.make(options.size * 8);
    await documentWorkload(service, language, small); // warm-up
    const work = async (text: string) => countWorkAsync(() => documentWorkload(service, language, text));
    const a = { work: await work(small), ms: 0 };
    const b = { work: await work(large), ms: 0 };
    if (options.timeSlack > 0) {
      // Timed at 2x these sizes, best of three (twice more when over the limit): a millisecond at 1x is all noise.
      const time = async (text: string, runs: number) => {
        let best = Infinity;
        for (let k = 0; k < runs; k++) {
          const t0 = performance.now();
          await documentWorkload(service, language, text);
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      const small2 = family.make(options.size * 2);
      const large2 = family.make(options.size * 16);
      a.ms = await time(small2, 3);
      b.ms = await time(large2, 3);
      if (b.ms / Math.max(a.ms, 5) > 8 * options.timeSlack) b.ms = Math.min(b.ms, await time(large2, 2));
    }
    cases++;
    const ratio = b.work / Math.max(1, a.work);
    const limit = (8 * options.slack * large.length) / (8 * Math.max(1, small.length));
    const what = `${family.name} (${family.targets}), ${small.length} -> ${large.length} chars`;
    if (ratio > limit) ctx.fail({ kind: 'growth', suite: 'growth', case: cases, what, detail: `work ${a.work} -> ${b.work} (${ratio.toFixed(1)}x, limit ${limit.toFixed(1)}x)` });
    const timeRatio = b.ms / Math.max(a.ms, 5);
    ctx.growth?.push({ name: family.name, chars: [small.length, large.length], work: [a.work, b.work], ms: options.timeSlack > 0 ? [round(a.ms), round(b.ms)] : undefined });
    if (options.timeSlack > 0 && b.ms > 250 && timeRatio > 8 * options.timeSlack) {
      ctx.fail({ kind: 'growth', suite: 'growth', case: cases, what, detail: `time ${a.ms.toFixed(1)} -> ${b.ms.toFixed(1)} ms (${timeRatio.toFixed(1)}x, limit ${8 * options.timeSlack}x)` });
    }
  }
  // Profile loading, linear in aliases.
  const aliasWork = (n: number) => countWork(() => createLanguageService({ profiles: [{ uri: 'file:///fuzz/a.json', text: aliasProfile(n) }] })).work;
  aliasWork(100);
  const a = aliasWork(1000);
  const b = aliasWork(8000);
  cases++;
  ctx.growth?.push({ name: 'profile-aliases', chars: [1000, 8000], work: [a, b] });
  if (b / a > 8 * options.slack) ctx.fail({ kind: 'growth', suite: 'growth', case: cases, what: 'profile with 1,000 -> 8,000 aliases', detail: `work ${a} -> ${b} (${(b / a).toFixed(1)}x)` });
  return cases;
}
