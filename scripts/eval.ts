// `npm run eval`: how well GeneLens recognizes and normalizes entities in expert-annotated PubMed abstracts.
// Usage: npm run eval [-- --corpus FILE.PubTator]... [--json] [--top N] [--group gene,chemical,...] [--doc-errors]
// Default corpora: every *.PubTator in ../shared/corpora/ (or $GENELENS_CORPORA) when that folder exists. The corpora
// are read at evaluation time and never copied into the repository. Each document (title + "\n" + abstract) goes
// through the language service's recognizer in this process (`findMentions`, plain text); scoring: scripts/evalScore.ts.
// The `claims` group scores the claims development set (scripts/claimsDev.ts): hand-judged sentences of these corpora
// (test/fixtures/claims-dev-corpora.tsv, by offsets) and written ones (claims-dev-written.tsv).
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import type { LanguageService, Mention } from '../server/src/core';
import { createNodeEnv } from '../server/src/cli/env';
import { pubtatorText, readPubtator } from '../server/src/cli/pubtator';
import { conditionChemical, isGeneProduct, isUnnamedCondition, pubtatorIdOf } from '../server/src/cli/pubtatorAnnotations';
import { corpusCases, corpusTexts, devReport, readCorpusJudgements, readWrittenJudgements, scoreDev, writtenCases, type DevScore } from './claimsDev';
import { emptyCounts, GROUPS, meshGold, meshIdOf, scoreDocument, summarize, type Counts, type GroupScores, type Predicted } from './evalScore';

const USAGE = `Usage: npm run eval [-- --corpus FILE.PubTator]... [--json] [--top N] [--group gene,chemical,disease,variant,species,claims] [--doc-errors]

Scores gene, chemical, disease and variant mentions against expert annotations in PubTator files:
mention precision/recall/F1 (exact span and overlap), mention+id accuracy and document-level normalization
(genes: the set of human NCBI Gene ids per abstract, as in BioCreative II GN), with the most frequent misses; and
the claims development set (group claims): false findings per 20 sentences, contradictions right and wrong, misses.
  --corpus FILE   a PubTator file (repeatable); default: every *.PubTator in ../shared/corpora/ or $GENELENS_CORPORA
  --group LIST    only these groups (default: every group a corpus annotates)
  --top N         how many false positives and negatives to list (default 20)
  --doc-errors    also list the document-level errors: by cause (another species, wrong id, family span...) and
                  the most frequent false positive and false negative ids, with their symbols
  --json          one JSON object instead of the report
`;

interface Options {
  corpora: string[];
  groups: string[];
  top: number;
  json: boolean;
  docErrors: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { corpora: [], groups: [...GROUPS.map((g) => g.name), CLAIMS], top: 20, json: false, docErrors: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => argv[++i];
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--json') o.json = true;
    else if (a === '--doc-errors') o.docErrors = true;
    else if (a === '--corpus') {
      const v = value();
      if (!v) return `--corpus needs a file\n${USAGE}`;
      o.corpora.push(path.resolve(v));
    } else if (a === '--top') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) return `--top needs a whole number\n${USAGE}`;
      o.top = n;
    } else if (a === '--group') {
      const names = (value() ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => n !== CLAIMS && !GROUPS.some((g) => g.name === n));
      if (names.length === 0 || unknown.length > 0) return `--group takes ${[...GROUPS.map((g) => g.name), CLAIMS].join(', ')}\n${USAGE}`;
      o.groups = names;
    } else return `unknown argument: ${a}\n${USAGE}`;
  }
  return o;
}

const CLAIMS = 'claims';

function defaultCorpora(): string[] {
  const dir = process.env.GENELENS_CORPORA ?? path.resolve(__dirname, '..', '..', 'shared', 'corpora');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.PubTator')).sort().map((f) => path.join(dir, f));
}

/**
 * A mention as the scorer sees it, with the id the PubTator output gives it: a gene its human NCBI Gene id unless
 * ambiguous or of another species; a family its namesake member's (lexicon/familyNamesake.ts), if any. A hormone whose
 * profile names its gene (insulin: INS) is scored as that gene, as the PubTator output types it.
 */
function predicted(service: LanguageService, m: Mention, cache: Map<string, string | undefined>, text: string): Predicted {
  const ids: string[] = [];
  const product = isGeneProduct(service, m);
  if (m.kind === 'gene' || m.kind === 'family' || product) {
    for (const id of pubtatorIdOf(service, m, cache, text).split(';')) if (/^\d+$/.test(id)) ids.push(id);
  }
  if (!product && (m.kind === 'chemical' || m.kind === 'hormone' || m.kind === 'disease' || m.kind === 'condition')) {
    const mesh = meshIdOf(pubtatorIdOf(service, m, cache));
    if (mesh) ids.push(mesh);
  }
  if (m.kind === 'species') ids.push(pubtatorIdOf(service, m, cache));
  const p: Predicted = { start: m.start, end: m.end, text: m.text, kind: product ? 'gene' : m.kind, ids };
  if (m.species !== undefined) p.species = m.species;
  if ((m.candidates?.length ?? 0) > 1) p.ambiguous = true;
  return p;
}

