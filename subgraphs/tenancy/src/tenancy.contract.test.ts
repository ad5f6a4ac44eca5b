// Contract test of the tenancy subgraph, in process: federation fields, every root field, and the signed-header gate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, subscribe } from 'graphql';
import { signContext, CONTEXT_HEADER } from '@nexus/kernel/signed-context';
import { anonymousContext } from '@nexus/kernel/context';
import { API_KEY_REVOKED_TOPIC } from './api-keys/api-key-service';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from './testing/harness';
import { makeTenancyContext } from './server';
import { contextFor } from './members/testing/fixtures';

let h: TenancyHarness;
beforeAll(async () => { h = await startTenancyHarness(); });
afterAll(async () => { await h?.close(); });

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name } errors { code message field } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token tenant { slug } errors { code field } } }`;
const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { token tenant { id slug name } errors { code message field } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes revokedAt } errors { code message field } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } errors { code message field } } }`;

let counter = 0;
async function signUpUser() {
  const email = `Person${++counter}.${Date.now()}@Example.com`;
  const r = await h.exec(SIGN_UP, { input: { email, password: 'long-enough-pw', name: 'Pat Example' } });
  return { email, ...r.data!.signUp };
}

async function ownerOfNewTenant() {
  const u = await signUpUser();
  const slug = `org-${counter}-${Date.now().toString(36)}`;
  const r = await h.exec(CREATE_TENANT, { input: { name: `Org ${counter}`, slug } }, h.as({ userId: u.user.id }));
  const tenant = r.data!.createTenant.tenant;
  // As the gateway signs it after tenancy's access step: permissions worked out from the role.
  const req = contextFor(h, { userId: u.user.id, tenantId: tenant.id, role: 'OWNER' });
  return { user: u.user, tenant, req, token: r.data!.createTenant.token as string };
}

