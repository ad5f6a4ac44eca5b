// `npm run compose` writes the supergraph and API schema; `--check` fails on drift (CI).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const outputs = {
  supergraph: join(repoRoot, 'apps/gateway/supergraph.graphql'),
  api: join(repoRoot, 'apps/gateway/schema.graphql'),
};

const check = process.argv.includes('--check');
let composed;
try {
  composed = composeSupergraph(repoRoot);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const wanted = { supergraph: composed.supergraphSdl, api: composed.apiSchemaSdl };
let drift = false;
for (const key of ['supergraph', 'api'] as const) {
  const path = outputs[key];
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === wanted[key]) continue;
  if (check) {
    console.error(`compose: ${path.slice(repoRoot.length + 1)} is out of date; run \`npm run compose\` and commit it.`);
    drift = true;
  } else {
    writeFileSync(path, wanted[key]);
    console.log(`compose: wrote ${path.slice(repoRoot.length + 1)}`);
  }
}
if (drift) process.exit(1);
if (check) console.log('compose: supergraph is up to date');
