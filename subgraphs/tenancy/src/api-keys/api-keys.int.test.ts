// API keys under the permission guard: who may create what, who a key answers to, and last-use stamping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousContext } from '@nexus/kernel/context';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { addMember, auditRows, contextFor, newOrg } from '../members/testing/fixtures';

let h: TenancyHarness;
beforeAll(async () => { h = await startTenancyHarness(); });
afterAll(async () => { await h?.close(); });

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes createdBy { email } } errors { code message field } } }`;
const KEYS = `{ apiKeys { totalCount edges { node { id lastUsedAt lastUsedIp createdBy { email } } } } }`;

describe('createApiKey', () => {
  it('lets an owner ask for every permission (platform ones only count in the platform organisation)', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const all = (await h.exec(CREATE_KEY, { input: { name: 'all', scopes: PERMISSIONS } }, ownerCtx)).data!.createApiKey;
    expect(all.errors).toEqual([]);
    // A key without agents:review cannot mint one that has it.
    const asKey = contextFor(h, { userId: null, tenantId: org.id, role: 'OWNER', apiKeyId: all.apiKey.id, scopes: ['keys:manage', 'agents:read'] });
    expect((await h.exec(CREATE_KEY, { input: { name: 'review', scopes: ['agents:review'] } }, asKey)).data!.createApiKey.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'scopes' })]);
    const member = await addMember(h, org, 'ADMIN');
    expect((await h.exec(CREATE_KEY, { input: { name: 'admin-all', scopes: PERMISSIONS } }, member.ctx)).data!.createApiKey.errors).toEqual([]);
  });

  it('accepts permission names and legacy scopes, rejects anything else per item', async () => {
    const { ownerCtx } = await newOrg(h);
    const ok = (await h.exec(CREATE_KEY, { input: { name: 'deploy', scopes: ['agents:write', 'workflows:run', 'audit:read'] } }, ownerCtx)).data!.createApiKey;
    expect(ok.errors).toEqual([]);
    expect(ok.apiKey.scopes).toEqual(['agents:write', 'workflows:run', 'audit:read']);
    const bad = (await h.exec(CREATE_KEY, { input: { name: 'x', scopes: ['agents:read', 'everything'] } }, ownerCtx)).data!.createApiKey;
    expect(bad.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'scopes.1', message: expect.stringMatching(/unknown scope "everything"/) })]);
  });

  it("refuses scopes beyond the creator's role, on the scopes field, and stores nothing", async () => {
    const { org, ownerCtx } = await newOrg(h);
    await h.exec(`mutation { createRole(input: { name: "key-maker", permissions: ["keys:manage", "keys:read", "agents:read"] }) { errors { code } } }`, {}, ownerCtx);
    const maker = await addMember(h, org, 'key-maker');
    const r = (await h.exec(CREATE_KEY, { input: { name: 'too much', scopes: ['agents:read', 'agents:write'] } }, maker.ctx)).data!.createApiKey;
    expect(r).toMatchObject({ secret: null, errors: [{ code: 'FORBIDDEN', field: 'scopes', message: expect.stringMatching(/agents:write/) }] });
    expect((await h.exec(`{ apiKeys { totalCount } }`, {}, ownerCtx)).data!.apiKeys.totalCount).toBe(0);
    expect((await h.exec(CREATE_KEY, { input: { name: 'fine', scopes: ['agents:read'] } }, maker.ctx)).data!.createApiKey.errors).toEqual([]);
    const member = await addMember(h, org, 'MEMBER');
    expect((await h.exec(CREATE_KEY, { input: { name: 'm' } }, member.ctx)).errors?.[0]?.message).toMatch(/keys:manage/);
    expect((await h.exec(`{ apiKeys { totalCount } }`, {}, member.ctx)).errors?.[0]?.message).toMatch(/keys:read/);
  });

  it('a key created by a key answers to the first key’s creator, and cannot exceed the first key', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const parent = (await h.exec(CREATE_KEY, { input: { name: 'parent', scopes: ['keys:manage', 'agents:read'] } }, ownerCtx)).data!.createApiKey.apiKey;
    const asKey = contextFor(h, { userId: null, tenantId: org.id, role: 'OWNER', apiKeyId: parent.id, scopes: parent.scopes });
    const wider = (await h.exec(CREATE_KEY, { input: { name: 'child', scopes: ['agents:write'] } }, asKey)).data!.createApiKey;
    expect(wider.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'scopes' })]);
    const child = (await h.exec(CREATE_KEY, { input: { name: 'child', scopes: ['agents:read'] } }, asKey)).data!.createApiKey;
    expect(child.apiKey.createdBy).toEqual({ email: owner.email });
    const audit = (await auditRows(h, org.id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'api_key.created', actorApiKeyId: parent.id, actorUserId: null, actorLabel: `api key ${parent.prefix} (parent)`, after: { name: 'child', scopes: ['agents:read'] } });
  });

  it('audits revocation with before and after', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const key = (await h.exec(CREATE_KEY, { input: { name: 'old' } }, ownerCtx)).data!.createApiKey.apiKey;
    await h.exec(`mutation($id: ID!) { revokeApiKey(id: $id) { errors { code } } }`, { id: key.id }, ownerCtx);
    const audit = (await auditRows(h, org.id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'api_key.revoked', targetId: key.id, before: { revokedAt: null }, after: { name: 'old' } });
    expect((audit.after as { revokedAt: string }).revokedAt).toEqual(expect.any(String));
  });
});

describe('POST /internal/api-keys/verify', () => {
  it('stamps the last use and the client IP the gateway reports', async () => {
    const { owner, ownerCtx } = await newOrg(h);
    const { secret, apiKey } = (await h.exec(CREATE_KEY, { input: { name: 'stamped' } }, ownerCtx)).data!.createApiKey;
    const { url } = await h.server.listen(0);
    const verify = async (body: object) => {
      const res = await fetch(url.replace(/\/graphql$/, '/internal/api-keys/verify'), {
        method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(anonymousContext(), CONTEXT_SECRET) }, body: JSON.stringify(body),
      });
      return res.json();
    };
    expect(await verify({ key: secret, ip: '198.51.100.23' })).toMatchObject({ ok: true, apiKeyId: apiKey.id });
    const first = (await h.exec(KEYS, {}, ownerCtx)).data!.apiKeys.edges[0].node;
    expect(first).toMatchObject({ lastUsedIp: '198.51.100.23', createdBy: { email: owner.email } });
    expect(first.lastUsedAt).not.toBeNull();
    // A new address is recorded at once, even within the minute.
    await verify({ key: secret, ip: '2001:db8::7' });
    expect((await h.exec(KEYS, {}, ownerCtx)).data!.apiKeys.edges[0].node.lastUsedIp).toBe('2001:db8::7');
  });
});
