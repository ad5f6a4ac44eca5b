// Builds the tenancy subgraph from its dependencies; main.ts and the embedded launcher both use it.
import { readFileSync } from 'node:fs';
import express from 'express';
import { createBatchLoader } from '@nexus/kernel/batch-loader';
import type { RequestContext } from '@nexus/kernel/context';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import type { Database } from './db';
import type { JwtKeys } from './auth/jwt-keys';
import type { TenancyConfig } from './config';
import { AccountService } from './accounts/account-service';
import { TenantService } from './tenants/tenant-service';
import { ApiKeyService } from './api-keys/api-key-service';
import { startActivityConsumer } from './activity/tenant-activity';
import { resolvers } from './resolvers';
import type { SubgraphContext, TenancyServices } from './context';

/** Built per request, so batching and its memo never outlive one operation. */
export const makeTenancyContext = (req: RequestContext, services: TenancyServices): SubgraphContext => ({
  req,
  services,
  loaders: { tenantById: createBatchLoader((ids: string[]) => services.tenants.findMany(ids)) },
});

export const TENANCY_SDL = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

export interface TenancyDeps {
  db: Database;
  /** BYPASSRLS pool: look-ups before the tenant is known (domain host, ACME token, OIDC issuer, invitation token) and scheduled jobs. */
  workerDb: Database;
  config: TenancyConfig;
  pubsub: PubSub;
  eventBus: EventBus;
  keys: JwtKeys;
  contextSecret: string;
  logger: Logger;
}

export async function createTenancySubgraph(deps: TenancyDeps) {
  const services: TenancyServices = {
    accounts: new AccountService(deps.db, deps.keys),
    tenants: new TenantService(deps.db),
    apiKeys: new ApiKeyService(deps.db, deps.pubsub),
    pubsub: deps.pubsub,
  };
  const consumer = await startActivityConsumer(deps.eventBus, deps.pubsub);
  const server = await createSubgraphServer<SubgraphContext>({
    name: 'tenancy',
    typeDefs: TENANCY_SDL,
    resolvers,
    contextSecret: deps.contextSecret,
    logger: deps.logger,
    makeContext: (req) => makeTenancyContext(req, services),
    configure: (app) => {
      app.get('/.well-known/jwks.json', (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(deps.keys.jwks());
      });
      // Only the gateway may ask: the call must carry its signed context header.
      app.post('/internal/api-keys/verify', express.json({ limit: '4kb' }), async (req, res) => {
        try {
          verifyContext(req.header(CONTEXT_HEADER), deps.contextSecret);
        } catch {
          res.status(401).json({ ok: false, reason: 'Unsigned internal call.' });
          return;
        }
        res.json(await services.apiKeys.verify((req.body as { key?: unknown } | undefined)?.key));
      });
    },
  });
  return {
    ...server,
    services,
    close: async () => {
      await consumer.stop();
      await server.close();
    },
  };
}