interface CorpusResult {
  corpus: string;
  documents: number;
  seconds: number;
  groups: Record<string, GroupScores>;
}

async function evaluate(service: LanguageService, file: string, o: Options): Promise<CorpusResult> {
  const name = path.basename(file).replace(/\.PubTator$/, '');
  const humanGene = (id: string): boolean => /^\d+$/.test(id) && service.lexicon.genes?.table.index.findByNcbiGene(id) !== -1;
  const anyId = (id: string): boolean => id !== '';
  const meshId = (id: string): boolean => meshIdOf(id) === id;
  // NLM-Gene annotates genes of many species: its gene mentions are scored only where they name a human gene.
  const humanOnly = /nlm-?gene/i.test(name);
  const counts = new Map<string, Counts>();
  const cache = new Map<string, string | undefined>();
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const t0 = performance.now();
  let documents = 0;
  for await (const doc of readPubtator(lines, (n, msg) => process.stderr.write(`${file}:${n}: ${msg}\n`))) {
    documents++;
    const text = pubtatorText(doc);
    // A condition that names no disease ("high glucose") has no PubTator annotation; the chemical it is about has one
    // ("glucose"), as annotatePubtator writes it.
    const mentions = service.findMentions(text, 'plaintext').flatMap((m): Predicted[] => {
      if (!isUnnamedCondition(service, m)) return [predicted(service, m, cache, text)];
      const inner = conditionChemical(service, m);
      const mesh = inner && meshIdOf(inner.id);
      return inner ? [{ start: inner.start, end: inner.end, text: inner.text, kind: 'chemical', ids: mesh ? [mesh] : [] }] : [];
    });
    for (const group of GROUPS) {
      if (!o.groups.includes(group.name)) continue;
      let c = counts.get(group.name);
      if (!c) counts.set(group.name, (c = emptyCounts()));
      const isGene = group.name === 'gene';
      const keep = isGene ? humanGene : group.name === 'chemical' || group.name === 'disease' ? meshId : anyId;
      scoreDocument(c, group, meshGold(doc.annotations), mentions, keep, isGene && humanOnly);
    }
  }
  const groups: Record<string, GroupScores> = {};
  for (const [g, c] of counts) if (c.gold > 0) groups[g] = summarize(c, o.top);
  return { corpus: name, documents, seconds: (performance.now() - t0) / 1000, groups };
}

const f = (x: number): string => x.toFixed(3);

