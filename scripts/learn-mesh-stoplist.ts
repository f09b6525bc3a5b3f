// `npm run learn-stoplist`: writes data/lexicon/mesh-stoplist.tsv, the texts that name an entry of the chemical and
// disease tables but that annotators mostly do not take for one ("protein", "brain", "drugs", "disease"): each
// recognized without the stop list over the training corpora (BC5CDR_TrainDev, BioRED_TrainDev in ../shared/corpora or
// $GENELENS_CORPORA), kept when it is one short token, was recognized at least MIN_SEEN times and was an annotated
// mention of the same group (chemical, disease) at most MAX_RIGHT of those times. The file holds the token and its two
// counts only: no corpus text. Usage: npm run learn-stoplist [-- --corpus FILE]... [--out FILE]
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { createLanguageService, loadMeshTable } from '../server/src/core';
import { readProfileDocuments, shippedDataDir } from '../server/src/profileFiles';
import { readGeneTable } from '../server/src/geneTableFile';
import { MESH_TABLE_PATHS } from '../server/src/meshTableFile';
import { pubtatorText, readPubtator } from '../server/src/cli/pubtator';
import { GROUPS } from './evalScore';

const MIN_SEEN = 5;
const MAX_RIGHT = 0.3;
const MAX_LENGTH = 20;
const TRAINING = ['BC5CDR_TrainDev.PubTator', 'BioRED_TrainDev.PubTator'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpora: string[] = [];
  const dataDir = shippedDataDir();
  let out = path.join(dataDir, 'lexicon', 'mesh-stoplist.tsv');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--corpus') corpora.push(path.resolve(args[++i] ?? ''));
    else if (args[i] === '--out') out = path.resolve(args[++i] ?? '');
    else throw new Error(`unknown argument ${args[i]}`);
  }
  const dir = process.env.GENELENS_CORPORA ?? path.resolve(__dirname, '..', '..', 'shared', 'corpora');
  if (corpora.length === 0) corpora.push(...TRAINING.map((f) => path.join(dir, f)));
  const tables = MESH_TABLE_PATHS.filter((p) => !p.endsWith('stoplist.tsv')).map((rel) => {
    const file = path.join(dataDir, rel);
    return { uri: file, text: fs.readFileSync(file, 'utf8') };
  });
  const { docs } = readProfileDocuments([path.join(dataDir, 'profiles')]);
  const service = createLanguageService({ profiles: docs, genes: readGeneTable(dataDir), mesh: loadMeshTable(tables) });
  const seen = new Map<string, { seen: number; right: number }>();
  for (const file of corpora) {
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const doc of readPubtator(lines, () => undefined)) {
      const gold = new Map<string, string>();
      for (const a of doc.annotations) {
        const group = GROUPS.find((g) => g.gold.includes(a.type));
        if (group) gold.set(`${a.start}:${a.end}`, group.name);
      }
      for (const m of service.findMentions(pubtatorText(doc), 'plaintext')) {
        if (!/^(?:MESH|CHEBI|DOID):/.test(m.entityId)) continue;
        const key = m.text.toLowerCase();
        if (key.length > MAX_LENGTH || /\s/.test(key)) continue;
        const c = seen.get(key) ?? { seen: 0, right: 0 };
        c.seen++;
        if (gold.get(`${m.start}:${m.end}`) === (m.kind === 'disease' ? 'disease' : 'chemical')) c.right++;
        seen.set(key, c);
      }
    }
  }
  const stop = [...seen].filter(([, c]) => c.seen >= MIN_SEEN && c.right <= MAX_RIGHT * c.seen).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const header = [
    '#format\tgenelens-mesh-stoplist 1',
    '#kind\tstop',
    `#source\tlearned by scripts/learn-mesh-stoplist.ts from ${corpora.map((f) => path.basename(f)).join(', ')}: one-token texts of the tables recognized at least ${MIN_SEEN} times and annotated as that group at most ${MAX_RIGHT * 100}% of them`,
    '#columns\ttext\trecognized\tannotated',
  ];
  fs.writeFileSync(out, `${header.join('\n')}\n${stop.map(([t, c]) => `${t}\t${c.seen}\t${c.right}`).join('\n')}\n`);
  process.stdout.write(`${out}: ${stop.length} texts\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
