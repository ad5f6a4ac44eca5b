// Bearer tokens end to end: real gateway + real tenancy (PostgreSQL) + an OIDC provider on loopback.
// A tenant's provider signs people in with mapped roles; forged, expired or misdirected tokens, platform or
// provider, are all refused with UNAUTHENTICATED.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityStack, type IdentityStack, type StackGateway } from '../access/testing/start-identity-stack';

const AUDIENCE = 'forge-app';
const CONFIGURE = `mutation($i: IdentityProviderInput!) { configureIdentityProvider(input: $i) { identityProvider { id issuer roleMapping defaultRole enabled } errors { code message field } } }`;
const REMOVE = `mutation($id: ID!) { removeIdentityProvider(id: $id) { identityProvider { id } errors { code message field } } }`;
const WHO = '{ viewer { user { email } tenant { id } roles } organization { myRoles myPermissions } }';

let stack: IdentityStack;
let gw: StackGateway;
let idp: Server;
let issuer: string;
let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
let platform: { privateKey: CryptoKey; publicKey: CryptoKey; kid: string };
let org: Awaited<ReturnType<IdentityStack['owner']>>;
let providerId: string;

const listen = (s: Server) => new Promise<string>((r) => s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  const published: JWK = { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' };
  idp = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
    if (req.url === '/jwks') return json({ keys: [published] });
    res.writeHead(404).end();
  });
  issuer = await listen(idp);

  // The platform key is seeded the way JWT_PRIVATE_JWK is, so tests can forge tokens with the genuine key.
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(pair.privateKey);
  platform = { ...pair, kid: await calculateJwkThumbprint(jwk) };
  stack = await startIdentityStack({ platformPrivateJwk: JSON.stringify({ ...jwk, kid: platform.kid }) });
  gw = stack.gateways[0]!;
  org = await stack.owner('sso-owner');
  const configured = await gw.post(CONFIGURE, { i: { issuer, audience: AUDIENCE, rolesClaim: 'groups', roleMapping: '{"forge-admins":"admin","forge-readers":"VIEWER"}' } }, bearer(org.token));
  expect(configured.body.data?.configureIdentityProvider.errors).toEqual([]);
  providerId = configured.body.data!.configureIdentityProvider.identityProvider.id;
});

afterAll(async () => {
  await stack?.close();
  await new Promise((r) => idp?.close(r));
});

function idpToken(claims: JWTPayload, o: { key?: CryptoKey | Uint8Array; alg?: string; iss?: string; aud?: string; exp?: number } = {}) {
  return new SignJWT({ email: 'dana@example.com', ...claims })
    .setProtectedHeader({ alg: o.alg ?? 'RS256', kid: 'rsa-1' })
    .setSubject('idp-user-dana')
    .setIssuer(o.iss ?? issuer)
    .setAudience(o.aud ?? AUDIENCE)
    .setIssuedAt(now() - 60)
    .setExpirationTime(o.exp ?? now() + 600)
    .sign(o.key ?? rsa.privateKey);
}

function platformToken(o: { key?: CryptoKey | Uint8Array; alg?: string; iss?: string; aud?: string; exp?: number } = {}) {
  return new SignJWT({ tid: org.tenantId, roles: ['OWNER'], scopes: [] })
    .setProtectedHeader({ alg: o.alg ?? 'EdDSA', kid: platform.kid })
    .setSubject(org.userId)
    .setIssuer(o.iss ?? 'nexus-forge')
    .setAudience(o.aud ?? 'nexus-forge')
    .setIssuedAt(now() - 60)
    .setExpirationTime(o.exp ?? now() + 600)
    .sign(o.key ?? platform.privateKey);
}

