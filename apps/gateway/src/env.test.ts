// The gateway's env: embedded defaults, per-subgraph URL variables, and clear refusals of bad values.
import { expect, it } from 'vitest';
import { ZGatewayEnv } from './env';
import { loadGatewayEnv } from './env';

it('runs with no variables at all (embedded mode) and derives ws URLs for subscriptions', () => {
  const env = loadGatewayEnv({});
  expect(env).toMatchObject({ PORT: 4000, LIMIT_MAX_DEPTH: 12, LIMIT_MAX_ALIASES: 30, LIMIT_MAX_TOKENS: 2000, LIMIT_MAX_COST: 20_000, RATE_LIMIT_BURST: 50, RATE_LIMIT_PER_SECOND: 20 });
  expect(env.subgraphUrls.marketplace).toEqual({ http: 'http://localhost:4101/graphql', ws: 'ws://localhost:4101/graphql' });
  expect(env.subgraphUrls.tenancy?.http).toBe('http://localhost:4102/graphql');
  expect(env.REDIS_URL).toBeUndefined();
});

it('takes each subgraph URL from <NAME>_SUBGRAPH_URL', () => {
  const env = loadGatewayEnv({ TENANCY_SUBGRAPH_URL: 'https://tenancy.internal/graphql' });
  expect(env.subgraphUrls.tenancy).toEqual({ http: 'https://tenancy.internal/graphql', ws: 'wss://tenancy.internal/graphql' });
});

it('refuses nonsense limits', () => {
  expect(ZGatewayEnv.safeParse({ LIMIT_MAX_DEPTH: '-3' }).success).toBe(false);
  expect(ZGatewayEnv.safeParse({ CONTEXT_SIGNING_SECRET: 'short' }).success).toBe(false);
});
