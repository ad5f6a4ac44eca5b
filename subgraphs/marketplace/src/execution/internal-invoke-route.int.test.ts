// The internal invoke endpoint over real HTTP: signed calls run published agents, anything else is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { base64, buildPackage } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';
import { INTERNAL_INVOKE_PATH } from './internal-invoke-route';

// The secret startMarketplaceHarness configures the subgraph with.
const SECRET = 'marketplace-test-secret-0123';
const PUBLISH = `mutation($t: String!) { publishAgentVersion(input: { tarball: $t }) { version { status } errors { code message } } }`;

let h: MarketplaceHarness;
let url: string;
let tenantId: string;
beforeAll(async () => {
  h = await startMarketplaceHarness();
  const owner = await h.publisher('invokeco', { autoApprove: true });
  tenantId = owner.tenantId;
  for (const a of [
    { name: '@invokeco/greeter' },
    // Passes its benchmark (publishing needs that) but throws for the caller below.
    { name: '@invokeco/picky', code: `export async function handle(input) { if (input.name === 'Cy') throw new Error('cannot greet ' + input.name); return { greeting: 'hello ' + input.name }; }\n` },
  ]) {
    const out = await h.exec(PUBLISH, { t: base64(buildPackage(a)) }, owner.req);
    expect(out.data!.publishAgentVersion.version?.status, JSON.stringify(out)).toBe('PUBLISHED');
  }
  const { port } = await h.server.listen(0);
  url = `http://127.0.0.1:${port}${INTERNAL_INVOKE_PATH}`;
}, 60_000);
afterAll(async () => { await h?.close(); });

/** The context a workflow run signs: its tenant, no user, `agents:read` only. */
const runCtx = (): RequestContext => ({
  requestId: randomUUID(), tenantId, userId: null, roles: [], scopes: [], apiKeyId: null, permissions: ['agents:read'], limits: {}, ip: null,
});

async function call(body: unknown, header: string | null = signContext(runCtx(), SECRET)) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header ? { [CONTEXT_HEADER]: header } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('POST /internal/agents/invoke', () => {
  it('runs a published agent for a validly signed call', async () => {
    expect(await call({ name: '@invokeco/greeter', input: { name: 'Ada' } })).toEqual({ status: 200, body: { output: { greeting: 'hello Ada' } } });
    expect(await call({ name: '@invokeco/greeter', version: '^1.0.0', input: { name: 'Bo' } })).toEqual({ status: 200, body: { output: { greeting: 'hello Bo' } } });
  });

  it('refuses a call signed with another secret, or not signed at all, without running anything', async () => {
    const counts = () => h.workerDb.client.agent.findMany({ select: { name: true, invocations: true }, orderBy: { name: 'asc' } });
    const before = await counts();
    expect((await call({ name: '@invokeco/greeter', input: {} }, signContext(runCtx(), 'some-other-secret-4567'))).status).toBe(401);
    expect((await call({ name: '@invokeco/greeter', input: {} }, null)).status).toBe(401);
    expect(await counts()).toEqual(before);
    // The same call signed correctly is counted, so the comparison above can see a run.
    await call({ name: '@invokeco/greeter', input: {} });
    expect((await counts()).find((a) => a.name === '@invokeco/greeter')!.invocations).toBe(before.find((a) => a.name === '@invokeco/greeter')!.invocations + 1);
  });

  it('answers NOT_FOUND for an unknown agent or version, and AGENT_FAILED with the message when the agent throws', async () => {
    expect(await call({ name: '@invokeco/nobody', input: {} })).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await call({ name: '@invokeco/greeter', version: '^9.0.0', input: {} })).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    const failed = await call({ name: '@invokeco/picky', input: { name: 'Cy' } });
    expect(failed).toMatchObject({ status: 422, body: { error: { code: 'AGENT_FAILED', message: expect.stringContaining('cannot greet Cy') } } });
  });

  it('answers BAD_USER_INPUT for a body without a name, or over 1 MB', async () => {
    expect(await call({ input: {} })).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
    expect(await call({ name: '@invokeco/greeter', input: { blob: 'x'.repeat(1_100_000) } })).toMatchObject({ status: 413, body: { error: { code: 'BAD_USER_INPUT' } } });
  });
});
