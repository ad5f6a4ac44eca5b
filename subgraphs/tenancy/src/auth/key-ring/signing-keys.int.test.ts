// Persisted key ring on real PostgreSQL: import of the old key, rotation, replicas reloading, pruning, sealing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@nexus/kernel/logger';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createDatabase, type Database } from '@nexus/db/create-database';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { generateJwtKeys } from '../jwt-keys';
import { openSigningKeys, type SigningKeys, type SigningKeysOptions } from './signing-keys';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const claims = { userId: 'u1', tenantId: 't1', roles: ['OWNER'], scopes: [] };
const logger = createLogger('signing-keys-test', { level: 'silent' });
const encryptionKey = randomBytes(32);

let testDb: TestDatabase;
let workerDb: Database;
let pubsub: MemoryPubSubAdapter;
let dir: string;
const opened: SigningKeys[] = [];
let t = Date.UTC(2026, 0, 1);
const now = () => t;

beforeAll(async () => {
  testDb = await createTestDatabase();
  workerDb = createDatabase({ url: testDb.workerUrl, poolSize: 4 });
  dir = mkdtempSync(join(tmpdir(), 'nexus-keys-'));
});
afterAll(async () => {
  await Promise.all(opened.map((k) => k.close()));
  await pubsub?.close();
  await workerDb?.close();
  await testDb?.drop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await Promise.all(opened.splice(0).map((k) => k.close()));
  await workerDb.client.signingKey.deleteMany();
  pubsub = new MemoryPubSubAdapter();
  t = Date.UTC(2026, 0, 1);
});

async function replica(over: Partial<SigningKeysOptions> = {}): Promise<SigningKeys> {
  const keys = await openSigningKeys({ workerDb, pubsub, encryptionKey, rotationDays: 30, logger, now, reloadIntervalMs: 60_000, ...over });
  opened.push(keys);
  return keys;
}

/** What a gateway holding only the published JWKS concludes about a token, at the fake time. */
async function viaJwks(keys: SigningKeys, token: string): Promise<string> {
  return jwtVerify(token, createLocalJWKSet(keys.jwks()), { currentDate: new Date(t) }).then(
    (r) => `ok:${r.payload.sub}`,
    (e: Error) => `refused:${e.constructor.name}`,
  );
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('openSigningKeys', () => {
  it('seeds an empty table from the old key file, so tokens issued before the ring still verify', async () => {
    const { keys: legacy, privateJwk } = await generateJwtKeys();
    const keyFile = join(dir, 'jwt-ed25519.json');
    writeFileSync(keyFile, JSON.stringify(privateJwk));
    const oldToken = await legacy.sign(claims);

    const keys = await replica({ legacy: { keyFile } });
    expect(keys.current().kid).toBe(privateJwk.kid);
    expect((await keys.verify(oldToken)).sub).toBe('u1');
    const [row] = await workerDb.client.signingKey.findMany();
    // Sealed at rest: the private scalar is not in the stored bytes.
    expect(Buffer.from(row!.privateKeyEnc).toString('latin1')).not.toContain(privateJwk.d);
    expect(row!.publicJwk).toMatchObject({ kid: privateJwk.kid, alg: 'EdDSA', use: 'sig' });
    expect(row!.publicJwk).not.toHaveProperty('d');
  });

  it('seeds from JWT_PRIVATE_JWK only while the table is empty', async () => {
    const { privateJwk } = await generateJwtKeys();
    const first = await replica({ legacy: { privateJwk: JSON.stringify(privateJwk) } });
    expect(first.current().kid).toBe(privateJwk.kid);
    const { privateJwk: other } = await generateJwtKeys();
    const second = await replica({ legacy: { privateJwk: JSON.stringify(other) } });
    expect(second.current().kid).toBe(privateJwk.kid);
  });

  it('publishes the next key an hour ahead, switches every replica at the same moment, and drops the old key after its tokens expire', async () => {
    const a = await replica();
    const b = await replica();
    const oldKid = a.current().kid;
    expect(b.current().kid).toBe(oldKid);

    t += 29 * DAY;
    expect(await a.rotate()).toBe(false);
    t += DAY - HOUR;
    expect(await a.rotate()).toBe(true);
    // Published, not yet signing: gateways learn the key before any token carries its kid.
    await until(() => b.jwks().keys.length === 2);
    const newKid = b.jwks().keys.map((k) => k.kid).find((k) => k !== oldKid)!;
    const oldToken = await b.sign(claims);
    expect(decodeProtectedHeader(oldToken).kid).toBe(oldKid);
    const jwksBeforeSwitch = a.jwks();

    t += HOUR;
    // No message: each replica switches by the clock.
    const fromA = await a.sign(claims);
    const fromB = await b.sign(claims);
    expect([decodeProtectedHeader(fromA).kid, decodeProtectedHeader(fromB).kid]).toEqual([newKid, newKid]);
    // A gateway still holding the JWKS fetched before the switch accepts the new tokens.
    expect(await jwtVerify(fromB, createLocalJWKSet(jwksBeforeSwitch), { currentDate: new Date(t) }).then((r) => r.payload.sub)).toBe('u1');
    expect(await viaJwks(b, oldToken)).toBe('ok:u1');

    expect(await a.rotate()).toBe(true); // retires the superseded key
    t += 10 * HOUR;
    expect(await viaJwks(a, oldToken)).toBe('ok:u1');
    t += 2 * HOUR + 61_000; // past the old token's expiry and the reload grace
    expect(await a.rotate()).toBe(true);
    await until(() => b.jwks().keys.length === 1);
    expect(a.jwks().keys.map((k) => k.kid)).toEqual([newKid]);
    expect(await workerDb.client.signingKey.count()).toBe(1);
    expect(await viaJwks(b, oldToken)).toMatch(/^refused/);
    expect(await viaJwks(a, await b.sign(claims))).toBe('ok:u1');
  });

  it('rotates at once when forced (a suspected leak), old tokens still verifying until they expire', async () => {
    const a = await replica();
    const oldKid = a.current().kid;
    const oldToken = await a.sign(claims);
    expect(await a.rotate({ force: true, wait: true })).toBe(true);
    expect(a.current().kid).not.toBe(oldKid);
    expect(decodeProtectedHeader(await a.sign(claims)).kid).toBe(a.current().kid);
    expect(await viaJwks(a, oldToken)).toBe('ok:u1');
  });

  it('lets only one of several replicas rotate at the same moment', async () => {
    const replicas = await Promise.all([replica(), replica(), replica()]);
    t += 31 * DAY;
    const results = await Promise.all(replicas.map((r) => r.maintain({ wait: true })));
    // The first publishes the next key; the others, once the lock is theirs, find it there and leave it.
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await workerDb.client.signingKey.count({ where: { retiredAt: null } })).toBe(2);
  });

  it('refuses to start when the signing key does not open with the configured ENCRYPTION_KEY', async () => {
    await replica();
    await expect(replica({ encryptionKey: randomBytes(32) })).rejects.toThrow(/does not open/);
  });
});
