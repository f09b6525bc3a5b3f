// `npm run fuzz`: a seeded, bounded fuzz run of the language service, the server and the CLI's check (scripts/fuzz/).
// Usage: npm run fuzz [-- --seed N] [--cases N] [--suites documents,edits,profiles,protocol,frames,growth]
//                     [--only N] [--hang-ms MS] [--growth-size CHARS] [--json]
// Prints the seed first; exits 1 when a case crashed, hung, diverged from a fresh analysis or grew super-linearly.
import * as path from 'path';
import { formatReport, runFuzz } from './fuzz/run';
import { startCounting } from './fuzz/workCounter';

const USAGE = `Usage: npm run fuzz [-- --seed N] [--cases N] [--suites LIST] [--only N] [--hang-ms MS] [--growth-size CHARS] [--json]

  --seed N          the seed (default: a random one, printed first)
  --cases N         how many cases (default 10000), drawn from documents, edits, profiles, protocol and frames
  --suites LIST     only these suites (comma-separated; growth = each document family at 1x and 8x)
  --only N          only case N (with the seed and --cases of the run that reported it)
  --hang-ms MS      a case slower than this is a hang (default 1000)
  --growth-size N   characters of a growth check's 1x document (default 16000)
  --json            the report as JSON
`;

async function main(argv: string[]): Promise<number> {
  const o = { seed: Math.floor(Math.random() * 2 ** 31), cases: 10_000, hangMs: 1000, growthSize: 16_000, json: false, only: undefined as number | undefined, suites: undefined as string[] | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number\n${USAGE}`);
      return v;
    };
    if (a === '--seed') o.seed = num();
    else if (a === '--cases') o.cases = num();
    else if (a === '--only') o.only = num();
    else if (a === '--hang-ms') o.hangMs = num();
    else if (a === '--growth-size') o.growthSize = num();
    else if (a === '--suites') o.suites = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  process.stdout.write(`genelens fuzz: seed ${o.seed}, ${o.cases} cases\n`);
  // Work counts for the growth checks (precise coverage); on from the start, it costs some speed.
  if (!o.suites || o.suites.includes('growth')) startCounting();
  const report = await runFuzz({
    ...o,
    serverJs: path.resolve(__dirname, '..', 'dist', 'server.js'),
    growthTimeSlack: 4,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, true)}\n`);
  return report.failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
