// OIDC verification against a real discovery document and JWKS served on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { createOidcVerifier, type TOidcProviderConfig } from './oidc-provider';

const AUDIENCE = 'nexus-forge-client';
let server: Server;
let issuer: string;
let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
let publicJwks: { keys: JWK[] };

function listen(s: Server): Promise<string> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  ec = await generateKeyPair('ES256', { extractable: true });
  publicJwks = {
    keys: [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ],
  };
  server = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    // `/impostor` is a second issuer whose discovery document claims to be the main one.
    if (req.url === '/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
    if (req.url === '/impostor/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
    if (req.url === '/broken-jwks/.well-known/openid-configuration') return json({ issuer: `${issuer}/broken-jwks`, jwks_uri: `${issuer}/missing` });
    if (req.url === '/jwks') return json(publicJwks);
    res.writeHead(404).end();
  });
  issuer = await listen(server);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (over: Partial<TOidcProviderConfig> = {}): TOidcProviderConfig => ({
  issuer,
  audience: AUDIENCE,
  claimMapping: { roles: 'groups', email: 'email', roleMap: { 'forge-admins': 'ADMIN', 'forge-readers': 'VIEWER' }, defaultRole: 'MEMBER' },
  ...over,
});

function token(claims: JWTPayload, opts: { key?: CryptoKey | Uint8Array; alg?: string; kid?: string; iss?: string; aud?: string; exp?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: 'ext-user-1', ...claims })
    .setProtectedHeader({ alg: opts.alg ?? 'RS256', kid: opts.kid ?? 'rsa-1' })
    .setIssuer(opts.iss ?? issuer)
    .setAudience(opts.aud ?? AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(opts.exp ?? now + 600)
    .sign(opts.key ?? rsa.privateKey);
}

async function failure(p: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  expect(e).toMatchObject({ code, message: expect.stringMatching(message) });
}

describe('createOidcVerifier', () => {
  it('verifies an RS256 token and maps its roles, ignoring unknown ones', async () => {
    const identity = await createOidcVerifier(config()).verify(await token({ email: 'a@example.com', groups: ['forge-admins', 'unknown', 'forge-readers'] }));
    expect(identity).toEqual({ subject: 'ext-user-1', email: 'a@example.com', roles: ['ADMIN', 'VIEWER'] });
  });

  it('verifies an ES256 token and gives the default role when the roles claim is absent or unmapped', async () => {
    const verifier = createOidcVerifier(config());
    const es = (claims: JWTPayload) => token(claims, { key: ec.privateKey, alg: 'ES256', kid: 'ec-1' });
    expect((await verifier.verify(await es({}))).roles).toEqual(['MEMBER']);
    expect((await verifier.verify(await es({ groups: 'strangers' }))).roles).toEqual(['MEMBER']);
    expect((await verifier.verify(await es({ groups: 'forge-readers' }))).roles).toEqual(['VIEWER']);
  });

  it('reads a space-separated roles claim and the name claim', async () => {
    const identity = await createOidcVerifier(config()).verify(await token({ groups: 'forge-readers  forge-admins', name: ' Ada Lovelace ' }));
    expect(identity).toMatchObject({ roles: ['VIEWER', 'ADMIN'], name: 'Ada Lovelace' });
  });

  it('refuses OWNER as the default role, in any spelling', () => {
    const mapping = config().claimMapping;
    expect(() => createOidcVerifier(config({ claimMapping: { ...mapping, defaultRole: 'owner' } }))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('does not map roles through Object.prototype', async () => {
    const identity = await createOidcVerifier(config()).verify(await token({ groups: ['constructor', '__proto__', 'toString'] }));
    expect(identity.roles).toEqual(['MEMBER']);
  });

  it('drops an email the provider marks unverified', async () => {
    const identity = await createOidcVerifier(config()).verify(await token({ email: 'a@example.com', email_verified: false }));
    expect(identity.email).toBeUndefined();
  });

  it('rejects alg: none', async () => {
    const [, payload] = (await token({})).split('.');
    const header = base64url.encode(JSON.stringify({ alg: 'none', kid: 'rsa-1' }));
    await failure(createOidcVerifier(config()).verify(`${header}.${payload}.`), 'UNAUTHENTICATED', /algorithm/);
  });

  it('rejects a token signed by another key that claims a published kid', async () => {
    const other = await generateKeyPair('RS256');
    await failure(createOidcVerifier(config()).verify(await token({}, { key: other.privateKey })), 'UNAUTHENTICATED', /signature/);
  });

  it('rejects an expired token beyond the 30 s clock tolerance', async () => {
    const exp = Math.floor(Date.now() / 1000) - 31;
    await failure(createOidcVerifier(config()).verify(await token({}, { exp })), 'UNAUTHENTICATED', /expired/);
  });

  it('accepts a token expired within the 30 s clock tolerance', async () => {
    const exp = Math.floor(Date.now() / 1000) - 10;
    expect((await createOidcVerifier(config()).verify(await token({}, { exp }))).subject).toBe('ext-user-1');
  });

  it('rejects the wrong audience', async () => {
    await failure(createOidcVerifier(config()).verify(await token({}, { aud: 'another-app' })), 'UNAUTHENTICATED', /audience/);
  });

  it('rejects the wrong issuer', async () => {
    await failure(createOidcVerifier(config()).verify(await token({}, { iss: 'https://evil.example' })), 'UNAUTHENTICATED', /issuer/);
  });

  it('rejects an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(await exportSPKI(rsa.publicKey));
    await failure(createOidcVerifier(config()).verify(await token({}, { key: secret, alg: 'HS256' })), 'UNAUTHENTICATED', /algorithm/);
  });

  it('rejects a foreign azp when a clientId is configured', async () => {
    await failure(createOidcVerifier(config({ clientId: 'ours' })).verify(await token({ azp: 'theirs' })), 'UNAUTHENTICATED', /azp/);
  });

  it('does not put the token in the error message', async () => {
    const t = await token({}, { aud: 'another-app' });
    const e = await createOidcVerifier(config()).verify(t).catch((err: Error) => err);
    expect((e as Error).message).not.toContain(t.split('.')[1]);
  });

  it('rejects a discovery document that names a different issuer', async () => {
    const impostor = `${issuer}/impostor`;
    const verifier = createOidcVerifier(config({ issuer: impostor }));
    await failure(verifier.verify(await token({}, { iss: impostor })), 'UNAVAILABLE', /different issuer/);
  });

  it('reports UNAVAILABLE when the provider is down, and retries discovery once it is back', async () => {
    const down = createServer();
    const downIssuer = await listen(down);
    await new Promise((resolve) => down.close(resolve));
    let up = false;
    // Sends requests to the closed port until `up`, to show a failed discovery is not cached.
    const fetchVia: typeof fetch = (url, init) => fetch(up ? url : String(url).replace(issuer, downIssuer), init);
    const verifier = createOidcVerifier(config(), { fetch: fetchVia });
    await failure(verifier.verify(await token({})), 'UNAVAILABLE', /discovery/);
    up = true;
    expect((await verifier.verify(await token({}))).subject).toBe('ext-user-1');
  });

  it('reports UNAVAILABLE when discovery works but the JWKS endpoint does not', async () => {
    const broken = `${issuer}/broken-jwks`;
    await failure(createOidcVerifier(config({ issuer: broken })).verify(await token({}, { iss: broken })), 'UNAVAILABLE', /JWKS/);
  });

  it('rejects an issuer that is neither https nor loopback http', () => {
    expect(() => createOidcVerifier(config({ issuer: 'http://idp.example.com' }))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
