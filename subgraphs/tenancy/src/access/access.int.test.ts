// The gateway's access step over HTTP: POST /internal/access answers with current roles, permissions and limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { planById } from '../quotas/plans';
import { addMember, newOrg, signUp } from '../members/testing/fixtures';

const PLATFORM_SLUG = `platform-${randomBytes(3).toString('hex')}`;
let h: TenancyHarness;
let base: string;
beforeAll(async () => {
  h = await startTenancyHarness({ config: { platformAdminTenant: PLATFORM_SLUG } });
  base = (await h.server.listen(0)).url.replace(/\/graphql$/, '');
});
afterAll(async () => { await h?.close(); });

type Body = { tenantId: string; userId?: string | null; apiKeyId?: string | null; scopes?: string[] };
async function access(body: Body, signed = true) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signed) headers[CONTEXT_HEADER] = signContext(anonymousContext(), CONTEXT_SECRET);
  const res = await fetch(`${base}/internal/access`, { method: 'POST', headers, body: JSON.stringify({ userId: null, apiKeyId: null, scopes: [], ...body }) });
  return { status: res.status, body: await res.json() };
}

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id scopes } errors { code message field } } }`;

describe('POST /internal/access', () => {
  it('refuses unsigned calls', async () => {
    const { org, owner } = await newOrg(h);
    expect(await access({ tenantId: org.id, userId: owner.id }, false)).toEqual({ status: 401, body: { ok: false, reason: 'Unsigned internal call.' } });
  });

  it("answers a member's current role, permissions and plan limits", async () => {
    const { org, owner } = await newOrg(h);
    const r = await access({ tenantId: org.id, userId: owner.id });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, roles: ['OWNER'], planId: 'free', limits: planById('free').limits });
    expect(r.body.permissions).toContain('members:manage');
    expect(r.body.permissions).not.toContain('agents:review');
    const viewer = await addMember(h, org, 'VIEWER');
    expect((await access({ tenantId: org.id, userId: viewer.user.id })).body).toMatchObject({ roles: ['VIEWER'], permissions: ['agents:read', 'members:read', 'training:read', 'workflows:read'] });
  });

  it('knows custom roles', async () => {
    const { org, ownerCtx } = await newOrg(h);
    await h.exec(`mutation { createRole(input: { name: "support", permissions: ["members:read", "audit:read"] }) { errors { code } } }`, {}, ownerCtx);
    const s = await addMember(h, org, 'support');
    expect((await access({ tenantId: org.id, userId: s.user.id })).body).toMatchObject({ ok: true, roles: ['support'], permissions: ['audit:read', 'members:read'] });
  });

  it('says no to strangers, removed members, unknown organisations and malformed requests', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const stranger = await signUp(h);
    expect((await access({ tenantId: org.id, userId: stranger.id })).body).toEqual({ ok: false, reason: 'You are not a member of this organisation.' });
    const m = await addMember(h, org, 'MEMBER');
    expect((await access({ tenantId: org.id, userId: m.user.id })).body.ok).toBe(true);
    await h.exec(`mutation($u: ID!) { removeMember(userId: $u) { errors { code } } }`, { u: m.user.id }, ownerCtx);
    expect((await access({ tenantId: org.id, userId: m.user.id })).body).toMatchObject({ ok: false, reason: expect.stringMatching(/not a member/) });
    expect((await access({ tenantId: '00000000-0000-4000-8000-000000000000', userId: m.user.id })).body).toMatchObject({ ok: false });
    expect((await access({ tenantId: 'not-a-uuid', userId: m.user.id })).body).toEqual({ ok: false, reason: 'Malformed access request.' });
  });

  it('gives a visitor without credentials no roles, only the limits', async () => {
    const { org } = await newOrg(h);
    expect((await access({ tenantId: org.id })).body).toEqual({ ok: true, roles: [], permissions: [], limits: planById('free').limits, planId: 'free' });
  });

  it('grants agents:review only inside the platform organisation', async () => {
    const owner = await signUp(h);
    const r = await h.exec(`mutation($s: String!) { createTenant(input: { name: "Platform", slug: $s }) { tenant { id } } }`, { s: PLATFORM_SLUG }, h.as({ userId: owner.id }));
    const platformId = r.data!.createTenant.tenant.id;
    expect((await access({ tenantId: platformId, userId: owner.id })).body.permissions).toContain('agents:review');
    const other = await newOrg(h);
    expect((await access({ tenantId: other.org.id, userId: other.owner.id })).body.permissions).not.toContain('agents:review');
  });
});

describe('API keys through the access step', () => {
  it("act with their creator's current role narrowed by their scopes, and stop when the creator leaves", async () => {
    const { org, ownerCtx } = await newOrg(h);
    const admin = await addMember(h, org, 'ADMIN');
    const created = (await h.exec(CREATE_KEY, { input: { name: 'ci', scopes: ['agents:read', 'agents:write', 'keys:manage'] } }, admin.ctx)).data!.createApiKey;
    expect(created.errors).toEqual([]);
    const body = { tenantId: org.id, apiKeyId: created.apiKey.id, scopes: created.apiKey.scopes };
    expect((await access(body)).body).toMatchObject({ ok: true, roles: ['ADMIN'], permissions: ['agents:deprecate', 'agents:publish', 'agents:read', 'keys:manage', 'keys:read'] });
    // The gateway can only narrow a key further, never widen it.
    expect((await access({ ...body, scopes: ['agents:read', 'members:manage'] })).body.permissions).toEqual(['agents:read']);

    await h.exec(`mutation($u: ID!) { changeMemberRole(userId: $u, role: "VIEWER") { errors { code } } }`, { u: admin.user.id }, ownerCtx);
    expect((await access(body)).body).toMatchObject({ ok: true, roles: ['VIEWER'], permissions: ['agents:read'] });
    await h.exec(`mutation($u: ID!) { removeMember(userId: $u) { errors { code } } }`, { u: admin.user.id }, ownerCtx);
    expect((await access(body)).body).toEqual({ ok: false, reason: "The API key's creator is no longer a member of this organisation." });
  });

  it('refuses keys of another organisation and revoked keys', async () => {
    const a = await newOrg(h);
    const b = await newOrg(h);
    const key = (await h.exec(CREATE_KEY, { input: { name: 'b' } }, b.ownerCtx)).data!.createApiKey.apiKey;
    expect((await access({ tenantId: a.org.id, apiKeyId: key.id, scopes: key.scopes })).body).toMatchObject({ ok: false, reason: expect.stringMatching(/does not belong/) });
    await h.exec(`mutation($id: ID!) { revokeApiKey(id: $id) { errors { code } } }`, { id: key.id }, b.ownerCtx);
    expect((await access({ tenantId: b.org.id, apiKeyId: key.id, scopes: key.scopes })).body).toEqual({ ok: false, reason: 'API key has been revoked.' });
  });
});
