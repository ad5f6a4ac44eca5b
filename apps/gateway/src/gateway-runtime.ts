// The Hive Gateway runtime for our supergraph: transports, identity, rate limits and query limits as plugins.
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';
import type { Logger } from '@nexus/kernel/logger';
import type { ResolveIdentity } from './auth/resolve-identity';
import { hiveLoggerFor } from './hive-log-writer';
import { type QueryLimits, useQueryLimits } from './limits/use-query-limits';
import type { GatewayRateLimiters } from './rate-limit/enforce-rate-limit';
import { type SubgraphUrls, subgraphTransportEntries } from './subgraph-transports';
import { type PlanGuard, type ResolveAccess, useRequestContext } from './use-request-context';
import { renderLocalGraphiQL } from './graphiql-assets';

export const GRAPHQL_PATH = '/graphql';

export interface RuntimeOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, SubgraphUrls>;
  contextSecret: string;
  resolveIdentity: ResolveIdentity;
  resolveAccess?: ResolveAccess;
  planGuard?: PlanGuard;
  rateLimiters: GatewayRateLimiters;
  limits: QueryLimits;
  graphiql: boolean;
  logger: Logger;
}

export function createRuntime(o: RuntimeOptions): GatewayRuntime {
  return createGatewayRuntime({
    supergraph: o.supergraphSdl,
    graphqlEndpoint: GRAPHQL_PATH,
    // Loaded here rather than by name at run time, so a missing package fails at start-up.
    transports: { http: httpTransport, ws: wsTransport },
    transportEntries: subgraphTransportEntries(o.subgraphUrls),
    graphiql: o.graphiql,
    renderGraphiQL: renderLocalGraphiQL,
    landingPage: false,
    logging: hiveLoggerFor(o.logger),
    // The identity plugin owns x-request-id (it validates a client-sent one and signs it into the context).
    requestId: false,
    plugins: () => [
      useRequestContext({ resolveIdentity: o.resolveIdentity, resolveAccess: o.resolveAccess, planGuard: o.planGuard, rateLimiters: o.rateLimiters, contextSecret: o.contextSecret, logger: o.logger }),
      useQueryLimits(o.limits),
    ],
  });
}
