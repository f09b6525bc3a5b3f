// Entry point of the `genelens` command (bundled to dist/cli.js). All logic lives in cli/.
import { createNodeEnv } from './cli/env';
import { runCli } from './cli/main';

runCli(process.argv.slice(2), createNodeEnv()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`genelens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
