// Host first, then credentials: which tenant a request acts for when both speak, and when they disagree.
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createLogger } from '@nexus/kernel/logger';
import { DomainDirectory } from '../domains/domain-directory';
import { ANONYMOUS, type Credentials, type Identity } from './identity';
import { combine } from './resolve-identity';
import { resolveByCustomDomain } from './resolve-by-custom-domain';
import { resolveBySubdomain } from './resolve-by-subdomain';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const site: Identity = { ...ANONYMOUS, tenantId: A };
const key = (tenantId: string): Identity => ({ tenantId, userId: null, roles: [], scopes: ['agents:read'], apiKeyId: 'k1' });

describe('combine', () => {
  it('acts for the host\'s tenant when the credentials agree or name none', () => {
    expect(combine(site, key(A), 'shop.example.com')).toEqual(key(A));
    const user: Identity = { tenantId: null, userId: 'u1', roles: [], scopes: [], apiKeyId: null };
    expect(combine(site, user, 'shop.example.com')).toEqual({ ...user, tenantId: A });
  });

  it('is anonymous in the host\'s tenant without credentials, and plain credentials elsewhere', () => {
    expect(combine(site, null, 'shop.example.com')).toEqual({ ...ANONYMOUS, tenantId: A });
    expect(combine(null, key(B), 'localhost')).toEqual(key(B));
    expect(combine(null, null, 'localhost')).toEqual(ANONYMOUS);
  });

  it('refuses another organisation\'s credentials on this domain with FORBIDDEN (403)', () => {
    let thrown: unknown;
    try {
      combine(site, key(B), 'shop.example.com');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).message).toContain('Credentials of another organisation on this domain');
    expect((thrown as GraphQLError).extensions).toMatchObject({ code: 'FORBIDDEN', http: { status: 403 } });
  });
});

describe('host steps', () => {
  const asked: string[] = [];
  const answers: Record<string, unknown> = {
    'shop.example.com': { tenantId: A, kind: 'custom' },
    'acme.nexus.dev': { tenantId: B, kind: 'subdomain' },
  };
  const cache = new MemoryCacheAdapter();
  const pubsub = new MemoryPubSubAdapter();
  const directory = new DomainDirectory({
    tenancyHttpUrl: 'http://tenancy.test', contextSecret: 'secret-secret-secret', cache, pubsub, logger: createLogger('t', { level: 'silent' }),
    fetch: (async (_u: unknown, init: RequestInit) => {
      const { host } = JSON.parse(String(init.body)) as { host: string };
      asked.push(host);
      return Response.json(answers[host] ?? { tenantId: null });
    }) as typeof fetch,
  });
  afterAll(async () => {
    await directory.close();
    await Promise.all([cache.close(), pubsub.close()]);
  });
  const logger = createLogger('t', { level: 'silent' });
  const byDomain = resolveByCustomDomain(directory, 'nexus.dev', logger);
  const bySubdomain = resolveBySubdomain(directory, 'nexus.dev', logger);
  const creds = (host: string | null): Credentials => ({ host, apiKey: null, authorization: null, requestId: 'r1' });

  it('name the tenant of a custom domain or of a subdomain, each only for its own kind of host', async () => {
    expect(await byDomain(creds('Shop.Example.com:443'))).toEqual({ ...ANONYMOUS, tenantId: A });
    expect(await bySubdomain(creds('acme.nexus.dev'))).toEqual({ ...ANONYMOUS, tenantId: B });
    expect(await byDomain(creds('acme.nexus.dev'))).toBeNull();
    expect(await bySubdomain(creds('shop.example.com'))).toBeNull();
    expect(await byDomain(creds('other.example.com'))).toBeNull();
  });

  it('never ask tenancy about local names, IPs or hosts beside the base domain', async () => {
    asked.length = 0;
    for (const host of ['localhost:4000', '127.0.0.1:4000', 'nexus.dev', 'a.b.nexus.dev', null]) {
      expect(await byDomain(creds(host))).toBeNull();
      expect(await bySubdomain(creds(host))).toBeNull();
    }
    expect(asked).toEqual([]);
  });
});
