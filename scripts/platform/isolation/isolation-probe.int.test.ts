// The isolation probe: every query and mutation of the composed API, sent with tenant B's credentials against tenant A's ids.
// Expects nothing of A's back and nothing of A's changed. A root field the probe does not know fails the run.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request as httpRequest } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { loadPlatformEnv } from '../../env';
import { startPlatform, type Platform } from '../start-platform';
import { bearer, createIntruder, createVictim, privateMarkers, startLoopbackIssuer, type Gql, type Intruder, type Victim } from './testing/fixtures';
import { EXEMPT, PROBES } from './testing/probes';
import { loadApiSchema, operationFor, rootFields } from './testing/schema-walk';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = loadApiSchema(resolve(repoRoot, 'apps/gateway/schema.graphql'));
const ns = `iso${randomBytes(3).toString('hex')}`;
const BASE_DOMAIN = 'probe.localhost';

let testDb: TestDatabase;
let platform: Platform;
let system: pg.Client;
let a: Victim;
let b: Intruder;
let idp: Awaited<ReturnType<typeof startLoopbackIssuer>>;

/** node:http rather than fetch, so a probe can send its own Host header (a tenant's subdomain). */
const gql: Gql = (query, variables = {}, headers = {}) =>
  new Promise((resolveRes, reject) => {
    const url = new URL(platform.urls.gateway);
    const body = JSON.stringify({ query, variables });
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        try {
          resolveRes({ status: res.statusCode ?? 0, body: JSON.parse(text) as { data?: any; errors?: any[] } });
        } catch (e) {
          reject(new Error(`not JSON (HTTP ${res.statusCode}): ${text.slice(0, 200)}`, { cause: e }));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });

/** Columns that jobs (DNS checks, the relay, metering) touch on their own; B's requests must not change anything else. */
const VOLATILE = ['updated_at', 'last_checked_at', 'next_check_at', 'check_attempts', 'last_error', 'published_at', 'attempts', 'next_attempt_at', 'last_used_at', 'last_used_ip'];
const INCONCLUSIVE = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'QUOTA_EXCEEDED', 'INTERNAL_SERVER_ERROR', 'INTERNAL', 'UNAVAILABLE']);
const METERED = new Set(['tenant_usage_samples', 'tenant_usage_gauges', 'tenant_isolation']);

/** A's rows in every tenant-owned table (read as the BYPASSRLS worker), plus A's tenant row and its people. */
async function snapshotOfA(): Promise<Record<string, string[]>> {
  const tables = await system.query<{ table_name: string }>(
    `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name`,
  );
  const out: Record<string, string[]> = {};
  for (const { table_name } of tables.rows) {
    if (METERED.has(table_name)) continue;
    const rows = await system.query<{ row: string }>(`SELECT (to_jsonb(t) - $2::text[])::text AS row FROM "${table_name}" t WHERE tenant_id = $1 ORDER BY 1`, [a.tenantId, VOLATILE]);
    out[table_name] = rows.rows.map((r) => r.row);
  }
  const people = await system.query<{ row: string }>(
    `SELECT (to_jsonb(u) - $2::text[])::text AS row FROM users u WHERE id IN (SELECT user_id FROM memberships WHERE tenant_id = $1) ORDER BY 1`, [a.tenantId, VOLATILE]);
  out.users = people.rows.map((r) => r.row);
  out.tenants = (await system.query<{ row: string }>(`SELECT (to_jsonb(t) - $2::text[])::text AS row FROM tenants t WHERE id = $1`, [a.tenantId, VOLATILE])).rows.map((r) => r.row);
  return out;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  const env = loadPlatformEnv({
    DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl,
    REDIS_URL: '', NATS_URL: '', NEXUS_NAMESPACE: ns, CONTEXT_SIGNING_SECRET: 'isolation-probe-secret-0123456789',
    LOG_LEVEL: 'silent', BASE_DOMAIN, DATA_DIR: `/tmp/nexus-${ns}`, GATEWAY_PORT: '0', MARKETPLACE_PORT: '0', TENANCY_PORT: '0', WORKFLOWS_PORT: '0',
  });
  platform = await startPlatform({ env, repoRoot, web: false, seed: false, log: () => {} });
  system = new pg.Client({ connectionString: testDb.workerUrl });
  await system.connect();
  idp = await startLoopbackIssuer();
  a = await createVictim(gql, platform.urls.gateway, idp.issuer);
  b = await createIntruder(gql);
}, 120_000);

