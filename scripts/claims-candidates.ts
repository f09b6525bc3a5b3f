// `npm run claims-candidates`: proposes sentences of the PubTator corpora for the claims development set
// (test/fixtures/claims-dev-corpora.tsv): each sentence that names a profiled entity (a mention GeneLens knows from
// data/profiles: NAD+ pathway genes, chemicals, conditions, hormones), or that names a gene and has a claim word
// (a relation verb of the claims vocabulary, or a location, enzyme-class or function word) within a few words of it.
// Prints one line per candidate to standard output, for a person to read and judge by hand:
//   corpus <TAB> PMID <TAB> start <TAB> end <TAB> why <TAB> GeneLens's claim findings now <TAB> the sentence
// Offsets are into `title + "\n" + abstract`, as in PubTator. The output holds corpus text: read it, never commit it
// (the judgements are stored by offsets only).
// Usage: npm run claims-candidates [-- --corpus FILE.PubTator]... [--max-per-doc N]
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../server/src/core';
import { createNodeEnv } from '../server/src/cli/env';
import { pubtatorText, readPubtator } from '../server/src/cli/pubtator';
import { splitSentences } from '../server/src/core/claims/sentences/splitter';
import { verbHits } from '../server/src/core/claims/vocabulary';

/** Words of location, enzyme-class and function claims ("localizes to the nucleus", "is a kinase", "catalyzes"). */
const CLAIM_WORDS = new Set([
  'nucleus', 'nuclear', 'cytoplasm', 'cytoplasmic', 'cytosol', 'cytosolic', 'mitochondria', 'mitochondrial', 'membrane',
  'localizes', 'localized', 'localised', 'located', 'resides', 'kinase', 'phosphatase', 'ligase', 'protease',
  'deacetylase', 'transferase', 'receptor', 'transporter', 'catalyzes', 'catalyses', 'converts', 'encodes',
  'phosphorylates', 'deacetylates', 'binds', 'interacts', 'transcription', 'expressed',
]);

function defaultCorpora(): string[] {
  const dir = process.env.GENELENS_CORPORA ?? path.resolve(__dirname, '..', '..', 'shared', 'corpora');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.PubTator')).sort().map((f) => path.join(dir, f));
}

/** Why a sentence is a candidate, or undefined. */
function why(text: string, start: number, end: number, mentions: readonly Mention[]): string | undefined {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const known = [...new Set(inside.filter((m) => m.known && m.kind !== 'variant').map((m) => m.entityId))];
  if (known.length > 0) return `profiled:${known.join(',')}`;
  const genes = inside.filter((m) => m.kind === 'gene' || m.kind === 'family');
  if (genes.length === 0) return undefined;
  const words = [...text.slice(start, end).matchAll(/[A-Za-z]+/g)];
  for (const g of genes) {
    const near = words.filter((w) => Math.abs(start + (w.index ?? 0) - g.start) < 60).map((w) => w[0].toLowerCase());
    const hit = near.find((w) => CLAIM_WORDS.has(w) || verbHits(w).length > 0);
    if (hit) return `claim:${g.entityId}~${hit}`;
  }
  return undefined;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const corpora: string[] = [];
  let maxPerDoc = 3;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus' && argv[i + 1]) corpora.push(path.resolve(argv[++i]!));
    else if (argv[i] === '--max-per-doc' && argv[i + 1]) maxPerDoc = Number(argv[++i]);
    else {
      process.stderr.write('Usage: npm run claims-candidates [-- --corpus FILE.PubTator]... [--max-per-doc N]\n');
      return 2;
    }
  }
  if (corpora.length === 0) corpora.push(...defaultCorpora());
  if (corpora.length === 0) {
    process.stderr.write('claims-candidates: no corpus given and ../shared/corpora/ not found\n');
    return 2;
  }
  const service = createNodeEnv().loadService([]);
  let n = 0;
  for (const file of corpora) {
    const corpus = path.basename(file);
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const doc of readPubtator(lines)) {
      const text = pubtatorText(doc);
      const mentions = service.findMentions(text, 'plaintext');
      const diags = service.getDiagnostics(TextDocument.create(`file:///corpus/${doc.pmid}.txt`, 'plaintext', ++n, text))
        .filter((d) => String(d.code ?? '').startsWith('claim-'));
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
      const offsetOf = (p: { line: number; character: number }): number => lineStarts[p.line]! + p.character;
      let kept = 0;
      for (const s of splitSentences(text, 'plaintext')) {
        const reason = why(text, s.start, s.end, mentions);
        if (!reason || kept >= maxPerDoc) continue;
        kept++;
        const found = diags.filter((d) => offsetOf(d.range.start) < s.end && offsetOf(d.range.end) > s.start)
          .map((d) => `${String(d.code)}: ${d.message}`).join(' | ');
        const sentence = text.slice(s.start, s.end).replace(/\s+/g, ' ');
        process.stdout.write(`${corpus}\t${doc.pmid}\t${s.start}\t${s.end}\t${reason}\t${found || '-'}\t${sentence}\n`);
      }
    }
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`claims-candidates: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  },
);
