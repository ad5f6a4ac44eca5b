// Workflows through the assembled platform: GraphQL over the gateway, the live run stream over graphql-ws (with a
// reconnect), webhooks through the gateway, secrets that never come back, and bad input that changes nothing.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { detectNats, detectRedis } from '@nexus/testing/services';
import { loadPlatformEnv } from '../env';
import { startPlatform, type Platform } from './start-platform';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ns = `w${randomBytes(4).toString('hex')}`;
let testDb: TestDatabase;
let platform: Platform;
let bearer: Record<string, string>;
const clients: Client[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const redisUrl = await detectRedis('workflows platform suite runs on the in-process queue and pubsub');
  const natsUrl = await detectNats('workflows platform suite runs on the in-process event bus');
  const env = loadPlatformEnv({
    DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl,
    REDIS_URL: redisUrl ?? '', NATS_URL: natsUrl ?? '', NEXUS_NAMESPACE: ns,
    CONTEXT_SIGNING_SECRET: 'workflows-platform-secret-0123456789', LOG_LEVEL: 'silent', DATA_DIR: `/tmp/nexus-${ns}`,
    GATEWAY_PORT: '0', MARKETPLACE_PORT: '0', TENANCY_PORT: '0', WORKFLOWS_PORT: '0',
  });
  platform = await startPlatform({ env, repoRoot, web: false, seed: false, log: () => {} });
  const email = `wf-${randomBytes(4).toString('hex')}@example.com`;
  const up = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, { i: { email, password: 'platform-pass-1', name: 'Flow Owner' } });
  const org = await gql(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { token } }`, { i: { name: 'Flow Org', slug: `flow-${randomBytes(3).toString('hex')}` } }, { authorization: `Bearer ${up.body.data.signUp.token}` });
  bearer = { authorization: `Bearer ${org.body.data.createTenant.token}` };
}, 180_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await platform?.stop();
  await testDb?.drop();
});

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = bearer) {
  const res = await fetch(platform.urls.gateway, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

const GRAPH = {
  nodes: [
    { id: 'start', type: 'manual', config: {}, position: { x: 0, y: 0 } },
    { id: 'hook', type: 'webhook', config: { method: 'POST', path: '/orders' }, position: { x: 0, y: 120 } },
    { id: 'check', type: 'condition', config: { expression: 'total > 100' }, position: { x: 200, y: 0 } },
    { id: 'vip', type: 'transform', config: { expression: '{"tier": "vip", "total": total}' }, position: { x: 400, y: 0 } },
    { id: 'std', type: 'transform', config: { expression: '{"tier": "standard"}' }, position: { x: 400, y: 120 } },
    { id: 'unwrap', type: 'transform', config: { expression: 'body' }, position: { x: 200, y: 120 } },
    { id: 'either', type: 'merge', config: { mode: 'any' }, position: { x: 300, y: 60 } },
  ],
  edges: [
    { source: 'start', sourcePort: 'out', target: 'either', targetPort: 'in' },
    { source: 'hook', sourcePort: 'out', target: 'unwrap', targetPort: 'in' },
    { source: 'unwrap', sourcePort: 'out', target: 'either', targetPort: 'in' },
    { source: 'either', sourcePort: 'out', target: 'check', targetPort: 'in' },
    { source: 'check', sourcePort: 'true', target: 'vip', targetPort: 'in' },
    { source: 'check', sourcePort: 'false', target: 'std', targetPort: 'in' },
  ],
};

async function createWorkflow(name: string, graph: unknown = GRAPH): Promise<string> {
  const r = await gql(`mutation($i: CreateWorkflowInput!) { createWorkflow(input: $i) { workflow { id } errors { message } } }`, { i: { name, graph } });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.createWorkflow.errors).toEqual([]);
  return r.body.data.createWorkflow.workflow.id;
}

async function waitRun(id: string): Promise<any> {
  for (let i = 0; i < 400; i++) {
    const r = await gql(`query($id: ID!) { workflowRun(id: $id) { id status output trigger error { code message } nodeRuns { nodeId status input output port } } }`, { id });
    const run = r.body.data?.workflowRun;
    if (run && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`run ${id} did not finish`);
}

function wsClient(): Client {
  const client = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: { authorization: bearer.authorization } });
  clients.push(client);
  return client;
}

function subscribe(client: Client, runId: string, after: number, onItem: (item: any) => boolean): Promise<any[]> {
  const items: any[] = [];
  return new Promise((resolveItems, reject) => {
    const dispose = client.subscribe(
      { query: `subscription($r: ID!, $a: Int) { workflowRunEvents(runId: $r, after: $a) { type seq nodeId status attempt error snapshot { status nodes { nodeId status } } } }`, variables: { r: runId, a: after } },
      {
        next: (msg) => {
          if (msg.errors) return reject(new Error(JSON.stringify(msg.errors)));
          const item = (msg.data as any).workflowRunEvents;
          items.push(item);
          if (onItem(item)) {
            dispose();
            resolveItems(items);
          }
        },
        error: reject,
        complete: () => resolveItems(items),
      },
    );
  });
}

describe('workflows through the gateway', () => {
  it('runs a drawn workflow and streams its events over graphql-ws; a reconnect with the last number misses nothing', async () => {
    const id = await createWorkflow('stream');
    const started = await gql(`mutation($w: ID!, $i: JSON) { runWorkflow(workflowId: $w, input: $i) { run { id status } errors { message } } }`, { w: id, i: { total: 250 } });
    expect(started.body.data.runWorkflow.errors).toEqual([]);
    const runId = started.body.data.runWorkflow.run.id as string;
    // First connection: stop after the first node event.
    const first = await subscribe(wsClient(), runId, 0, (item) => item.type !== 'SNAPSHOT' && item.seq >= 2);
    expect(first[0].type).toBe('SNAPSHOT');
    const last = first.at(-1).seq as number;
    const second = await subscribe(wsClient(), runId, last, (item) => item.type === 'RUN_FINISHED');
    expect(second[0].type).toBe('SNAPSHOT');
    const events = [...first.slice(1), ...second.slice(1)];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)).toMatchObject({ type: 'RUN_FINISHED', status: 'SUCCEEDED' });
    expect(events.filter((e) => e.type === 'NODE_SKIPPED').map((e) => e.nodeId).sort()).toEqual(['std', 'unwrap']);
    const run = await waitRun(runId);
    expect(run.output).toEqual({ tier: 'vip', total: 250 });
    expect(run.nodeRuns.find((n: any) => n.nodeId === 'check')).toMatchObject({ port: 'true', input: { total: 250 } });
  });

  it('starts runs from the secret webhook URL through the gateway and refuses a wrong secret without starting anything', async () => {
    const id = await createWorkflow('hooked');
    const saved = await gql(`mutation($w: ID!) { saveWorkflowVersion(workflowId: $w, note: "first") { version { number } compileErrors { message } errors { message } } }`, { w: id });
    expect(saved.body.data.saveWorkflowVersion.version.number).toBe(1);
    const active = await gql(`mutation($w: ID!) { setWorkflowActive(workflowId: $w, active: true) { workflow { active webhookPath } errors { message } } }`, { w: id });
    const path = active.body.data.setWorkflowActive.workflow.webhookPath as string;
    expect(path).toMatch(new RegExp(`^/webhooks/${id}/[A-Za-z0-9_-]{20,}$`));
    const base = platform.urls.gateway.replace(/\/graphql$/, '');
    const runsOf = async () => (await gql(`query($w: ID!) { workflow(id: $w) { runs(first: 50) { nodes { id trigger } } } }`, { w: id })).body.data.workflow.runs.nodes as any[];

    const wrong = await fetch(`${base}/webhooks/${id}/not-the-secret/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"total": 5}' });
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as any).error.message).toMatch(/No active workflow answers at this URL/);
    const badJson = await fetch(`${base}${path}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"total":' });
    expect(badJson.status).toBe(400);
    const tooBig = await fetch(`${base}${path}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(1_200_000) }) });
    expect(tooBig.status).toBe(413);
    expect(await runsOf()).toEqual([]);

    const ok = await fetch(`${base}${path}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"total": 5}' });
    expect(ok.status).toBe(202);
    const { runId } = (await ok.json()) as { runId: string };
    const run = await waitRun(runId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', trigger: 'WEBHOOK', output: { tier: 'standard' } });
    expect(await runsOf()).toHaveLength(1);
  });

  it('keeps secret values to itself and refuses bad graphs, unknown node types and oversize input with clear errors', async () => {
    const set = await gql(`mutation { setTenantSecret(name: "OPENAI_KEY", value: "sk-very-secret-value") { secret { name } errors { message } } }`);
    expect(set.body.data.setTenantSecret).toEqual({ secret: { name: 'OPENAI_KEY' }, errors: [] });
    const listed = await gql(`{ tenantSecrets { name createdAt } }`);
    expect(JSON.stringify(listed.body)).not.toContain('sk-very-secret-value');
    expect(listed.body.data.tenantSecrets.map((s: any) => s.name)).toEqual(['OPENAI_KEY']);

    const id = await createWorkflow('guarded');
    const before = (await gql(`query($w: ID!) { workflow(id: $w) { draft { nodes { id } } draftUpdatedAt } }`, { w: id })).body.data.workflow;
    const invalid = await gql(`mutation($w: ID!, $i: UpdateWorkflowInput!) { updateWorkflow(id: $w, input: $i) { errors { field message } } }`, { w: id, i: { graph: { nodes: [{ id: 'bad id!', type: 'manual', config: {}, position: { x: 0, y: 0 } }], edges: [] } } });
    expect(invalid.body.data.updateWorkflow.errors[0].message).toMatch(/1-64 characters/);
    const after = (await gql(`query($w: ID!) { workflow(id: $w) { draft { nodes { id } } draftUpdatedAt } }`, { w: id })).body.data.workflow;
    expect(after).toEqual(before);

    const compiled = await gql(`query($g: JSON!) { compileWorkflowGraph(graph: $g) { ok errors { nodeId code message } } }`, {
      g: { nodes: [{ id: 'start', type: 'manual', config: {}, position: { x: 0, y: 0 } }, { id: 'x', type: 'teleport', config: {}, position: { x: 1, y: 0 } }], edges: [{ source: 'start', sourcePort: 'out', target: 'x', targetPort: 'in' }] },
    });
    expect(compiled.body.data.compileWorkflowGraph).toMatchObject({ ok: false, errors: [expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE' })] });

    const big = await gql(`mutation($w: ID!, $i: JSON) { runWorkflow(workflowId: $w, input: $i) { run { id } errors { field message } } }`, { w: id, i: { pad: 'x'.repeat(1_100_000) } });
    expect(big.body.data?.runWorkflow ?? big.body).toBeTruthy();
    const message = JSON.stringify(big.body);
    expect(message).toMatch(/limit is 1 MB|too large|larger than/i);
    const runs = (await gql(`query($w: ID!) { workflow(id: $w) { runs { nodes { id } } } }`, { w: id })).body.data.workflow.runs.nodes;
    expect(runs).toEqual([]);
  });
});
