// The gateway's cache of identity-provider verdicts: kept until the token expires, dropped when the tenant's providers change.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createLogger } from '@nexus/kernel/logger';
import { verifyContext } from '@nexus/kernel/signed-context';
import { ACCESS_CHANGED_TOPIC } from '../access/access-resolver';
import { TenancyUnavailableError } from './api-key-verifier';
import { oidcCacheKey, OidcTokenVerifier } from './oidc-token-verifier';

const SECRET = 'secret-secret-secret';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

function setup(answer: (body: { token: string; ip: string | null }) => Promise<Response>, cache = new MemoryCacheAdapter(), pubsub = new MemoryPubSubAdapter()) {
  let calls = 0;
  const fakeFetch = (async (url: URL, init: RequestInit) => {
    calls++;
    expect(String(url)).toBe('http://tenancy.test/internal/oidc/verify');
    expect(verifyContext(new Headers(init.headers).get('x-nexus-context'), SECRET).requestId).toBe('r1');
    return answer(JSON.parse(String(init.body)));
  }) as unknown as typeof fetch;
  const verifier = new OidcTokenVerifier({ tenancyHttpUrl: 'http://tenancy.test', contextSecret: SECRET, cache, pubsub, logger: createLogger('t', { level: 'silent' }), fetch: fakeFetch });
  open.push(verifier, cache, pubsub);
  return { verifier, cache, pubsub, calls: () => calls };
}

const exp = () => Math.floor(Date.now() / 1000) + 600;
const ok = (tenantId = 't1') => Response.json({ ok: true, tenantId, userId: 'u1', roles: ['MEMBER'], expiresAt: exp() });
const tick = () => new Promise((r) => setTimeout(r, 10));

describe('OidcTokenVerifier', () => {
  it('sends the token and client IP, and asks only once per token while it is valid', async () => {
    const { verifier, calls } = setup(async (body) => {
      expect(body).toEqual({ token: 'tok-a', ip: '198.51.100.4' });
      return ok();
    });
    expect(await verifier.verify('tok-a', 'r1', '198.51.100.4')).toMatchObject({ ok: true, tenantId: 't1' });
    expect(await verifier.verify('tok-a', 'r1', '198.51.100.4')).toMatchObject({ ok: true });
    expect(calls()).toBe(1);
  });

  it('does not cache a verdict for a token that has already expired', async () => {
    const { verifier, calls } = setup(async () => Response.json({ ok: true, tenantId: 't1', userId: 'u1', roles: [], expiresAt: Math.floor(Date.now() / 1000) - 1 }));
    await verifier.verify('tok-old', 'r1');
    await verifier.verify('tok-old', 'r1');
    expect(calls()).toBe(2);
  });

  it('drops a tenant\'s verdicts when its providers change, but not for a single member\'s change or another tenant', async () => {
    const { verifier, pubsub, calls } = setup(async (body) => ok(body.token.startsWith('t2') ? 't2' : 't1'));
    await verifier.verify('t1-tok', 'r1');
    await verifier.verify('t2-tok', 'r1');
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1', userId: 'u1' });
    await tick();
    await verifier.verify('t1-tok', 'r1');
    expect(calls()).toBe(2);
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1' });
    await tick();
    await verifier.verify('t1-tok', 'r1');
    await verifier.verify('t2-tok', 'r1');
    expect(calls()).toBe(3);
  });

  it('does not trust a verdict another replica cached before the change (shared cache)', async () => {
    const { verifier, cache, pubsub, calls } = setup(async () => ok());
    await cache.set(oidcCacheKey('tok-shared'), { ok: true, tenantId: 't1', userId: 'u1', roles: ['ADMIN'], expiresAt: exp(), cachedAt: Date.now() - 1000 }, 60);
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1' });
    await tick();
    expect(await verifier.verify('tok-shared', 'r1')).toMatchObject({ roles: ['MEMBER'] });
    expect(calls()).toBe(1);
  });

  it('does not keep an answer that was in flight when the change arrived', async () => {
    let release!: () => void;
    const { verifier, pubsub, calls } = setup(() => new Promise((r) => (release = () => r(ok()))));
    const pending = verifier.verify('tok-race', 'r1');
    await tick();
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1' });
    await tick();
    release();
    await pending;
    const again = verifier.verify('tok-race', 'r1');
    await tick();
    release();
    await again;
    expect(calls()).toBe(2);
  });

  it('treats 503 (provider unreachable) and other non-200 answers as an outage, not a verdict', async () => {
    for (const status of [503, 500, 401]) {
      const { verifier } = setup(async () => Response.json({ ok: false, reason: 'x' }, { status }));
      await expect(verifier.verify('tok', 'r1')).rejects.toBeInstanceOf(TenancyUnavailableError);
    }
  });
});