/** `alg: none`: the payload of a genuine token, no signature. */
async function unsigned(token: Promise<string>): Promise<string> {
  const [, payload] = (await token).split('.');
  return `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
}

async function expectRefused(token: string) {
  const res = await gw.post(WHO, {}, bearer(token));
  expect(res.status).toBe(401);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.data ?? null).toBeNull();
}

describe('configuring an identity provider', () => {
  it('lists it with the normalised mapping, and the change is in the audit log', async () => {
    const res = await gw.post('{ identityProviders { id issuer audience rolesClaim roleMapping defaultRole enabled } }', {}, bearer(org.token));
    expect(res.body.data?.identityProviders).toEqual([
      { id: providerId, issuer, audience: AUDIENCE, rolesClaim: 'groups', roleMapping: '{"forge-admins":"ADMIN","forge-readers":"VIEWER"}', defaultRole: 'MEMBER', enabled: true },
    ]);
    const audit = await stack.workerDb.client.auditEvent.findMany({ where: { tenantId: org.tenantId, action: 'identity_provider.configured' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: org.userId, targetId: providerId, targetLabel: issuer });
  });

  it.each([
    ['defaultRole OWNER', { defaultRole: 'owner' }, 'defaultRole'],
    ['a plain-http issuer that is not loopback', { issuer: 'http://idp.example.com' }, 'issuer'],
    ['a roleMapping that is not JSON', { roleMapping: '{forge-admins: ADMIN' }, 'roleMapping'],
    ['a roleMapping to a role that does not exist', { roleMapping: '{"x":"wizard"}' }, 'roleMapping'],
    ['an issuer without a discovery document', { issuer: `${'http://127.0.0.1:9'}` }, 'issuer'],
  ])('refuses %s and changes nothing', async (_label, over, field) => {
    const res = await gw.post(CONFIGURE, { i: { issuer, audience: 'another-app', ...over } }, bearer(org.token));
    expect(res.body.data?.configureIdentityProvider.errors[0]).toMatchObject({ field });
    expect(await stack.workerDb.client.identityProvider.count({ where: { tenantId: org.tenantId } })).toBe(1);
  });

  it('refuses callers without members:manage', async () => {
    const res = await gw.post(CONFIGURE, { i: { issuer, audience: 'third-app' } });
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('signing in with the provider', () => {
  it('accepts its token for its organisation with the mapped role, creating the account just in time', async () => {
    const res = await gw.post(WHO, {}, bearer(await idpToken({ groups: ['forge-admins', 'unknown-group'] })));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toEqual({ user: { email: 'dana@example.com' }, tenant: { id: org.tenantId }, roles: ['ADMIN'] });
    expect(res.body.data?.organization.myPermissions).toContain('members:manage');
    const member = await stack.workerDb.client.membership.findFirst({ where: { tenantId: org.tenantId, user: { email: 'dana@example.com' } }, include: { user: true } });
    expect(member?.role).toBe('ADMIN');
    expect(member?.user.passwordHash).not.toMatch(/^scrypt\$/);
  });

  it('follows the mapping when the provider changes the person\'s groups (space-separated claim too)', async () => {
    const res = await gw.post(WHO, {}, bearer(await idpToken({ groups: 'staff forge-readers' })));
    expect(res.body.data?.viewer.roles).toEqual(['VIEWER']);
    expect(res.body.data?.organization.myPermissions).not.toContain('members:manage');
    const plain = await gw.post(WHO, {}, bearer(await idpToken({ email: 'eve@example.com', sub: 'idp-user-eve' })));
    expect(plain.body.data?.viewer).toMatchObject({ user: { email: 'eve@example.com' }, roles: ['MEMBER'] });
  });

  it('does not link an account that belongs to another organisation', async () => {
    const other = await stack.owner('elsewhere');
    await expectRefused(await idpToken({ email: other.email, sub: 'idp-user-other' }));
    expect(await stack.workerDb.client.membership.count({ where: { tenantId: org.tenantId, userId: other.userId } })).toBe(0);
  });
});

describe('refused tokens', () => {
  it.each([
    ['alg: none', () => unsigned(idpToken({}))],
    ['a signature by another key under the published kid', async () => idpToken({}, { key: (await generateKeyPair('RS256')).privateKey })],
    ['an expired token', () => idpToken({}, { exp: now() - 120 })],
    ['the wrong audience', () => idpToken({}, { aud: 'someone-elses-app' })],
    ['an issuer no organisation trusts', () => idpToken({}, { iss: 'https://evil.example' })],
    ['HS256 keyed with the provider\'s public key', async () => idpToken({}, { alg: 'HS256', key: new TextEncoder().encode(await exportSPKI(rsa.publicKey)) })],
  ])('provider token: %s → UNAUTHENTICATED', async (_label, make) => {
    await expectRefused(await make());
  });

  it.each([
    ['alg: none', () => unsigned(platformToken())],
    ['a signature by another key under the current kid', async () => platformToken({ key: (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey })],
    ['an expired token', () => platformToken({ exp: now() - 120 })],
    ['the wrong audience', () => platformToken({ aud: 'someone-elses-app' })],
    ['a foreign issuer signed with the platform key', () => platformToken({ iss: 'https://evil.example' })],
    ['HS256 keyed with the platform public key', async () => platformToken({ alg: 'HS256', key: new TextEncoder().encode(await exportSPKI(platform.publicKey)) })],
  ])('platform token: %s → UNAUTHENTICATED', async (_label, make) => {
    await expectRefused(await make());
  });

  it('accepts the genuine platform token, so the refusals above are about what was changed', async () => {
    const res = await gw.post(WHO, {}, bearer(await platformToken()));
    expect(res.body.data?.viewer).toMatchObject({ tenant: { id: org.tenantId }, roles: ['OWNER'] });
  });
});

describe('removing the provider', () => {
  it('stops its tokens at once, including ones already cached by the gateway', async () => {
    const token = await idpToken({ groups: ['forge-readers'] });
    expect((await gw.post(WHO, {}, bearer(token))).status).toBe(200);
    const removed = await gw.post(REMOVE, { id: providerId }, bearer(org.token));
    expect(removed.body.data?.removeIdentityProvider).toEqual({ identityProvider: null, errors: [] });
    await new Promise((r) => setTimeout(r, 50));
    await expectRefused(token);
    const audit = await stack.workerDb.client.auditEvent.findMany({ where: { tenantId: org.tenantId, action: 'identity_provider.removed' } });
    expect(audit).toHaveLength(1);
  });
});