function report(results: CorpusResult[], docErrors: boolean, label: (id: string) => string): string {
  let out = '';
  for (const r of results) {
    out += `\n== ${r.corpus}: ${r.documents} documents, ${r.seconds.toFixed(1)} s\n`;
    for (const [g, s] of Object.entries(r.groups)) {
      out += `${g}: ${s.gold} gold, ${s.predicted} predicted mentions\n`;
      out += `  exact   P ${f(s.exact.precision)} R ${f(s.exact.recall)} F1 ${f(s.exact.f1)}\n`;
      out += `  overlap P ${f(s.overlap.precision)} R ${f(s.overlap.recall)} F1 ${f(s.overlap.f1)}\n`;
      if (g === 'chemical' || g === 'disease') {
        out += `  mention+id accuracy ${f(s.idAccuracy.accuracy)} (${s.idAccuracy.right}/${s.idAccuracy.scored})\n`;
        out += `  document-level MeSH ids P ${f(s.document.precision)} R ${f(s.document.recall)} F1 ${f(s.document.f1)} (${s.document.tp} of ${s.document.predicted} predicted, ${s.document.gold} gold)\n`;
      }
      if (g === 'species') out += `  mention+id (NCBI Taxonomy) accuracy ${f(s.idAccuracy.accuracy)} (${s.idAccuracy.right}/${s.idAccuracy.scored})\n`;
      if (g === 'gene') {
        out += `  mention+id accuracy ${f(s.idAccuracy.accuracy)} (${s.idAccuracy.right}/${s.idAccuracy.scored})\n`;
        out += `  document-level human NCBI Gene ids P ${f(s.document.precision)} R ${f(s.document.recall)} F1 ${f(s.document.f1)} (${s.document.tp} of ${s.document.predicted} predicted, ${s.document.gold} gold)\n`;
      }
      const list = (xs: [string, number][]): string => xs.map(([t, n]) => `${JSON.stringify(t)} ${n}`).join(', ');
      if (s.topFalsePositives.length) out += `  false positives: ${list(s.topFalsePositives)}\n`;
      if (s.topFalseNegatives.length) out += `  false negatives: ${list(s.topFalseNegatives)}\n`;
      if (docErrors && s.docCauses.length) {
        const ids = (xs: [string, number][]): string => xs.map(([id, n]) => `${label(id)} ${n}`).join(', ');
        out += `  document-level errors by cause: ${s.docCauses.map(([c, n]) => `${c} ${n}`).join(', ')}\n`;
        out += `  document-level false positive ids: ${ids(s.topDocFalsePositives)}\n`;
        out += `  document-level false negative ids: ${ids(s.topDocFalseNegatives)}\n`;
      }
    }
  }
  out += '\nSummary (exact-span mention P/R/F1; document-level F1 over human NCBI Gene ids for genes, MeSH ids for chemicals and diseases)\n';
  for (const r of results) {
    for (const [g, s] of Object.entries(r.groups)) {
      const doc = g === 'gene' || g === 'chemical' || g === 'disease' ? `  doc F1 ${f(s.document.f1)}` : '';
      out += `${r.corpus.padEnd(18)} ${g.padEnd(8)} P ${f(s.exact.precision)} R ${f(s.exact.recall)} F1 ${f(s.exact.f1)}${doc}\n`;
    }
  }
  return out;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'string') {
    const help = o === USAGE;
    (help ? process.stdout : process.stderr).write(o);
    return help ? 0 : 2;
  }
  if (o.corpora.length === 0) o.corpora = defaultCorpora();
  if (o.corpora.length === 0) {
    process.stdout.write('npm run eval: no corpus given and ../shared/corpora/ not found: nothing to evaluate.\n');
    return 0;
  }
  const env = createNodeEnv();
  env.stderr = (s) => void process.stderr.write(s);
  const service = env.loadService([]);
  const results: CorpusResult[] = [];
  for (const file of o.corpora) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`npm run eval: ${file}: no such file\n`);
      return 2;
    }
    if (o.groups.some((g) => g !== CLAIMS)) results.push(await evaluate(service, file, o));
  }
  const label = (id: string): string => {
    const table = service.lexicon.genes?.table;
    const row = /^\d+$/.test(id) && table ? table.index.findByNcbiGene(id) : -1;
    return table && row >= 0 ? `${table.index.record(row).symbol}:${id}` : id;
  };
  const claims = o.groups.includes(CLAIMS) ? await claimsDev(service, o.corpora) : undefined;
  if (o.json) process.stdout.write(`${JSON.stringify({ results, claims: claims && { corpora: brief(claims.corpora), written: brief(claims.written), all: brief(claims.all), stale: claims.stale } }, null, 1)}\n`);
  else process.stdout.write((results.length > 0 ? report(results, o.docErrors, label) : '') + (claims ? claimsReport(claims) : ''));
  return 0;
}

interface ClaimsResult {
  corpora: DevScore;
  written: DevScore;
  all: DevScore;
  /** Judgements whose sentence is no longer at its offsets. */
  stale: string[];
}

/** The claims development set, restricted to the judgements of the corpora being evaluated. */
async function claimsDev(service: LanguageService, corpora: string[]): Promise<ClaimsResult> {
  const fixtures = path.resolve(__dirname, '..', 'test', 'fixtures');
  const names = new Set(corpora.map((f) => path.basename(f)));
  const judgements = readCorpusJudgements(fs.readFileSync(path.join(fixtures, 'claims-dev-corpora.tsv'), 'utf8')).filter((j) => names.has(j.corpus));
  const texts = new Map<string, string>();
  for (const dir of new Set(corpora.map((f) => path.dirname(f)))) {
    for (const [k, v] of await corpusTexts(dir, judgements.filter((j) => corpora.includes(path.join(dir, j.corpus))))) texts.set(k, v);
  }
  const { cases, stale } = corpusCases(judgements, texts);
  const written = writtenCases(readWrittenJudgements(fs.readFileSync(path.join(fixtures, 'claims-dev-written.tsv'), 'utf8')));
  return { corpora: scoreDev(service, cases), written: scoreDev(service, written), all: scoreDev(service, [...cases, ...written]), stale };
}

function brief(s: DevScore): Omit<DevScore, 'results'> {
  return { sentences: s.sentences, findings: s.findings, falseFindings: s.falseFindings, falsePer20: s.falsePer20, contradicted: s.contradicted, misses: s.misses };
}

function claimsReport(c: ClaimsResult): string {
  const line = (name: string, s: DevScore) =>
    `${name.padEnd(8)} ${String(s.sentences).padStart(4)} sentences  findings ${s.findings}  false ${s.falseFindings} (${s.falsePer20.toFixed(2)} per 20)  ` +
    `contradicted right ${s.contradicted.right}/${s.contradicted.expected} wrong ${s.contradicted.wrong}  misses ${s.misses}\n`;
  let out = '\n== claims development set (test/fixtures/claims-dev-*.tsv)\n';
  out += line('corpora', c.corpora) + line('written', c.written) + line('all', c.all);
  if (c.stale.length) out += `  ${c.stale.length} judgements no longer match their corpus: ${c.stale.slice(0, 5).join(', ')}\n`;
  return out + devReport(c.all).split('\n').slice(1).join('\n');
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`npm run eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  },
);
