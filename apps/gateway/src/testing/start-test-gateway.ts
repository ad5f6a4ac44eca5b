// Test helper: a gateway over the fixture graph with in-memory ports, plus small request helpers.
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import { createLogger } from '@nexus/kernel/logger';
import { createGatewayServer, type GatewayServerOptions } from '../create-gateway';
import { type FixtureGraph, SECRET } from './fixture-graph';

const generous = () => new MemoryRateLimiterAdapter({ capacity: 1000, refillPerSecond: 1000 });

export interface TestGateway {
  url: string;
  wsUrl: string;
  pubsub: MemoryPubSubAdapter;
  post(body: { query: string; variables?: Record<string, unknown> }, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: GqlBody }>;
  close(): Promise<void>;
}

export interface GqlBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export async function startTestGateway(graph: FixtureGraph, overrides: Partial<GatewayServerOptions> = {}): Promise<TestGateway> {
  const cache = new MemoryCacheAdapter();
  const pubsub = new MemoryPubSubAdapter();
  const gateway = createGatewayServer({
    supergraphSdl: graph.supergraphSdl,
    subgraphUrls: graph.subgraphUrls,
    contextSecret: SECRET,
    tenancyHttpUrl: graph.tenancyHttpUrl,
    cache,
    pubsub,
    rateLimiter: { perKey: generous(), perTenant: generous(), anonymous: generous() },
    limits: { maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxCost: 5000 },
    graphiql: false,
    logger: createLogger('gateway-test', { level: 'silent' }),
    ...overrides,
  });
  const { url } = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    pubsub,
    async post(body, headers = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GqlBody };
    },
    async close() {
      await gateway.close();
      await Promise.all([cache.close(), pubsub.close()]);
    },
  };
}
