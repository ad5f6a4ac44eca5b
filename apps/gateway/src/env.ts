// The gateway's configuration from process.env, validated at start-up; defaults give the embedded mode.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';
import { SUBGRAPHS } from './compose/subgraph-list';
import type { SubgraphUrls } from './subgraph-transports';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const num = (fallback: number) => z.coerce.number().positive().default(fallback);

export const ZGatewayEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** HMAC secret shared with every subgraph; the embedded default is for local runs only. */
  CONTEXT_SIGNING_SECRET: z.string().min(16).default('dev-only-context-signing-secret'),
  /** Tenancy's plain HTTP base (JWKS, API key verification), not its /graphql. */
  TENANCY_URL: z.url().default('http://localhost:4102'),
  REDIS_URL: z.url().optional(),
  LIMIT_MAX_DEPTH: int(12),
  LIMIT_MAX_ALIASES: int(30),
  LIMIT_MAX_TOKENS: int(2000),
  LIMIT_MAX_COST: int(20_000),
  RATE_LIMIT_BURST: int(50),
  RATE_LIMIT_PER_SECOND: num(20),
  RATE_LIMIT_ANONYMOUS_BURST: int(20),
  RATE_LIMIT_ANONYMOUS_PER_SECOND: num(5),
  /** `<slug>.<BASE_DOMAIN>` addresses a tenant; unset → only verified custom domains name a tenant. */
  BASE_DOMAIN: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** HTTPS port serving custom domains with their certificates by SNI; unset → no TLS listener. */
  GATEWAY_TLS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
});

/** `<NAME>_SUBGRAPH_URL` per composed subgraph (MARKETPLACE_SUBGRAPH_URL, TENANCY_SUBGRAPH_URL, …), defaulting to its local port. */
export const subgraphUrlVar = (name: string) => `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_SUBGRAPH_URL`;
const ZSubgraphUrls = z.object(Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlVar(s.name), z.url().default(`http://localhost:${s.defaultPort}/graphql`)])));

export type TGatewayEnv = z.infer<typeof ZGatewayEnv> & { subgraphUrls: Record<string, SubgraphUrls> };

/** ws:// twin of an http:// subgraph URL: subscriptions use the same path over graphql-ws. */
export const wsUrlOf = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

export function loadGatewayEnv(source: Record<string, string | undefined> = process.env): TGatewayEnv {
  const env = loadEnvOrExit(ZGatewayEnv, source, 'gateway');
  const urls = loadEnvOrExit(ZSubgraphUrls, source, 'gateway') as Record<string, string>;
  if (env.NODE_ENV === 'production' && !source.CONTEXT_SIGNING_SECRET) {
    console.error('gateway: CONTEXT_SIGNING_SECRET must be set in production (the same value every subgraph verifies with).');
    process.exit(1);
  }
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => {
      const http = urls[subgraphUrlVar(s.name)]!;
      return [s.name, { http, ws: wsUrlOf(http) }];
    }),
  );
  return { ...env, subgraphUrls };
}
