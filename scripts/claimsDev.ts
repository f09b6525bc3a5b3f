// The claims development set (issue #15): sentences of real abstracts judged by hand
// (test/fixtures/claims-dev-corpora.tsv, by corpus file, PMID and offsets: the text is read from ../shared/corpora at
// scoring time) and sentences we wrote (test/fixtures/claims-dev-written.tsv). Each abstract (title + "\n" + abstract)
// goes through the language service as one plain-text document, as a writer's would; a judged sentence's findings
// are the claim diagnostics that overlap it. Used by test/unit/claimsDevCorpora.test.ts and `npm run eval` (claims).
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../server/src/core';
import { pubtatorText, readPubtator } from '../server/src/cli/pubtator';

export const CLAIM_CODES = ['claim-contradicted', 'claim-unsupported', 'claim-overstated'] as const;

/** One judged sentence: where it is, what a correct GeneLens raises on it, and a word a contradiction must name. */
export interface DevCase {
  /** "BioRED_TrainDev.PubTator:12345:100-180" or "written:3": a label without the corpus text. */
  label: string;
  /** The document the sentence is read in (the whole abstract, or the written sentence alone). */
  docKey: string;
  docText: string;
  start: number;
  end: number;
  expected: string[];
  names?: string;
}

export interface CorpusJudgement {
  corpus: string;
  pmid: string;
  start: number;
  end: number;
  hash: string;
  expected: string[];
}

export interface WrittenJudgement {
  expected: string[];
  names?: string;
  text: string;
}

export interface DevFinding {
  code: string;
  message: string;
}

export interface DevResult {
  label: string;
  expected: string[];
  found: DevFinding[];
  /** Findings a correct GeneLens does not raise here (a contradiction naming the wrong thing counts too). */
  falseFindings: DevFinding[];
  /** Expected codes not raised. */
  misses: string[];
}

export interface DevScore {
  sentences: number;
  findings: number;
  falseFindings: number;
  /** False findings per 20 sentences. */
  falsePer20: number;
  contradicted: { expected: number; right: number; wrong: number };
  misses: number;
  results: DevResult[];
}

/** FNV-1a (32 bits) over UTF-16 code units, as 8 hex digits: a fingerprint of a sentence without its text. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function rows(text: string): string[][] {
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
}

function codes(field: string | undefined, where: string): string[] {
  if (field === undefined || field === '') throw new Error(`no expected codes: ${where}`);
  if (field === 'none') return [];
  const list = field.split(',');
  for (const c of list) if (!(CLAIM_CODES as readonly string[]).includes(c)) throw new Error(`unknown code ${c}: ${where}`);
  return list;
}

export function readCorpusJudgements(text: string): CorpusJudgement[] {
  return rows(text).map((r) => {
    const [corpus, pmid, start, end, hash, expected] = r;
    const where = r.slice(0, 4).join(' ');
    if (!corpus || !pmid || !/^\d+$/.test(start ?? '') || !/^\d+$/.test(end ?? '') || !/^[0-9a-f]{8}$/.test(hash ?? '')) throw new Error(`bad judgement: ${where}`);
    return { corpus, pmid, start: Number(start), end: Number(end), hash: hash!, expected: codes(expected, where) };
  });
}

export function readWrittenJudgements(text: string): WrittenJudgement[] {
  return rows(text).map((r) => {
    const [expected, names, sentence] = r;
    if (!sentence) throw new Error(`no sentence: ${r.join(' ')}`);
    return { expected: codes(expected, sentence), names: names && names !== '-' ? names : undefined, text: sentence };
  });
}

/** The texts of the abstracts the judgements need, by "corpus/pmid", read from `dir`; missing files are left out. */
export async function corpusTexts(dir: string, judgements: readonly CorpusJudgement[]): Promise<Map<string, string>> {
  const wanted = new Map<string, Set<string>>();
  for (const j of judgements) {
    let s = wanted.get(j.corpus);
    if (!s) wanted.set(j.corpus, (s = new Set()));
    s.add(j.pmid);
  }
  const texts = new Map<string, string>();
  for (const [corpus, pmids] of wanted) {
    const file = path.join(dir, corpus);
    if (!fs.existsSync(file)) continue;
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const doc of readPubtator(lines)) if (pmids.has(doc.pmid)) texts.set(`${corpus}/${doc.pmid}`, pubtatorText(doc));
  }
  return texts;
}

