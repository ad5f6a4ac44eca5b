// The assembled platform end to end, through the gateway: on real PostgreSQL/Redis/NATS when present, else embedded.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { detectNats, detectRedis } from '@nexus/testing/services';
import { loadPlatformEnv } from '../env';
import { startPlatform, type Platform } from './start-platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNexus } from '@nexus/agent-sdk/testing/capture-io';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ns = `t${randomBytes(4).toString('hex')}`;
let testDb: TestDatabase;
let platform: Platform;
let natsUrl: string | null;
const clients: Client[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const redisUrl = await detectRedis('platform suite runs on in-process cache/pubsub');
  natsUrl = await detectNats('platform suite runs on the in-process event bus');
  const env = loadPlatformEnv({
    DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl,
    REDIS_URL: redisUrl ?? '', NATS_URL: natsUrl ?? '', NEXUS_NAMESPACE: ns,
    CONTEXT_SIGNING_SECRET: 'platform-test-secret-0123456789', LOG_LEVEL: 'silent', DATA_DIR: `/tmp/nexus-${ns}`,
    // The demo seed makes acme's owner the moderator in this run too.
    PLATFORM_ADMIN_TENANT: 'acme',
    GATEWAY_PORT: '0', MARKETPLACE_PORT: '0', TENANCY_PORT: '0', WORKFLOWS_PORT: '0',
  });
  platform = await startPlatform({ env, repoRoot, web: false, log: () => {} });
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await platform?.stop();
  await testDb?.drop();
  if (natsUrl) {
    const nc = await connect({ servers: natsUrl });
    await (await jetstreamManager(nc)).streams.delete(`${ns.toUpperCase()}_EVENTS`).catch(() => {});
    await nc.close();
  }
});

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(platform.urls.gateway, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: any[] } };
}

async function ownerToken() {
  const email = `owner-${randomBytes(4).toString('hex')}@example.com`;
  const up = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token errors { field } } }`, { i: { email, password: 'platform-pass-1', name: 'Owner' } });
  const slug = `org-${randomBytes(3).toString('hex')}`;
  const org = await gql(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { token tenant { id } } }`, { i: { name: 'Platform Org', slug } }, { authorization: `Bearer ${up.body.data.signUp.token}` });
  return { token: org.body.data.createTenant.token as string, tenantId: org.body.data.createTenant.tenant.id as string, slug };
}

