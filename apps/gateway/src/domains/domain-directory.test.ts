// Host → tenant look-ups: one call per host per minute, "no tenant" cached too, forgotten when tenancy announces a change.
import { afterEach, expect, it } from 'vitest';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createLogger } from '@nexus/kernel/logger';
import { verifyContext } from '@nexus/kernel/signed-context';
import { DomainDirectory, DomainLookupUnavailableError, hostCacheKey } from './domain-directory';
import { DOMAINS_CHANGED_TOPIC } from './host-name';

const SECRET = 'secret-secret-secret';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

function setup(answer: (host: string) => Promise<Response>) {
  const cache = new MemoryCacheAdapter();
  const pubsub = new MemoryPubSubAdapter();
  const asked: string[] = [];
  const fakeFetch = (async (_url: unknown, init: RequestInit) => {
    expect(verifyContext(new Headers(init.headers).get('x-nexus-context'), SECRET)).toMatchObject({ tenantId: null });
    const { host } = JSON.parse(String(init.body)) as { host: string };
    asked.push(host);
    return answer(host);
  }) as typeof fetch;
  const directory = new DomainDirectory({ tenancyHttpUrl: 'http://tenancy.test', contextSecret: SECRET, cache, pubsub, logger: createLogger('t', { level: 'silent' }), fetch: fakeFetch });
  open.push(directory, cache, pubsub);
  return { directory, cache, pubsub, asked };
}
const tick = () => new Promise((r) => setTimeout(r, 10));

it('caches a tenant answer and a no-tenant answer alike', async () => {
  const { directory, asked } = setup(async (host) => Response.json(host === 'shop.example.com' ? { tenantId: 't1', kind: 'custom' } : { tenantId: null }));
  expect(await directory.resolve('shop.example.com', 'r1')).toEqual({ tenantId: 't1', kind: 'custom' });
  expect(await directory.resolve('shop.example.com', 'r2')).toEqual({ tenantId: 't1', kind: 'custom' });
  expect(await directory.resolve('nobody.example.com', 'r3')).toBeNull();
  expect(await directory.resolve('nobody.example.com', 'r4')).toBeNull();
  expect(asked).toEqual(['shop.example.com', 'nobody.example.com']);
});

it('asks again after tenancy announces a change to that host', async () => {
  let verified = false;
  const { directory, pubsub, asked } = setup(async () => Response.json(verified ? { tenantId: 't1', kind: 'custom' } : { tenantId: null }));
  expect(await directory.resolve('shop.example.com', 'r1')).toBeNull();
  verified = true;
  await pubsub.publish(DOMAINS_CHANGED_TOPIC, { hostname: 'shop.example.com' });
  await tick();
  expect(await directory.resolve('shop.example.com', 'r2')).toEqual({ tenantId: 't1', kind: 'custom' });
  expect(asked).toHaveLength(2);
});

it('does not cache an answer that was in flight when the host changed', async () => {
  let release!: () => void;
  const { directory, pubsub, cache } = setup(() => new Promise((r) => (release = () => r(Response.json({ tenantId: 't1', kind: 'custom' })))));
  const pending = directory.resolve('shop.example.com', 'r1');
  await tick();
  await pubsub.publish(DOMAINS_CHANGED_TOPIC, { hostname: 'shop.example.com' });
  await tick();
  release();
  await pending;
  expect(await cache.get(hostCacheKey('shop.example.com'))).toBeUndefined();
});

it('treats a failed or odd answer as an outage, not as "no tenant"', async () => {
  const { directory } = setup(async (host) => (host === 'down.example.com' ? new Response('nope', { status: 500 }) : Response.json({ tenantId: 7 })));
  await expect(directory.resolve('down.example.com', 'r1')).rejects.toBeInstanceOf(DomainLookupUnavailableError);
  await expect(directory.resolve('odd.example.com', 'r2')).rejects.toBeInstanceOf(DomainLookupUnavailableError);
});