describe('federation', () => {
  it('serves its SDL with the Tenant entity key', async () => {
    const r = await h.exec('{ _service { sdl } }');
    expect(r.data!._service.sdl).toMatch(/type Tenant\s+@key\(fields: "id"\)/);
    expect(r.data!._service.sdl).toContain('tenantActivity');
  });
  it('resolves Tenant entities by id and returns null for unknown ids', async () => {
    const { tenant } = await ownerOfNewTenant();
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { id slug name } } }`;
    const r = await h.exec(q, { r: [{ __typename: 'Tenant', id: tenant.id }, { __typename: 'Tenant', id: '00000000-0000-4000-8000-000000000000' }] });
    expect(r.data!._entities).toEqual([{ id: tenant.id, slug: tenant.slug, name: tenant.name }, null]);
  });
});

describe('signUp / signIn', () => {
  it('returns one error per malformed field and creates nothing', async () => {
    const r = await h.exec(SIGN_UP, { input: { email: 'not-an-email', password: 'short', name: '' } });
    const fields = r.data!.signUp.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(r.data!.signUp.token).toBeNull();
    const again = await h.exec(SIGN_IN, { input: { email: 'not-an-email', password: 'short' } });
    expect(again.data!.signIn.errors[0].field).toBe('password');
  });
  it('creates an account with a lower-cased email and a verifiable EdDSA token', async () => {
    const u = await signUpUser();
    expect(u.errors).toEqual([]);
    expect(u.user.email).toBe(u.email.toLowerCase());
    const claims = await h.keys.verify(u.token);
    expect(claims.sub).toBe(u.user.id);
  });
  it('refuses a second account with the same email', async () => {
    const u = await signUpUser();
    const r = await h.exec(SIGN_UP, { input: { email: u.email.toUpperCase(), password: 'long-enough-pw', name: 'Dup' } });
    expect(r.data!.signUp.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'email' })]);
  });
  it('signs in with the right password only, acting for the first organisation', async () => {
    const { tenant, user } = await ownerOfNewTenant();
    const email = (await h.exec(`{ viewer { user { email } } }`, {}, h.as({ userId: user.id }))).data!.viewer.user.email;
    const bad = await h.exec(SIGN_IN, { input: { email, password: 'wrong-password' } });
    expect(bad.data!.signIn).toMatchObject({ token: null, errors: [{ code: 'BAD_USER_INPUT', field: 'password' }] });
    const ok = await h.exec(SIGN_IN, { input: { email, password: 'long-enough-pw' } });
    expect(ok.data!.signIn.tenant.slug).toBe(tenant.slug);
    expect((await h.keys.verify(ok.data!.signIn.token)).tid).toBe(tenant.id);
  });
});

describe('organisations', () => {
  it('needs a signed-in user', async () => {
    const r = await h.exec(CREATE_TENANT, { input: { name: 'Nobody', slug: 'nobody-org' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('creates an organisation owned by the user, with a token acting for it', async () => {
    const { tenant, token, user } = await ownerOfNewTenant();
    const claims = await h.keys.verify(token);
    expect(claims).toMatchObject({ sub: user.id, tid: tenant.id, roles: ['OWNER'] });
    const viewer = await h.exec(`{ viewer { user { id } tenant { slug } memberships { role tenant { slug } } } }`, {}, h.as({ userId: user.id, tenantId: tenant.id }));
    expect(viewer.data!.viewer.memberships).toEqual([{ role: 'OWNER', tenant: { slug: tenant.slug } }]);
    const pub = await h.exec(`query($s: String) { tenant(slug: $s) { id name } }`, { s: tenant.slug });
    expect(pub.data!.tenant.id).toBe(tenant.id);
  });
  it('rejects taken, reserved and malformed handles per field', async () => {
    const { tenant, user } = await ownerOfNewTenant();
    const as = h.as({ userId: user.id });
    const taken = await h.exec(CREATE_TENANT, { input: { name: 'Again', slug: tenant.slug } }, as);
    expect(taken.data!.createTenant.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'slug' })]);
    const bad = await h.exec(CREATE_TENANT, { input: { name: 'X', slug: '-Bad--Slug-' } }, as);
    expect(bad.data!.createTenant.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'slug']);
    const reserved = await h.exec(CREATE_TENANT, { input: { name: 'Admin org', slug: 'admin' } }, as);
    expect(reserved.data!.createTenant.errors[0].message).toMatch(/reserved/);
  });
  it('switches only to organisations the user belongs to', async () => {
    const a = await ownerOfNewTenant();
    const b = await ownerOfNewTenant();
    const q = `mutation($t: ID!) { switchTenant(tenantId: $t) { token errors { code field } } }`;
    const denied = await h.exec(q, { t: b.tenant.id }, h.as({ userId: a.user.id }));
    expect(denied.data!.switchTenant.errors).toEqual([{ code: 'NOT_FOUND', field: 'tenantId' }]);
    const ok = await h.exec(q, { t: a.tenant.id }, h.as({ userId: a.user.id }));
    expect((await h.keys.verify(ok.data!.switchTenant.token)).tid).toBe(a.tenant.id);
  });
});

describe('API keys', () => {
  it('shows the secret once, lists the key without it, verifies it, and revokes it at once', async () => {
    const o = await ownerOfNewTenant();
    const created = await h.exec(CREATE_KEY, { input: { name: 'CI deploys', scopes: ['agents:read'] } }, o.req);
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^nxk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix + '_')).toBe(true);
    const list = await h.exec(`{ apiKeys { totalCount edges { node { id name prefix scopes } } } }`, {}, o.req);
    expect(list.data!.apiKeys.totalCount).toBe(1);
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(await h.server.services.apiKeys.verify(secret)).toEqual({ ok: true, tenantId: o.tenant.id, apiKeyId: apiKey.id, scopes: ['agents:read'], roles: [] });
    expect(await h.server.services.apiKeys.verify(secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A'))).toMatchObject({ ok: false });

    const revokedTopic = h.pubsub.subscribe<{ apiKeyId: string }>(API_KEY_REVOKED_TOPIC);
    const revoked = await h.exec(REVOKE_KEY, { id: apiKey.id }, o.req);
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect((await revokedTopic.next()).value).toMatchObject({ apiKeyId: apiKey.id });
    await revokedTopic.return();
    expect(await h.server.services.apiKeys.verify(secret)).toEqual({ ok: false, reason: 'API key has been revoked.' });
  });
  it('validates input and needs a tenant and the keys:manage permission', async () => {
    const o = await ownerOfNewTenant();
    const bad = await h.exec(CREATE_KEY, { input: { name: '', scopes: ['root'], expiresInDays: 0 } }, o.req);
    expect(bad.data!.createApiKey.errors.map((e: { field: string }) => e.field).sort()).toEqual(['expiresInDays', 'name', 'scopes.0']);
    const noTenant = await h.exec(CREATE_KEY, { input: { name: 'x' } }, h.as({ userId: o.user.id }));
    expect(noTenant.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await h.exec(CREATE_KEY, { input: { name: 'x' } }, contextFor(h, { userId: o.user.id, tenantId: o.tenant.id, role: 'MEMBER' }));
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listAnon = await h.exec(`{ apiKeys { totalCount } }`);
    expect(listAnon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
  it("cannot revoke another organisation's key", async () => {
    const a = await ownerOfNewTenant();
    const b = await ownerOfNewTenant();
    const key = (await h.exec(CREATE_KEY, { input: { name: 'b key' } }, b.req)).data!.createApiKey.apiKey;
    const r = await h.exec(REVOKE_KEY, { id: key.id }, a.req);
    expect(r.data!.revokeApiKey.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const still = await h.exec(`{ apiKeys { edges { node { revokedAt } } } }`, {}, b.req);
    expect(still.data!.apiKeys.edges[0].node.revokedAt).toBeNull();
  });
});

describe('tenantActivity subscription', () => {
  it('streams the organisation’s events through outbox, relay and event bus', async () => {
    const o = await ownerOfNewTenant();
    const other = await ownerOfNewTenant();
    await h.relay.flush();
    const stream = (await subscribe({
      schema: h.server.schema,
      document: parse('subscription { tenantActivity { type message } }'),
      contextValue: makeTenancyContext(o.req, h.server.services),
    })) as AsyncIterableIterator<{ data?: { tenantActivity: { type: string; message: string } } }>;
    await h.exec(CREATE_KEY, { input: { name: 'other org key' } }, other.req);
    await h.exec(CREATE_KEY, { input: { name: 'live key' } }, o.req);
    await h.relay.flush();
    // Events of the organisation's creation may still be in flight; read until the key event arrives.
    const seen: { type: string; message: string }[] = [];
    while (!seen.some((e) => e.type === 'API_KEY_CREATED')) seen.push((await stream.next()).value.data.tenantActivity);
    expect(seen.find((e) => e.type === 'API_KEY_CREATED')!.message).toContain('"live key"');
    expect(seen.map((e) => e.message).join()).not.toContain('other org key');
    await stream.return?.();
  });
});

describe('organisation, members, invitations and roles (one call per root field)', () => {
  it('serves each field to a caller holding its permission', async () => {
    const o = await ownerOfNewTenant();
    const run = async (query: string, variables: Record<string, unknown> = {}, req = o.req) => {
      const r = await h.exec(query, variables, req);
      expect(r.errors).toBeUndefined();
      return r.data!;
    };
    expect((await run(`{ organization { tenant { id } plan { id limits { seats cpu } } seatsUsed myRoles } }`)).organization)
      .toEqual({ tenant: { id: o.tenant.id }, plan: { id: 'free', limits: { seats: 5, cpu: '2' } }, seatsUsed: 1, myRoles: ['OWNER'] });
    expect((await run(`mutation { updateOrganization(input: { name: "Renamed" }) { organization { tenant { name } } errors { code } } }`)).updateOrganization)
      .toEqual({ organization: { tenant: { name: 'Renamed' } }, errors: [] });
    expect((await run(`{ permissionCatalogue { name } }`)).permissionCatalogue.length).toBeGreaterThan(10);

    const role = (await run(`mutation { createRole(input: { name: "helper", permissions: ["agents:read"] }) { role { name } errors { code } } }`)).createRole;
    expect(role).toEqual({ role: { name: 'helper' }, errors: [] });
    expect((await run(`mutation { updateRole(name: "helper", input: { description: "Helps" }) { role { description } errors { code } } }`)).updateRole)
      .toEqual({ role: { description: 'Helps' }, errors: [] });
    expect((await run(`{ roles { name } }`)).roles.map((r: { name: string }) => r.name)).toEqual(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'helper']);

    const invitee = await signUpUser();
    const invited = (await run(`mutation($e: String!) { inviteMember(input: { email: $e, role: "helper" }) { inviteUrl invitation { id } errors { code } } }`, { e: invitee.email })).inviteMember;
    const resent = (await run(`mutation($id: ID!) { resendInvitation(id: $id) { inviteUrl errors { code } } }`, { id: invited.invitation.id })).resendInvitation;
    const token = (resent.inviteUrl as string).split('/invitations/')[1];
    expect((await run(`query($t: String!) { invitationByToken(token: $t) { role status } }`, { t: token }, anonymousContext())).invitationByToken).toEqual({ role: 'helper', status: 'PENDING' });
    expect((await run(`{ invitations(status: PENDING) { totalCount } }`)).invitations.totalCount).toBe(1);
    const accepted = (await run(`mutation($t: String!) { acceptInvitation(token: $t) { token tenant { id } errors { code } } }`, { t: token }, h.as({ userId: invitee.user.id }))).acceptInvitation;
    expect(accepted.tenant).toEqual({ id: o.tenant.id });

    expect((await run(`mutation($u: ID!) { changeMemberRole(userId: $u, role: "viewer") { member { role } errors { code } } }`, { u: invitee.user.id })).changeMemberRole)
      .toEqual({ member: { role: 'VIEWER' }, errors: [] });
    expect((await run(`{ members { totalCount } }`)).members.totalCount).toBe(2);
    expect((await run(`mutation($u: ID!) { removeMember(userId: $u) { member { role } errors { code } } }`, { u: invitee.user.id })).removeMember).toEqual({ member: null, errors: [] });
    expect((await run(`mutation { deleteRole(name: "helper") { role { name } errors { code } } }`)).deleteRole).toEqual({ role: null, errors: [] });

    const other = await run(`mutation($e: String!) { inviteMember(input: { email: $e }) { invitation { id } } }`, { e: `later-${Date.now()}@example.test` });
    expect((await run(`mutation($id: ID!) { revokeInvitation(id: $id) { invitation { status } errors { code } } }`, { id: other.inviteMember.invitation.id })).revokeInvitation)
      .toEqual({ invitation: { status: 'REVOKED' }, errors: [] });
  });
  it('refuses callers without the permission', async () => {
    const o = await ownerOfNewTenant();
    const viewer = contextFor(h, { userId: o.user.id, tenantId: o.tenant.id, role: 'VIEWER' });
    for (const q of [`mutation { createRole(input: { name: "x", permissions: ["agents:read"] }) { errors { code } } }`, `{ apiKeys { totalCount } }`]) {
      expect((await h.exec(q, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await h.exec(`{ members { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP gate', () => {
  let url: string;
  beforeAll(async () => { url = (await h.server.listen(0)).url; });
  it('answers the access step only to signed calls', async () => {
    const o = await ownerOfNewTenant();
    const post = (headers: Record<string, string>) => fetch(url.replace('/graphql', '/internal/access'), {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ tenantId: o.tenant.id, userId: o.user.id, apiKeyId: null, scopes: [] }),
    });
    expect((await post({})).status).toBe(401);
    const ok = await post({ [CONTEXT_HEADER]: signContext(anonymousContext(), CONTEXT_SECRET) });
    expect(await ok.json()).toMatchObject({ ok: true, roles: ['OWNER'], planId: 'free' });
  });
  it('rejects requests without a valid gateway signature and serves JWKS', async () => {
    const body = JSON.stringify({ query: '{ viewer { roles } }' });
    const post = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({})).status).toBe(401);
    const forged = signContext({ ...anonymousContext(), tenantId: '00000000-0000-4000-8000-000000000000' }, 'not-the-secret-at-all');
    const rejected = await post({ [CONTEXT_HEADER]: forged });
    expect(rejected.status).toBe(401);
    expect((await rejected.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await post({ [CONTEXT_HEADER]: signContext(anonymousContext(), CONTEXT_SECRET) });
    expect(ok.status).toBe(200);
    const jwks = await (await fetch(url.replace('/graphql', '/.well-known/jwks.json'))).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(jwks.keys[0].d).toBeUndefined();
  });
});

describe('identity providers (one call per root field)', () => {
  it('lists, refuses an unreachable issuer without storing it, and reports an unknown id', async () => {
    const o = await ownerOfNewTenant();
    expect((await h.exec(`{ identityProviders { id } }`, {}, o.req)).data!.identityProviders).toEqual([]);
    const configure = `mutation($i: IdentityProviderInput!) { configureIdentityProvider(input: $i) { identityProvider { id } errors { code field } } }`;
    expect((await h.exec(configure, { i: { issuer: 'http://127.0.0.1:9', audience: 'app' } }, o.req)).data!.configureIdentityProvider)
      .toEqual({ identityProvider: null, errors: [{ code: 'BAD_USER_INPUT', field: 'issuer' }] });
    const remove = `mutation($id: ID!) { removeIdentityProvider(id: $id) { identityProvider { id } errors { code field } } }`;
    expect((await h.exec(remove, { id: '00000000-0000-4000-8000-000000000000' }, o.req)).data!.removeIdentityProvider)
      .toEqual({ identityProvider: null, errors: [{ code: 'NOT_FOUND', field: 'id' }] });
    expect((await h.exec(`{ identityProviders { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