describe('through the gateway', () => {
  it('joins both subgraphs in one query', async () => {
    const r = await gql(`{ agents(first: 3) { totalCount edges { node { name publisher { name slug agents(first: 1) { totalCount } } } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.agents.totalCount).toBeGreaterThanOrEqual(8);
    const first = r.body.data.agents.edges[0].node;
    expect(first.publisher.name).toEqual(expect.any(String));
    expect(first.publisher.agents.totalCount).toBeGreaterThan(0);
  });

  it('authenticates an API key, refuses it the moment it is revoked, and refuses unknown keys', async () => {
    const owner = await ownerToken();
    const bearer = { authorization: `Bearer ${owner.token}` };
    const created = await gql(`mutation { createApiKey(input: { name: "platform", scopes: ["agents:read", "keys:manage"] }) { secret apiKey { id } } }`, {}, bearer);
    const { secret, apiKey } = created.body.data.createApiKey;
    const viaKey = await gql(`{ viewer { tenant { slug } scopes } }`, {}, { 'x-api-key': secret });
    expect(viaKey.body.data.viewer).toEqual({ tenant: { slug: owner.slug }, scopes: ['agents:read', 'keys:manage'] });
    await gql(`mutation($id: ID!) { revokeApiKey(id: $id) { errors { code } } }`, { id: apiKey.id }, bearer);
    const after = await gql(`{ viewer { scopes } }`, {}, { 'x-api-key': secret });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await gql(`{ viewer { scopes } }`, {}, { 'x-api-key': 'nxk_abcdefgh_' + 'x'.repeat(43) });
    expect(unknown.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('streams tenantActivity over graphql-ws to the right tenant only', async () => {
    const a = await ownerToken();
    const b = await ownerToken();
    const client = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${a.token}` }, retryAttempts: 0 });
    clients.push(client);
    const seen: { type: string; message: string }[] = [];
    const done = new Promise<void>((resolveDone, reject) => {
      client.subscribe<{ tenantActivity: { type: string; message: string } }>({ query: 'subscription { tenantActivity { type message } }' }, {
        next: (m) => {
          if (m.errors) reject(new Error(JSON.stringify(m.errors)));
          seen.push(m.data!.tenantActivity);
          if (m.data!.tenantActivity.type === 'API_KEY_CREATED') resolveDone();
        },
        error: reject,
        complete: () => {},
      });
    });
    // Give the subscription a moment to reach the subgraph before the event is produced.
    await new Promise((r) => setTimeout(r, 500));
    await gql(`mutation { createApiKey(input: { name: "other tenant key" }) { errors { code } } }`, {}, { authorization: `Bearer ${b.token}` });
    await gql(`mutation { createApiKey(input: { name: "streamed key" }) { errors { code } } }`, {}, { authorization: `Bearer ${a.token}` });
    await done;
    expect(seen.find((e) => e.type === 'API_KEY_CREATED')!.message).toContain('"streamed key"');
    expect(seen.map((e) => e.message).join()).not.toContain('other tenant key');
  });

  it('rejects over-limit queries before execution and bad sign-ups per field', async () => {
    const deep = `{ agents { edges { node { publisher { agents { edges { node { publisher { agents { edges { node { publisher { name } } } } } } } } } } } } }`;
    const r = await gql(deep);
    expect(r.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const bad = await gql(`mutation { signUp(input: { email: "nope", password: "short", name: "" }) { token errors { field } } }`);
    expect(bad.body.data.signUp.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name', 'password']);
  });

  it('has subgraphs that refuse a forged context header', async () => {
    const forged = signContext({ ...anonymousContext(), tenantId: '00000000-0000-4000-8000-000000000000' }, 'attacker-secret-0123456789');
    const res = await fetch(platform.urls.tenancy, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: forged }, body: JSON.stringify({ query: '{ apiKeys { totalCount } }' }) });
    expect(res.status).toBe(401);
    const viaGateway = await gql('{ apiKeys { totalCount } }', {}, { [CONTEXT_HEADER]: forged });
    expect(viaGateway.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('publishes an agent scaffolded by the nexus CLI; after approval it is searchable and runs', async () => {
    const owner = await ownerToken();
    const bearer = { authorization: `Bearer ${owner.token}` };
    const key = (await gql(`mutation { createApiKey(input: { name: "cli", scopes: ["agents:read", "agents:write"] }) { secret } }`, {}, bearer)).body.data.createApiKey.secret;
    const dir = mkdtempSync(join(tmpdir(), 'nexus-cli-'));
    try {
      const name = `@${owner.slug}/word-stats`;
      expect((await runNexus(['init', join(dir, 'agent'), '--name', name], { cwd: dir })).code).toBe(0);
      const published = await runNexus(['publish', join(dir, 'agent'), '--registry', platform.urls.gateway, '--api-key', key], { cwd: dir });
      expect(published.code, `${published.stderr}\n${published.stdout}`).toBe(0);
      expect(published.progress.join('\n')).toContain('100%');
      expect(published.stdout).toMatch(/PENDING_REVIEW/);

      const admin = await gql(`mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: 'demo@nexus.dev', password: 'demo-password-123' } });
      const adminAuth = { authorization: `Bearer ${admin.body.data.signIn.token}` };
      const queue = await gql(`{ reviewQueue { edges { node { id agent { name } } } } }`, {}, adminAuth);
      expect(queue.body.errors).toBeUndefined();
      const pending = queue.body.data.reviewQueue.edges.find((e: any) => e.node.agent.name === name);
      const approved = await gql(`mutation($i: ReviewAgentVersionInput!) { reviewAgentVersion(input: $i) { version { status } errors { message } } }`, { i: { versionId: pending.node.id, decision: 'APPROVE' } }, adminAuth);
      expect(approved.body.data.reviewAgentVersion.version.status).toBe('PUBLISHED');

      const found = await gql(`{ searchAgents(input: { text: "word stats" }) { agents { edges { node { name } } } } }`);
      expect(found.body.data.searchAgents.agents.edges.map((e: any) => e.node.name)).toContain(name);
      const run = await gql(`mutation($n: String!) { invokeAgent(name: $n, inputJson: "{\\"text\\":\\"one two two\\"}") { outputJson errors { message } } }`, { n: name });
      expect(run.body.data.invokeAgent.errors).toEqual([]);
      expect(JSON.parse(run.body.data.invokeAgent.outputJson)).toMatchObject({ words: 3 });

      // The same agent as a workflow node: the workflows worker runs it through the marketplace's signed internal endpoint.
      const graph = {
        nodes: [
          { id: 'start', type: 'manual', config: {}, position: { x: 0, y: 0 } },
          { id: 'stats', type: 'agent', config: { agentId: name }, position: { x: 200, y: 0 } },
        ],
        edges: [{ source: 'start', sourcePort: 'out', target: 'stats', targetPort: 'in' }],
      };
      const wf = await gql(`mutation($i: CreateWorkflowInput!) { createWorkflow(input: $i) { workflow { id } errors { message } } }`, { i: { name: 'word stats flow', graph } }, bearer);
      const started = await gql(`mutation($w: ID!, $i: JSON) { runWorkflow(workflowId: $w, input: $i) { run { id } errors { message } } }`, { w: wf.body.data.createWorkflow.workflow.id, i: { text: 'one two two' } }, bearer);
      expect(started.body.data.runWorkflow.errors).toEqual([]);
      let flowRun: any;
      for (let i = 0; i < 200 && !['SUCCEEDED', 'FAILED'].includes(flowRun?.status); i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 50));
        flowRun = (await gql(`query($id: ID!) { workflowRun(id: $id) { status output error { code message } } }`, { id: started.body.data.runWorkflow.run.id }, bearer)).body.data.workflowRun;
      }
      expect(flowRun).toMatchObject({ status: 'SUCCEEDED', output: { words: 3 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
