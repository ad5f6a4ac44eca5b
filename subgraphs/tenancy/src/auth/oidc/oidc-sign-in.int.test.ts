// Sign-in through a tenant's identity provider, on real PostgreSQL: who may configure what, just-in-time
// membership under the seat limit and the owner rule, mapping changes, disabled and unreachable providers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousContext } from '@nexus/kernel/context';
import { DomainError } from '@nexus/kernel/errors';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../../testing/harness';
import { addMember, auditRows, newOrg } from '../../members/testing/fixtures';
import { ACCESS_CHANGED_TOPIC } from '../../access/access-changed';

const CONFIGURE = `mutation($i: IdentityProviderInput!) { configureIdentityProvider(input: $i) { identityProvider { id roleMapping enabled } errors { code message field } } }`;

let h: TenancyHarness;
let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
const servers: Server[] = [];

async function startIdp(): Promise<{ issuer: string; server: Server }> {
  const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const server = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
    if (req.url === '/jwks') return json({ keys: [jwk] });
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { issuer, server };
}

let idp: { issuer: string };
beforeAll(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  h = await startTenancyHarness();
  idp = await startIdp();
});
afterAll(async () => {
  await h?.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

let audiences = 0;
const nextAudience = () => `app-${++audiences}`;
const token = (aud: string, claims: JWTPayload, iss = idp.issuer) =>
  new SignJWT({ sub: `sub-${String(claims.email)}`, ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(iss).setAudience(aud).setIssuedAt().setExpirationTime('10m').sign(rsa.privateKey);
const signIn = (t: string) => h.server.services.oidcSignIn.verify(t, { requestId: 'r-test', ip: '198.51.100.9' });
const email = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.test`;

describe('configuring', () => {
  it('an ADMIN cannot let the provider hand out OWNER, and nothing is stored', async () => {
    const { org } = await newOrg(h);
    const admin = await addMember(h, org, 'ADMIN');
    const r = await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: nextAudience(), roleMapping: '{"bosses":"OWNER"}' } }, admin.ctx);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.workerDb.client.identityProvider.count({ where: { tenantId: org.id } })).toBe(0);
  });

  it('a second organisation cannot claim the same issuer and audience', async () => {
    const aud = nextAudience();
    const a = await newOrg(h);
    const b = await newOrg(h);
    expect((await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud } }, a.ownerCtx)).data!.configureIdentityProvider.errors).toEqual([]);
    const r = await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud } }, b.ownerCtx);
    expect(r.data!.configureIdentityProvider.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'audience' })]);
  });
});

describe('signing in', () => {
  it('never changes an owner\'s role, whatever the provider says', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const aud = nextAudience();
    await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud, roleMapping: '{"readers":"VIEWER"}', rolesClaim: 'groups' } }, ownerCtx);
    const verdict = await signIn(await token(aud, { email: owner.email, groups: ['readers'] }));
    expect(verdict).toMatchObject({ ok: true, tenantId: org.id, userId: owner.id, roles: ['OWNER'] });
    expect((await h.workerDb.client.membership.findFirst({ where: { tenantId: org.id, userId: owner.id } }))?.role).toBe('OWNER');
  });

  it('follows a changed mapping on the next token, audits both changes and tells the gateways', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const aud = nextAudience();
    const messages: unknown[] = [];
    const sub = h.pubsub.subscribe(ACCESS_CHANGED_TOPIC);
    void (async () => { for await (const m of sub) messages.push(m); })();
    const configure = (mapping: string) => h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud, rolesClaim: 'groups', roleMapping: mapping } }, ownerCtx);
    await configure('{"eng":"MEMBER"}');
    const who = email('mapped');
    const first = await signIn(await token(aud, { email: who, groups: 'eng' }));
    expect(first).toMatchObject({ ok: true, roles: ['MEMBER'] });
    await configure('{"eng":"ADMIN"}');
    const second = await signIn(await token(aud, { email: who, groups: 'eng' }));
    expect(second).toMatchObject({ ok: true, roles: ['ADMIN'] });
    await sub.return();
    const userId = (second as { userId: string }).userId;
    expect(messages).toEqual([{ tenantId: org.id }, { tenantId: org.id, userId }, { tenantId: org.id }, { tenantId: org.id, userId }]);
    const actions = (await auditRows(h, org.id)).filter((a) => /^(identity_provider|member)\./.test(a.action)).map((a) => [a.action, a.actorUserId === userId ? 'self' : 'owner', a.ip]);
    expect(actions).toEqual([
      ['identity_provider.configured', 'owner', '203.0.113.7'],
      ['member.joined_via_identity_provider', 'self', '198.51.100.9'],
      ['identity_provider.configured', 'owner', '203.0.113.7'],
      ['member.role_changed', 'self', '198.51.100.9'],
    ]);
  });

  it('refuses a new person when the plan has no seat left, and creates no account', async () => {
    const { org, ownerCtx } = await newOrg(h);
    for (let i = 0; i < 4; i++) await addMember(h, org, 'MEMBER');
    const aud = nextAudience();
    await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud } }, ownerCtx);
    const who = email('seatless');
    const verdict = await signIn(await token(aud, { email: who }));
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/seats/) });
    expect(await h.workerDb.client.user.count({ where: { email: who } })).toBe(0);
  });

  it('falls back to the default role when a mapped custom role no longer exists', async () => {
    const { org, ownerCtx } = await newOrg(h);
    await h.workerDb.client.customRole.create({ data: { tenantId: org.id, name: 'helpdesk', permissions: ['agents:read'] } });
    const aud = nextAudience();
    const r = await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud, rolesClaim: 'groups', roleMapping: '{"support":"Helpdesk"}', defaultRole: 'viewer' } }, ownerCtx);
    expect(r.data!.configureIdentityProvider.identityProvider.roleMapping).toBe('{"support":"helpdesk"}');
    expect(await signIn(await token(aud, { email: email('support'), groups: ['support'] }))).toMatchObject({ ok: true, roles: ['helpdesk'] });
    await h.workerDb.client.customRole.deleteMany({ where: { tenantId: org.id, name: 'helpdesk' } });
    expect(await signIn(await token(aud, { email: email('support'), groups: ['support'] }))).toMatchObject({ ok: true, roles: ['VIEWER'] });
  });

  it('refuses a token whose audiences belong to two organisations rather than picking one', async () => {
    const [a, b] = [await newOrg(h), await newOrg(h)];
    const [audA, audB] = [nextAudience(), nextAudience()];
    await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: audA } }, a.ownerCtx);
    await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: audB } }, b.ownerCtx);
    const both = await new SignJWT({ sub: 'two-faced', email: email('two') }).setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(idp.issuer).setAudience([audA, audB]).setIssuedAt().setExpirationTime('10m').sign(rsa.privateKey);
    expect(await signIn(both)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than one organisation/) });
    expect(await signIn(await token(audA, { email: email('one') }))).toMatchObject({ ok: true, tenantId: a.org.id });
  });

  it('refuses tokens of a disabled provider', async () => {
    const { ownerCtx } = await newOrg(h);
    const aud = nextAudience();
    await h.exec(CONFIGURE, { i: { issuer: idp.issuer, audience: aud, enabled: false } }, ownerCtx);
    expect(await signIn(await token(aud, { email: email('off') }))).toMatchObject({ ok: false, reason: expect.stringMatching(/no organisation accepts/) });
  });

  it('reports an unreachable provider as UNAVAILABLE (HTTP 503), not as a bad token', async () => {
    const { ownerCtx } = await newOrg(h);
    const down = await startIdp();
    const aud = nextAudience();
    await h.exec(CONFIGURE, { i: { issuer: down.issuer, audience: aud } }, ownerCtx);
    await new Promise((r) => down.server.close(r));
    const t = await token(aud, { email: email('down') }, down.issuer);
    await expect(signIn(t)).rejects.toSatisfy((e) => e instanceof DomainError && e.code === 'UNAVAILABLE');

    const { url } = await h.server.listen(0, '127.0.0.1');
    const post = (headers: Record<string, string>) =>
      fetch(new URL('/internal/oidc/verify', url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ token: t }) });
    expect((await post({})).status).toBe(401);
    expect((await post({ [CONTEXT_HEADER]: signContext(anonymousContext('r1'), CONTEXT_SECRET) })).status).toBe(503);
  });
});
