// Gateway overhead: the same queries through the Hive gateway and straight to the subgraph (autocannon, loopback).
import autocannon from 'autocannon';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { createTestDatabase } from '@nexus/testing/database';
import { loadPlatformEnv } from '../scripts/env';
import { startPlatform } from '../scripts/platform/start-platform';
import { report } from './report';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A fresh database on the local PostgreSQL when there is one (as in production), else embedded PGlite.
const testDb = await createTestDatabase();
const env = loadPlatformEnv({ DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl });
env.db.DATA_DIR = resolve(repoRoot, '.data/bench');
env.CONTEXT_SIGNING_SECRET ??= 'bench-context-secret-0123456789';
Object.assign(env, { GATEWAY_PORT: 0, MARKETPLACE_PORT: 0, TENANCY_PORT: 0, LOG_LEVEL: 'warn' });
env.db.EMBEDDED_DB_PORT = 0;

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DURATION = arg('seconds', 10);
// PGlite serves one session at a time, so the embedded run uses fewer connections.
const CONNECTIONS = arg('connections', testDb.kind === 'postgres' ? 10 : 2);
const platform = await startPlatform({ env, repoRoot, web: false, log: () => {}, rateLimits: { perKey: [1e9, 1e9], perTenant: [1e9, 1e9], anonymous: [1e9, 1e9] } });

const SINGLE = '{ agents(first: 10) { edges { node { id name downloads } } } }';
const JOINED = '{ agents(first: 10) { edges { node { id name downloads publisher { name slug } } } } }';

async function run(label: string, url: string, query: string, headers: Record<string, string> = {}) {
  // The subgraph checks the signed header's age; one signed now stays valid for the run.
  const body = JSON.stringify({ query });
  const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await probe.json()) as { errors?: unknown[] };
  if (!probe.ok || json.errors) throw new Error(`${label}: probe failed: ${probe.status} ${JSON.stringify(json)}`);
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections: CONNECTIONS, duration: DURATION });
  if (r.non2xx || r.errors) throw new Error(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { path: label, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p90 ms': r.latency.p90, 'p99 ms': r.latency.p99, requests: r.requests.total };
}

try {
  const signed = { [CONTEXT_HEADER]: signContext(anonymousContext('bench'), env.CONTEXT_SIGNING_SECRET!) };
  const rows = [
    // No database: what HTTP + GraphQL + the gateway hop cost on their own.
    await run('subgraph direct, no db ({ __typename })', platform.urls.marketplace, '{ __typename }', signed),
    await run('gateway, no db ({ __typename })', platform.urls.gateway, '{ __typename }'),
    await run('subgraph direct (marketplace)', platform.urls.marketplace, SINGLE, signed),
    await run('gateway → marketplace', platform.urls.gateway, SINGLE),
    await run('gateway → marketplace + tenancy (join)', platform.urls.gateway, JOINED),
  ];
  report('gateway', rows, { durationSeconds: DURATION, connections: CONNECTIONS, database: testDb.kind });
} finally {
  await platform.stop();
  await testDb.drop();
}
