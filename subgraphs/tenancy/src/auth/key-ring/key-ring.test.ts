// Key ring rotation and verification, driven by a fake clock.
import { base64url, createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { createKeyRing } from './key-ring';

const HOUR = 3600_000;
const claims = { userId: 'u1', tenantId: 't1', roles: ['OWNER'], scopes: ['agents:read'] };

function fakeClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

async function setup() {
  const clock = fakeClock();
  const ring = createKeyRing({ now: clock.now });
  await ring.generate();
  return { clock, ring };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe('UNAUTHENTICATED');
  return e as DomainError;
}

describe('createKeyRing', () => {
  it('signs EdDSA tokens with a kid header, platform iss/aud and a 12 h expiry', async () => {
    const { ring } = await setup();
    const token = await ring.sign(claims);
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[0]!)));
    expect(header).toMatchObject({ alg: 'EdDSA', kid: ring.current().kid });
    const payload = await ring.verify(token);
    expect(payload).toMatchObject({ sub: 'u1', tid: 't1', iss: 'nexus-forge', aud: 'nexus-forge', roles: ['OWNER'] });
    expect(payload.exp! - payload.iat!).toBe(43_200);
  });

  it('keeps a pre-rotation token valid until retireAt, lists both keys meanwhile, and drops the old key on prune', async () => {
    const { clock, ring } = await setup();
    const oldKid = ring.current().kid;
    const oldToken = await ring.sign(claims);

    clock.advance(HOUR);
    await ring.rotate();
    const newKid = ring.current().kid;
    expect(newKid).not.toBe(oldKid);
    expect(ring.jwks().keys.map((k) => [k.kid, k.alg, k.use])).toEqual([[newKid, 'EdDSA', 'sig'], [oldKid, 'EdDSA', 'sig']]);
    expect((await ring.verify(oldToken)).sub).toBe('u1');
    expect((await ring.verify(await ring.sign(claims))).sub).toBe('u1');

    clock.advance(10 * HOUR);
    expect(ring.prune()).toEqual([]);
    expect((await ring.verify(oldToken)).sub).toBe('u1');

    clock.advance(2 * HOUR); // past retireAt = rotation + 12 h
    expect(ring.prune()).toEqual([oldKid]);
    expect(ring.jwks().keys.map((k) => k.kid)).toEqual([newKid]);
    expect((await rejection(ring.verify(oldToken))).message).toMatch(/kid/);
  });

  it('stops trusting and publishing a retired key at retireAt even before prune runs', async () => {
    const { clock, ring } = await setup();
    const oldKid = ring.current().kid;
    const oldToken = await ring.sign(claims);
    await ring.rotate();
    clock.advance(12 * HOUR);
    expect(ring.jwks().keys.map((k) => k.kid)).not.toContain(oldKid);
    expect((await rejection(ring.verify(oldToken))).message).toMatch(/kid/);
  });

  it('publishes only public key material', async () => {
    const { ring } = await setup();
    await ring.rotate();
    for (const k of ring.jwks().keys) expect(k).not.toHaveProperty('d');
  });

  it('issues tokens a verifier holding only the published JWKS accepts', async () => {
    const { clock, ring } = await setup();
    const token = await ring.sign(claims);
    const { payload } = await jwtVerify(token, createLocalJWKSet(ring.jwks()), { currentDate: new Date(clock.now()) });
    expect(payload.sub).toBe('u1');
  });

  it('rotateIfDue rotates only once the current key is older than rotateAfterSeconds', async () => {
    const { clock, ring } = await setup();
    const first = ring.current().kid;
    clock.advance(6 * 24 * HOUR);
    expect(await ring.rotateIfDue()).toBe(false);
    clock.advance(24 * HOUR);
    expect(await ring.rotateIfDue()).toBe(true);
    expect(ring.current().kid).not.toBe(first);
  });

  it('refuses a second generate() so the signing key is never silently replaced', async () => {
    const { ring } = await setup();
    await expect(ring.generate()).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects a token whose kid the ring does not hold', async () => {
    const { clock, ring } = await setup();
    const other = createKeyRing({ now: clock.now });
    await other.generate();
    expect((await rejection(ring.verify(await other.sign(claims)))).message).toMatch(/kid/);
  });

  it('rejects alg: none', async () => {
    const { ring } = await setup();
    const [, payload] = (await ring.sign(claims)).split('.');
    const header = base64url.encode(JSON.stringify({ alg: 'none', kid: ring.current().kid }));
    expect((await rejection(ring.verify(`${header}.${payload}.`))).message).toMatch(/algorithm/);
  });

  it('rejects a tampered payload', async () => {
    const { ring } = await setup();
    const [header, payload, sig] = (await ring.sign(claims)).split('.');
    const body = JSON.parse(new TextDecoder().decode(base64url.decode(payload!)));
    const forged = base64url.encode(JSON.stringify({ ...body, roles: ['OWNER', 'ADMIN'], tid: 't2' }));
    expect((await rejection(ring.verify(`${header}.${forged}.${sig}`))).message).toMatch(/signature/);
  });

  it('rejects an expired token', async () => {
    const clock = fakeClock();
    const ring = createKeyRing({ now: clock.now, rotateAfterSeconds: 365 * 86_400 });
    await ring.generate();
    const token = await ring.sign(claims);
    clock.advance(12 * HOUR + 1000);
    expect((await rejection(ring.verify(token))).message).toMatch(/expired/);
  });

  it('round-trips through export/import, retired keys and all', async () => {
    const { clock, ring } = await setup();
    const oldToken = await ring.sign(claims);
    await ring.rotate();
    const copy = createKeyRing({ now: clock.now });
    await copy.import(ring.export());
    expect(copy.current()).toEqual(ring.current());
    expect(copy.jwks()).toEqual(ring.jwks());
    expect((await copy.verify(oldToken)).sub).toBe('u1');
    expect((await ring.verify(await copy.sign(claims))).sub).toBe('u1');
  });

  it('rejects a malformed export without echoing key material and leaves the ring unchanged', async () => {
    const { ring } = await setup();
    const before = ring.current().kid;
    const bad = JSON.parse(ring.export());
    bad.current.privateJwk.kty = 'RSA';
    const e = await ring.import(JSON.stringify(bad)).then(() => null, (err: unknown) => err as DomainError);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(e!.message).not.toContain(bad.current.privateJwk.d);
    await expect(ring.import('{')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(ring.current().kid).toBe(before);
  });
});
