// The access step: what it sends tenancy, how it caches grants, and how a change message drops them, races included.
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createLogger } from '@nexus/kernel/logger';
import { verifyContext } from '@nexus/kernel/signed-context';
import type { Identity } from '../auth/identity';
import { ACCESS_CHANGED_TOPIC, AccessResolver } from './access-resolver';

const SECRET = 'secret-secret-secret';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

type Body = { tenantId: string; userId: string | null; apiKeyId: string | null; scopes: string[] };

function setup(answer: (body: Body, headers: Headers) => Promise<Response>) {
  const cache = new MemoryCacheAdapter();
  const pubsub = new MemoryPubSubAdapter();
  const asked: Body[] = [];
  const fakeFetch = (async (url: URL, init: RequestInit) => {
    expect(String(url)).toBe('http://tenancy.test/internal/access');
    const body = JSON.parse(String(init.body)) as Body;
    asked.push(body);
    return answer(body, new Headers(init.headers));
  }) as unknown as typeof fetch;
  const access = new AccessResolver({ tenancyHttpUrl: 'http://tenancy.test', contextSecret: SECRET, cache, pubsub, logger: createLogger('t', { level: 'silent' }), fetch: fakeFetch });
  open.push(access, cache, pubsub);
  return { access, pubsub, asked };
}

const user = (tenantId: string, userId: string): Identity => ({ tenantId, userId, roles: ['OWNER'], scopes: [], apiKeyId: null });
const key = (tenantId: string, apiKeyId: string, scopes: string[]): Identity => ({ tenantId, userId: null, roles: [], scopes, apiKeyId });
const creds = { host: null, apiKey: null, authorization: null, requestId: 'req-1', clientIp: '127.0.0.1' };
const granted = (role = 'ADMIN') => Response.json({ ok: true, roles: [role], permissions: ['members:read'], limits: { seats: 5 }, planId: 'free' });
const tick = () => new Promise((r) => setTimeout(r, 10));

async function thrown(p: Promise<unknown>): Promise<GraphQLError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(GraphQLError);
  return e as GraphQLError;
}

describe('AccessResolver', () => {
  it('asks tenancy with a signed call and turns the answer into a grant, cached for the next request', async () => {
    const { access, asked } = setup(async (_b, headers) => {
      expect(verifyContext(headers.get('x-nexus-context'), SECRET)).toMatchObject({ requestId: 'req-1', tenantId: null });
      return granted();
    });
    expect(await access.resolve(user('t1', 'u1'), creds)).toEqual({ roles: ['ADMIN'], permissions: ['members:read'], limits: { seats: 5 } });
    expect(await access.resolve(user('t1', 'u1'), creds)).toMatchObject({ roles: ['ADMIN'] });
    expect(asked).toEqual([{ tenantId: 't1', userId: 'u1', apiKeyId: null, scopes: [] }]);
  });

  it('keeps an API key grant per scope set', async () => {
    const { access, asked } = setup(async () => granted());
    await access.resolve(key('t1', 'k1', ['agents:read']), creds);
    await access.resolve(key('t1', 'k1', ['agents:read']), creds);
    await access.resolve(key('t1', 'k1', ['agents:read', 'keys:manage']), creds);
    expect(asked.map((b) => b.scopes)).toEqual([['agents:read'], ['agents:read', 'keys:manage']]);
  });

  it('refuses a non-member with FORBIDDEN (403)', async () => {
    const { access } = setup(async () => Response.json({ ok: false, reason: 'no membership' }));
    const e = await thrown(access.resolve(user('t1', 'u-stranger'), creds));
    expect(e.message).toMatch(/not a member of this organisation/);
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', http: { status: 403 } });
  });

  it('answers UNAVAILABLE (503) when tenancy is down or answers nonsense, and caches nothing', async () => {
    let mode: 'down' | 'http500' | 'garbage' | 'up' = 'down';
    const { access, asked } = setup(async () => {
      if (mode === 'down') throw new TypeError('fetch failed');
      if (mode === 'http500') return new Response('oops', { status: 500 });
      if (mode === 'garbage') return Response.json({ hello: 'world' });
      return granted();
    });
    for (const m of ['down', 'http500', 'garbage'] as const) {
      mode = m;
      expect((await thrown(access.resolve(user('t1', 'u1'), creds))).extensions).toMatchObject({ code: 'UNAVAILABLE', http: { status: 503 } });
    }
    mode = 'up';
    expect(await access.resolve(user('t1', 'u1'), creds)).toMatchObject({ roles: ['ADMIN'] });
    expect(asked).toHaveLength(4);
  });

  it('on a user change drops that user and the tenant\'s API keys, but not other users or tenants', async () => {
    const { access, pubsub, asked } = setup(async () => granted());
    const callers = [user('t1', 'u1'), user('t1', 'u2'), key('t1', 'k1', []), user('t2', 'u1')];
    for (const c of callers) await access.resolve(c, creds);
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1', userId: 'u1' });
    await tick();
    asked.length = 0;
    for (const c of callers) await access.resolve(c, creds);
    expect(asked.map((b) => `${b.tenantId}/${b.userId ?? b.apiKeyId}`)).toEqual(['t1/u1', 't1/k1']);
  });

  it('on a tenant change drops every grant of that tenant', async () => {
    const { access, pubsub, asked } = setup(async () => granted());
    const callers = [user('t1', 'u1'), user('t1', 'u2'), user('t2', 'u1')];
    for (const c of callers) await access.resolve(c, creds);
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1' });
    await tick();
    asked.length = 0;
    for (const c of callers) await access.resolve(c, creds);
    expect(asked.map((b) => `${b.tenantId}/${b.userId}`)).toEqual(['t1/u1', 't1/u2']);
  });

  it('does not serve or cache an answer that was in flight when the change arrived', async () => {
    let role = 'ADMIN';
    let release: (() => void) | null = null;
    const { access, pubsub, asked } = setup(async () => {
      const answer = granted(role);
      if (asked.length === 1) await new Promise<void>((r) => (release = r));
      return answer;
    });
    const pending = access.resolve(user('t1', 'u1'), creds);
    await tick();
    role = 'VIEWER'; // the demotion commits, then tenancy announces it
    await pubsub.publish(ACCESS_CHANGED_TOPIC, { tenantId: 't1', userId: 'u1' });
    await tick();
    release!();
    expect((await pending).roles).toEqual(['VIEWER']);
    expect((await access.resolve(user('t1', 'u1'), creds)).roles).toEqual(['VIEWER']);
    expect(asked).toHaveLength(2);
  });
});
