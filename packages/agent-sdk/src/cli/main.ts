// Process entry of the `nexus` CLI (bin/nexus.js loads it through tsx).
import { processIo } from './cli-io';
import { readCliEnv } from './env';
import { runCli } from './run-cli';

const env = readCliEnv();
if (!env.ok) {
  process.stderr.write(`nexus: invalid environment:\n${env.message}\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await runCli(process.argv.slice(2), processIo(env.env));
}
