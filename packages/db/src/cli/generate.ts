// `npm run db:generate`: `prisma generate` offline, with a stub for the schema engine the CLI insists on.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../env';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const stub = resolve(root, 'packages/db/bin/schema-engine-stub');
chmodSync(stub, 0o755);

const result = spawnSync('npx', ['prisma', 'generate'], {
  cwd: root,
  stdio: 'inherit',
  // The CLI only asks this binary for its version before generating; the client needs no engine.
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1' }),
});
process.exitCode = result.status ?? 1;
