// The gateway process's server: one Node HTTP server for /graphql (HTTP + graphql-ws), /healthz and /readyz.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Logger } from '@nexus/kernel/logger';
import { ApiKeyVerifier } from './auth/api-key-verifier';
import { OidcTokenVerifier } from './auth/oidc-token-verifier';
import { createIdentityChain } from './auth/resolve-identity';
import { DomainDirectory } from './domains/domain-directory';
import { handleAcmeChallenge } from './domains/acme-challenge-proxy';
import { handleWebhook } from './webhooks/webhook-proxy';
import { createRuntime, GRAPHQL_PATH } from './gateway-runtime';
import { attachGraphQLWS } from './graphql-ws-server';
import { checkReadiness, sendJson } from './health';
import type { QueryLimits } from './limits/use-query-limits';
import type { GatewayRateLimiters } from './rate-limit/enforce-rate-limit';
import type { SubgraphUrls } from './subgraph-transports';
import { type PlanGuard, type ResolveAccess, stripForgedContext } from './use-request-context';
import { serveGraphiQLAsset } from './graphiql-assets';

export interface GatewayServerOptions {
  supergraphSdl: string;
  /** Keyed by the lower-case join__graph name; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<string, SubgraphUrls>;
  contextSecret: string;
  tenancyHttpUrl: string;
  /** Key set for platform JWTs; defaults to tenancy's `/.well-known/jwks.json`. */
  jwks?: JWTVerifyGetKey;
  cache: Cache;
  pubsub: PubSub;
  rateLimiter: GatewayRateLimiters;
  limits: QueryLimits;
  graphiql: boolean;
  logger: Logger;
  /** Caller → permissions and plan limits (tenancy's /internal/access); default: none. */
  resolveAccess?: ResolveAccess;
  /** Per-minute plan limits and usage metering. */
  planGuard?: PlanGuard;
  /** `<slug>.<baseDomain>` addresses a tenant (BASE_DOMAIN); unset → only verified custom domains do. */
  baseDomain?: string | null;
}

export interface GatewayServer {
  listen(port: number, host?: string): Promise<{ url: string }>;
  /** Closes WebSockets, the HTTP server, the runtime (subgraph connections) and the revocation listener. */
  close(): Promise<void>;
  handler: RequestListener;
  /** Serves graphql-ws on another listener too (the TLS one for custom domains); closed with the gateway. */
  attachWebSockets(server: HttpsServer): void;
}

export function createGatewayServer(o: GatewayServerOptions): GatewayServer {
  const apiKeys = new ApiKeyVerifier({ tenancyHttpUrl: o.tenancyHttpUrl, contextSecret: o.contextSecret, cache: o.cache, pubsub: o.pubsub, logger: o.logger, failureLimiter: o.rateLimiter.apiKeyFailures });
  const jwks = o.jwks ?? createRemoteJWKSet(new URL('/.well-known/jwks.json', o.tenancyHttpUrl));
  const oidc = new OidcTokenVerifier({ tenancyHttpUrl: o.tenancyHttpUrl, contextSecret: o.contextSecret, cache: o.cache, pubsub: o.pubsub, logger: o.logger });
  const domains = new DomainDirectory({ tenancyHttpUrl: o.tenancyHttpUrl, contextSecret: o.contextSecret, cache: o.cache, pubsub: o.pubsub, logger: o.logger });
  const runtime = createRuntime({ ...o, resolveIdentity: createIdentityChain({ apiKeys, jwks, oidc, logger: o.logger, domains, baseDomain: o.baseDomain }), rateLimiters: o.rateLimiter });

  const handler: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/readyz') {
      void checkReadiness(o.subgraphUrls, o.contextSecret).then((r) => sendJson(res, r.status === 'ready' ? 200 : 503, r));
      return;
    }
    // http-01 on the edge's port 80: the CA asks the customer's domain, tenancy holds the token.
    if (handleAcmeChallenge(req, res, path ?? '', o.tenancyHttpUrl)) return;
    // Public workflow webhooks: the secret in the path is the credential; workflows checks it.
    if (handleWebhook(req, res, path ?? '', o.subgraphUrls.workflows?.http.replace(/\/graphql$/, ''))) return;
    if (o.graphiql && req.method === 'GET' && serveGraphiQLAsset(path ?? '', res)) return;
    stripForgedContext(req.headers);
    runtime.requestListener(req, res);
  };

  const server = createServer(handler);
  const sockets = [attachGraphQLWS(server, runtime, GRAPHQL_PATH, o.logger)];

  return {
    handler,
    attachWebSockets: (other) => {
      sockets.push(attachGraphQLWS(other, runtime, GRAPHQL_PATH, o.logger));
    },
    async listen(port, host = '0.0.0.0') {
      // Without a schema the first WebSocket operation fails ("Expected null to be a GraphQL schema").
      await runtime.getSchema();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const { port: bound } = server.address() as AddressInfo;
      return { url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${GRAPHQL_PATH}` };
    },
    async close() {
      await Promise.all(sockets.map((s) => s.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      await runtime.dispose();
      await apiKeys.close();
      await oidc.close();
      await domains.close();
    },
  };
}
