// Measures the full analysis against the plain tokenizer pass and the mention scan, alternating them in one process so
// that a loaded machine slows all three alike: prints median ratios (wall and CPU time) per round. Not a test.
// Usage: esbuild scripts/benchAnalyze.ts --bundle --platform=node --format=cjs --target=node20
//          --main-fields=module,main --outfile=out/benchAnalyze.js && node out/benchAnalyze.js [rounds] [--edit] [--digest]
// --corpus FILE.PubTator measures a document made of the corpus's abstracts instead of the generated one;
// --edit also times one keystroke + diagnostics in a 1 MB document (as `npm run bench`'s edit_1mb_ms);
// --edit-only runs only the keystrokes, `rounds` times; --scan-only only the mention scan; --analyze-only runs only the analysis, `rounds` times (for `node --cpu-prof`);
// --mesh-words alternates scans by two matchers, the MeSH scan reading the main scan's list of words (meshWords.ts) and
// reading every unit itself, and prints the median ratio of their CPU times;
// --digest prints a fingerprint of the analyses of the bench documents and examples/ (mentions, hints, findings) instead:
// compare it before and after a change that must not change results;
// --fresh times stage two (claims) of the document with the checker's sentence cache emptied before each round (by
// 6,000 distinct sentences read before it; the limit is 4,000): the
// cost of reading a document's sentences for the first time, which the repeated analyses above mostly skip.
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../server/src/core';
import { generateDocument } from './benchDocs';
import { keystrokeTimes, loadBenchService, median, spreadKeystroke, typingKeystroke } from './benchService';
import { fnv1a } from './claimsDev';
import { createMatcher } from '../server/src/core/matcher/matcher';
import { excludedRegions } from '../server/src/core/markup/regions';

const root = path.resolve(__dirname, '..');

/** Wall and CPU milliseconds of one call. */
function timed(fn: () => void): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

let uris = 0;
function analyzeNew(service: LanguageService, text: string, language = 'markdown', findings = true): number {
  const uri = `bench:///a${uris++}.md`;
  const analysis = service.analyze(TextDocument.create(uri, language, 1, text));
  const found = findings ? analysis.findings.length : analysis.mentions.length;
  service.forget(uri);
  return found;
}

/**
 * `--corpus FILE.PubTator`: a 1 MB Markdown document of the corpus's titles and abstracts (read here, never stored), so
 * that few sentences repeat, as in real writing; else the bench's generated document.
 */
function document(): string {
  const at = process.argv.indexOf('--corpus');
  const file = at < 0 ? undefined : process.argv[at + 1];
  if (!file) return generateDocument(1 << 20, 1);
  const parts: string[] = [];
  let length = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\d+\|([ta])\|(.*)$/.exec(line);
    if (!m) continue;
    const piece = m[1] === 't' ? `## ${m[2]}\n\n` : `${m[2]}\n\n`;
    parts.push(piece);
    length += piece.length;
    if (length >= 1 << 20) break;
  }
  return parts.join('');
}

function ratios(service: LanguageService, rounds: number): void {
  const doc = document();
  const baseline = (): void => {
    const re = /[A-Za-z0-9]+/g;
    let n = 0;
    while (re.exec(doc) !== null) n++;
    if (n < 0) throw new Error('unreachable');
  };
  const scan = (): void => void service.findMentions(doc, 'markdown');
  const analyze = (): void => void analyzeNew(service, doc);
  const stage1 = (): void => void analyzeNew(service, doc, 'markdown', false);
  const alone: number[] = [];
  for (let i = 0; i < 15; i++) alone.push(timed(baseline)[1]);
  process.stdout.write(`baseline alone first (cpu, as npm run bench takes it): ${median(alone).toFixed(2)} ms\n`);
  for (let i = 0; i < 3; i++) {
    baseline();
    scan();
    analyze();
    stage1();
  }
  const rows: Record<'base' | 'scan' | 'analyze' | 'stage1', [number, number][]> = { base: [], scan: [], analyze: [], stage1: [] };
  for (let i = 0; i < rounds; i++) {
    rows.base.push(timed(baseline));
    rows.scan.push(timed(scan));
    rows.analyze.push(timed(analyze));
    rows.stage1.push(timed(stage1));
  }
  const col = (k: keyof typeof rows, j: 0 | 1): number[] => rows[k].map((r) => r[j]);
  const per = (k: keyof typeof rows, j: 0 | 1): number[] => rows[k].map((r, i) => r[j] / rows.base[i]![j]);
  const extra = (j: 0 | 1): number[] => rows.analyze.map((r, i) => (r[j] - rows.scan[i]![j]) / rows.base[i]![j]);
  const diff = (k: keyof typeof rows, l: keyof typeof rows, j: 0 | 1): number[] => rows[k].map((r, i) => r[j] - rows[l][i]![j]);
  const f = (x: number): string => x.toFixed(2);
  process.stdout.write(`rounds ${rounds}\n`);
  for (const [j, name] of [[0, 'wall'], [1, 'cpu']] as const) {
    process.stdout.write(
      `${name}: base ${f(median(col('base', j)))} ms, scan ${f(median(col('scan', j)))} ms, analyze ${f(median(col('analyze', j)))} ms; ` +
        `scan/base ${f(median(per('scan', j)))}x, analyze/base ${f(median(per('analyze', j)))}x, (analyze-scan)/base ${f(median(extra(j)))}x; ` +
        `stage one - scan ${f(median(diff('stage1', 'scan', j)))} ms, stage two ${f(median(diff('analyze', 'stage1', j)))} ms\n`,
    );
  }
}

