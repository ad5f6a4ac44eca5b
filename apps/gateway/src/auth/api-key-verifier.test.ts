// API key verification: cached for 30 s, dropped at once on revocation, even when the revocation races a lookup.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createLogger } from '@nexus/kernel/logger';
import { verifyContext } from '@nexus/kernel/signed-context';
import { API_KEY_REVOKED_TOPIC, apiKeyCacheKey, ApiKeyVerifier, TenancyUnavailableError } from './api-key-verifier';
import { ApiKeyBruteForceError } from './api-key-failure-guard';

const KEY = 'nxk_abcd1234_secretsecret';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

function setup(answer: (body: unknown, headers: Headers) => Promise<Response>) {
  const cache = new MemoryCacheAdapter();
  const pubsub = new MemoryPubSubAdapter();
  let calls = 0;
  const fakeFetch = (async (_url: unknown, init: RequestInit) => {
    calls++;
    return answer(JSON.parse(String(init.body)), new Headers(init.headers));
  }) as typeof fetch;
  const verifier = new ApiKeyVerifier({ tenancyHttpUrl: 'http://tenancy.test', contextSecret: 'secret-secret-secret', cache, pubsub, logger: createLogger('t', { level: 'silent' }), fetch: fakeFetch });
  open.push(verifier, cache, pubsub);
  return { verifier, cache, pubsub, calls: () => calls };
}

const valid = () => Response.json({ ok: true, tenantId: 't1', apiKeyId: 'k1', scopes: [], roles: [] });
const tick = () => new Promise((r) => setTimeout(r, 10));

it('signs its call to tenancy, sends the client IP, and caches a valid answer', async () => {
  const { verifier, cache, calls } = setup(async (body, headers) => {
    expect(body).toEqual({ key: KEY, ip: '203.0.113.7' });
    expect(verifyContext(headers.get('x-nexus-context'), 'secret-secret-secret')).toMatchObject({ requestId: 'r1', tenantId: null });
    return valid();
  });
  expect(await verifier.verify(KEY, 'r1', '203.0.113.7')).toMatchObject({ ok: true, tenantId: 't1' });
  expect(await verifier.verify(KEY, 'r2', '203.0.113.7')).toMatchObject({ ok: true });
  expect(calls()).toBe(1);
  expect(await cache.get(apiKeyCacheKey(KEY))).toBeDefined();
});

it('does not cache an answer that was in flight when the key was revoked', async () => {
  let release!: () => void;
  const { verifier, pubsub, cache } = setup(() => new Promise((r) => (release = () => r(valid()))));
  const pending = verifier.verify(KEY, 'r1');
  await tick();
  await pubsub.publish(API_KEY_REVOKED_TOPIC, { apiKeyId: 'k1', prefix: 'abcd1234' });
  await tick();
  release();
  expect(await pending).toEqual({ ok: false, reason: 'revoked' });
  expect(await cache.get(apiKeyCacheKey(KEY))).toBeUndefined();
});

it('refuses a revoked key found in a cache it did not write (shared Redis, restart)', async () => {
  const { verifier, pubsub, cache } = setup(async () => valid());
  await cache.set(apiKeyCacheKey(KEY), { ok: true, tenantId: 't1', apiKeyId: 'k1', scopes: [], roles: [] }, 30);
  await pubsub.publish(API_KEY_REVOKED_TOPIC, { apiKeyId: 'k1' });
  await tick();
  expect(await verifier.verify(KEY, 'r1')).toEqual({ ok: false, reason: 'revoked' });
});

it('treats a non-200 from tenancy as an outage, not a verdict', async () => {
  const { verifier } = setup(async () => Response.json({ ok: false, reason: 'unsigned call' }, { status: 401 }));
  await expect(verifier.verify(KEY, 'r1')).rejects.toBeInstanceOf(TenancyUnavailableError);
});

describe('refused-key limit per client IP', () => {
  const refused = () => Response.json({ ok: false, reason: 'unknown key' });
  const guess = (i: number) => `nxk_guess${String(i).padStart(3, '0')}_wrongwrongwrong`;

  it('stops asking tenancy after 10 refused keys a minute from one IP, and says when to retry', async () => {
    const { verifier, calls } = setup(async () => refused());
    for (let i = 0; i < 10; i++) expect(await verifier.verify(guess(i), `r${i}`, '198.51.100.1')).toMatchObject({ ok: false });
    expect(calls()).toBe(10);
    const e = await verifier.verify(guess(10), 'r10', '198.51.100.1').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ApiKeyBruteForceError);
    expect((e as ApiKeyBruteForceError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(calls()).toBe(10);
    // Another client is not blocked by the first one's guessing.
    expect(await verifier.verify(guess(11), 'r11', '198.51.100.2')).toMatchObject({ ok: false });
    expect(calls()).toBe(11);
  });

  it('never counts valid keys, and a blocked client keeps using a key it already proved', async () => {
    const { verifier } = setup(async (body) => ((body as { key: string }).key.startsWith('nxk_guess') ? refused() : valid()));
    // Thirty different valid keys, none cached yet: each one asks tenancy and succeeds.
    for (let i = 0; i < 30; i++) expect(await verifier.verify(`${KEY}${i}`, `ok${i}`, '198.51.100.3')).toMatchObject({ ok: true });
    // They spent nothing: the full budget of ten refusals is still there.
    for (let i = 0; i < 10; i++) expect(await verifier.verify(guess(i), `r${i}`, '198.51.100.3')).toMatchObject({ ok: false });
    await expect(verifier.verify(guess(99), 'r99', '198.51.100.3')).rejects.toBeInstanceOf(ApiKeyBruteForceError);
    expect(await verifier.verify(`${KEY}0`, 'again', '198.51.100.3')).toMatchObject({ ok: true });
  });
});