afterAll(async () => {
  await system?.end();
  await idp?.close();
  await platform?.stop();
  await testDb?.drop();
});

describe('isolation probe', () => {
  it('knows every root field of the composed schema', () => {
    const unknown = rootFields(schema).map((f) => f.name).filter((n) => !(n in PROBES) && !(n in EXEMPT));
    expect(unknown, 'add a probe (or an exemption with its reason) for these fields').toEqual([]);
  });

  it("finds 0 leaks: B's credentials against A's ids return nothing of A's and change nothing", async () => {
    const markers = Object.entries(privateMarkers(a));
    // B's two credentials, and nobody at all on A's own subdomain (a visitor of A's domain acts for A, anonymously).
    const credentials: [string, Record<string, string>][] = [
      ['bearer', bearer(b.token)], ['api key', { 'x-api-key': b.apiKey }], ["anonymous on A's domain", { host: `${a.slug}.${BASE_DOMAIN}` }],
    ];
    // The anonymous credential really acts for A (else its zero leaks would prove nothing).
    const onDomain = await gql('{ viewer { tenant { slug } user { id } } }', {}, { host: `${a.slug}.${BASE_DOMAIN}` });
    expect(onDomain.body.data.viewer).toEqual({ tenant: { slug: a.slug }, user: null });
    const before = await snapshotOfA();
    const leaks: string[] = [];
    let attempts = 0;
    const roots = rootFields(schema).filter((r) => r.kind !== 'subscription' && r.name in PROBES);
    // Queries first, so a mutation that wrongly succeeded cannot hide a read leak behind changed data.
    roots.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'query' ? -1 : 1));
    for (const root of roots) {
      const probe = PROBES[root.name]!;
      const op = operationFor(root);
      for (const variables of probe.variables(a, b)) {
        const supplied = JSON.stringify(variables) + (probe.supplies?.(a).join('\n') ?? '');
        const shown = JSON.stringify(variables).slice(0, 160);
        for (const [label, headers] of credentials) {
          attempts++;
          const res = await gql(op, variables, headers);
          const text = JSON.stringify(res.body);
          // A refusal for the wrong reason (an invalid probe, a cost limit, a crash) would hide a leak: count it as a failure.
          const inconclusive = res.body.errors?.find((e: any) => INCONCLUSIVE.has(e.extensions?.code));
          if (inconclusive) leaks.push(`${root.name} (${label}): inconclusive, ${inconclusive.extensions.code}: ${inconclusive.message}`);
          for (const [what, value] of markers) {
            if (!supplied.includes(value) && text.includes(value)) leaks.push(`${root.name} ${shown} (${label}) returned ${what}`);
          }
          const extra = probe.check?.(res.body.data, a);
          if (extra) leaks.push(`${root.name} (${label}): ${extra}`);
        }
      }
      if (root.kind === 'mutation') {
        const after = await snapshotOfA();
        for (const table of Object.keys(before)) {
          if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) leaks.push(`${root.name} changed A's ${table}`);
        }
      }
    }
    console.log(`isolation probe: ${roots.length} root fields, ${attempts} requests (B's token, B's key, anonymous on A's domain), ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    expect(attempts).toBeGreaterThan(150);
  }, 300_000);

  it("positive control: the same queries with A's own token do show every private marker", async () => {
    const seen = new Set<string>();
    for (const root of rootFields(schema).filter((r) => r.kind === 'query' && r.name in PROBES)) {
      for (const variables of PROBES[root.name]!.variables(a, b)) {
        const body = (await gql(operationFor(root), variables, bearer(a.token))).body;
        const text = JSON.stringify(body);
        for (const [what, value] of Object.entries(privateMarkers(a))) if (text.includes(value)) seen.add(what);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(privateMarkers(a)).sort());
  }, 120_000);

  it("B's subscription never receives A's activity, while B's own arrives", async () => {
    const client = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${b.token}` } });
    const seen: string[] = [];
    const done = new Promise<void>((resolveDone, reject) => {
      client.subscribe({ query: 'subscription { tenantActivity { type message } }' }, {
        next: (m) => { seen.push(JSON.stringify(m.data)); },
        error: reject,
        complete: resolveDone,
      });
    });
    await new Promise((r) => setTimeout(r, 500));
    await gql(`mutation { createApiKey(input: { name: "a-activity" }) { apiKey { id } } }`, {}, bearer(a.token));
    await gql(`mutation { createApiKey(input: { name: "b-activity" }) { apiKey { id } } }`, {}, bearer(b.token));
    const deadline = Date.now() + 5000;
    while (!seen.some((s) => s.includes('b-activity')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await client.dispose();
    await done.catch(() => {});
    expect(seen.some((s) => s.includes('b-activity'))).toBe(true);
    expect(seen.filter((s) => s.includes('a-activity'))).toEqual([]);
  }, 30_000);

  it("B cannot watch A's run: the subscription is refused and carries nothing of A's", async () => {
    const client = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${b.token}` } });
    const outcome = await new Promise<{ data: string[]; error: string | null }>((done) => {
      const data: string[] = [];
      client.subscribe({ query: 'subscription($r: ID!) { workflowRunEvents(runId: $r) { type seq nodeId snapshot { status nodes { nodeId } } } }', variables: { r: a.runId } }, {
        next: (m) => {
          if (m.errors) done({ data, error: JSON.stringify(m.errors) });
          else data.push(JSON.stringify(m.data));
        },
        error: (e) => done({ data, error: e instanceof Error ? e.message : JSON.stringify(e) }),
        complete: () => done({ data, error: null }),
      });
    });
    await client.dispose();
    expect(outcome.data).toEqual([]);
    expect(outcome.error).toMatch(/not found/i);
    // Positive control: A itself gets the snapshot of its finished run.
    const own = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${a.token}` } });
    const items = await new Promise<string[]>((done, reject) => {
      const got: string[] = [];
      own.subscribe({ query: 'subscription($r: ID!) { workflowRunEvents(runId: $r) { type } }', variables: { r: a.runId } }, {
        next: (m) => { got.push(JSON.stringify(m.data)); },
        error: reject,
        complete: () => done(got),
      });
    });
    await own.dispose();
    expect(items[0]).toContain('SNAPSHOT');
    expect(items.at(-1)).toContain('RUN_FINISHED');
  }, 30_000);

  it("an anonymous visitor of A's domain cannot subscribe to A's activity", async () => {
    let sent: Promise<unknown> | undefined;
    const host = `${a.slug}.${BASE_DOMAIN}`;
    class OnDomain extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { host } });
      }
    }
    const client = createClient({ url: platform.urls.gatewayWs, webSocketImpl: OnDomain, lazy: true, retryAttempts: 0 });
    const outcome = await new Promise<{ data: string[]; error: string | null }>((done) => {
      const data: string[] = [];
      client.subscribe({ query: 'subscription { tenantActivity { type message } }' }, {
        next: (m) => {
          if (m.errors) done({ data, error: JSON.stringify(m.errors) });
          else data.push(JSON.stringify(m.data));
        },
        error: (e) => done({ data, error: e instanceof Error ? e.message : JSON.stringify(e) }),
        complete: () => done({ data, error: null }),
      });
      sent = gql(`mutation { createApiKey(input: { name: "a-activity-2" }) { apiKey { id } } }`, {}, bearer(a.token));
      setTimeout(() => done({ data, error: null }), 5000);
    });
    // Awaited, so the suite never stops the platform under a request still in flight.
    await sent;
    await client.dispose();
    expect(outcome.data).toEqual([]);
    expect(outcome.error).toMatch(/keys:read|FORBIDDEN/);
  }, 30_000);
});