function edits(service: LanguageService): void {
  const doc1 = generateDocument(1 << 20, 1);
  for (let k = 0; k < 3; k++) {
    const spread = keystrokeTimes(service, `bench:///edit${uris++}.md`, doc1, spreadKeystroke(doc1.length));
    const typing = keystrokeTimes(service, `bench:///edit${uris++}.md`, doc1, typingKeystroke(doc1.length));
    process.stdout.write(`edit_1mb ${median(spread).toFixed(3)} ms, typing ${median(typing).toFixed(3)} ms\n`);
  }
}


function digest(service: LanguageService): void {
  const docs: [string, string, string][] = [
    ['bench-1mb', 'markdown', generateDocument(1 << 20, 1)],
    ['bench-100kb', 'markdown', generateDocument(100 << 10, 3)],
    ['bench-100kb-4', 'markdown', generateDocument(100 << 10, 4)],
  ];
  for (const name of fs.readdirSync(path.join(root, 'examples')).sort()) {
    const language = name.endsWith('.tex') ? 'latex' : name.endsWith('.md') ? 'markdown' : 'plaintext';
    docs.push([`examples/${name}`, language, fs.readFileSync(path.join(root, 'examples', name), 'utf8')]);
  }
  for (const [name, language, text] of docs) {
    const uri = `bench:///digest-${name}`;
    const a = service.analyze(TextDocument.create(uri, language, 1, text));
    const mentions = JSON.stringify(a.mentions);
    const hints = JSON.stringify(a.hints ?? []);
    const findings = JSON.stringify(a.findings);
    process.stdout.write(`${name}: mentions ${a.mentions.length} ${fnv1a(mentions)}, hints ${(a.hints ?? []).length} ${fnv1a(hints)}, findings ${a.findings.length} ${fnv1a(findings)}\n`);
    service.forget(uri);
  }
}

/**
 * Stage two of the document read anew each round: before each, an analysis of 6,000 distinct sentences fills the
 * checker's sentence cache past its limit (4,000), which empties it of the document's sentences.
 */
function fresh(service: LanguageService, rounds: number): void {
  const doc = document();
  // Distinct short sentences with a mention and no word a reader reads at ("NMRK1 bcd."): cheap to analyse.
  const word = (i: number): string => (i < 20 ? 'bcdfghjklmnpqrstvwxz'[i]! : word(Math.floor(i / 20) - 1) + 'bcdfghjklmnpqrstvwxz'[i % 20]!);
  const filler = Array.from({ length: 6000 }, (_, i) => `NMRK1 ${word(i)}.`).join(' ');
  const times: [number, number][] = [];
  for (let i = 0; i < rounds + 2; i++) {
    analyzeNew(service, filler);
    const uri = `bench:///fresh${uris++}.md`;
    const analysis = service.analyze(TextDocument.create(uri, 'markdown', 1, doc));
    const t = timed(() => void analysis.findings.length);
    if (i >= 2) times.push(t); // the first two warm the code up
    service.forget(uri);
  }
  const f = (j: 0 | 1): string => median(times.map((t) => t[j])).toFixed(2);
  process.stdout.write(`fresh stage two, rounds ${rounds}: wall ${f(0)} ms, cpu ${f(1)} ms (cpu each: ${times.map((t) => t[1].toFixed(1)).join(' ')})\n`);
}

/** --mesh-words: the matcher with the MeSH scan reading the word list against the one reading every unit. */
function meshWords(service: LanguageService, rounds: number): void {
  const lexicon = service.lexicon;
  const everyUnit = createMatcher(lexicon, true);
  const listed = createMatcher(lexicon);
  const doc = document();
  const regions = excludedRegions(doc, 'markdown');
  for (let i = 0; i < 5; i++) {
    everyUnit.findMentionsOutside(doc, regions);
    listed.findMentionsOutside(doc, regions);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternated, each first every other round.
    const unit = (): number => timed(() => void everyUnit.findMentionsOutside(doc, regions))[1];
    const list = (): number => timed(() => void listed.findMentionsOutside(doc, regions))[1];
    if (i % 2 === 0) {
      a.push(unit());
      b.push(list());
    } else {
      b.push(list());
      a.push(unit());
    }
  }
  const ratio = median(b.map((x, i) => x / a[i]!));
  process.stdout.write(`mesh words, rounds ${rounds}: every unit ${median(a).toFixed(2)} ms, listed ${median(b).toFixed(2)} ms (cpu), listed/every unit ${ratio.toFixed(3)}\n`);
}

function main(): void {
  const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 21);
  const service = loadBenchService(root);
  if (process.argv.includes('--fresh')) fresh(service, rounds);
  else if (process.argv.includes('--mesh-words')) meshWords(service, rounds);
  else if (process.argv.includes('--digest')) digest(service);
  else if (process.argv.includes('--edit-only')) {
    // For `node --cpu-prof`: keystrokes alone.
    for (let i = 0; i < rounds; i++) edits(service);
  } else if (process.argv.includes('--scan-only')) {
    // For `node --cpu-prof`: the mention scan alone, many times.
    const doc = document();
    for (let i = 0; i < rounds; i++) service.findMentions(doc, 'markdown');
  } else if (process.argv.includes('--analyze-only')) {
    // For `node --cpu-prof`: the analysis alone, many times.
    const doc = document();
    for (let i = 0; i < rounds; i++) analyzeNew(service, doc);
  } else {
    ratios(service, rounds);
    if (process.argv.includes('--edit')) edits(service);
  }
}

main();