/**
 * The cases of the corpus judgements whose abstract was read, and the judgements that no longer fit their corpus
 * (absent abstract, offsets outside it, another text at those offsets: the fingerprint differs).
 */
export function corpusCases(judgements: readonly CorpusJudgement[], texts: ReadonlyMap<string, string>): { cases: DevCase[]; stale: string[] } {
  const cases: DevCase[] = [];
  const stale: string[] = [];
  for (const j of judgements) {
    const label = `${j.corpus}:${j.pmid}:${j.start}-${j.end}`;
    const docKey = `${j.corpus}/${j.pmid}`;
    const docText = texts.get(docKey);
    if (docText === undefined || j.end > docText.length || fnv1a(docText.slice(j.start, j.end)) !== j.hash) stale.push(label);
    else cases.push({ label, docKey, docText, start: j.start, end: j.end, expected: j.expected });
  }
  return { cases, stale };
}

export function writtenCases(judgements: readonly WrittenJudgement[]): DevCase[] {
  return judgements.map((j, i) => ({
    label: `written:${i + 1}`, docKey: `written/${i + 1}`, docText: j.text, start: 0, end: j.text.length, expected: j.expected, names: j.names,
  }));
}

/** Runs the claims check on each case's document (each document once) and scores every case. */
export function scoreDev(service: LanguageService, cases: readonly DevCase[]): DevScore {
  const byDoc = new Map<string, DevCase[]>();
  for (const c of cases) {
    const list = byDoc.get(c.docKey);
    if (list) list.push(c);
    else byDoc.set(c.docKey, [c]);
  }
  const results: DevResult[] = [];
  let version = 0;
  for (const [key, list] of byDoc) {
    const doc = TextDocument.create(`file:///claims-dev/${key.replace(/[^\w./-]/g, '_')}.txt`, 'plaintext', ++version, list[0]!.docText);
    const diags = service.getDiagnostics(doc).filter((d) => (CLAIM_CODES as readonly string[]).includes(String(d.code ?? '')))
      .map((d) => ({ start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end), code: String(d.code), message: typeof d.message === 'string' ? d.message : d.message.value }));
    for (const c of list) {
      const found = diags.filter((d) => d.start < c.end && d.end > c.start).map(({ code, message }) => ({ code, message }));
      const right = (f: DevFinding) => c.expected.includes(f.code) && (f.code !== 'claim-contradicted' || !c.names || f.message.includes(c.names));
      results.push({
        label: c.label,
        expected: c.expected,
        found,
        falseFindings: found.filter((f) => !right(f)),
        misses: c.expected.filter((code) => !found.some((f) => f.code === code && right(f))),
      });
    }
  }
  const sum = (f: (r: DevResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const contradictions = (r: DevResult) => r.found.filter((f) => f.code === 'claim-contradicted');
  const falseFindings = sum((r) => r.falseFindings.length);
  return {
    sentences: results.length,
    findings: sum((r) => r.found.length),
    falseFindings,
    falsePer20: results.length ? (20 * falseFindings) / results.length : 0,
    contradicted: {
      expected: sum((r) => (r.expected.includes('claim-contradicted') ? 1 : 0)),
      right: sum((r) => contradictions(r).filter((f) => !r.falseFindings.includes(f)).length),
      wrong: sum((r) => r.falseFindings.filter((f) => f.code === 'claim-contradicted').length),
    },
    misses: sum((r) => r.misses.length),
    results,
  };
}

/** The figures in one line, and each false finding and miss on a line of its own (labels, codes and messages). */
export function devReport(s: DevScore): string {
  let out = `claims dev set: ${s.sentences} sentences, ${s.findings} findings; false findings ${s.falseFindings} ` +
    `(${s.falsePer20.toFixed(2)} per 20 sentences); contradicted right ${s.contradicted.right} of ${s.contradicted.expected} expected, ` +
    `wrong ${s.contradicted.wrong}; misses ${s.misses}\n`;
  for (const r of s.results) {
    for (const f of r.falseFindings) out += `  false  ${r.label} (expected ${r.expected.join(',') || 'none'}): ${f.code}: ${f.message}\n`;
    for (const m of r.misses) out += `  missed ${r.label}: ${m}\n`;
  }
  return out;
}
