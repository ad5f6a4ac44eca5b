// Builds the tenancy subgraph from its dependencies; main.ts and the embedded launcher both use it.
import { readFileSync } from 'node:fs';
import express from 'express';
import { createBatchLoader } from '@nexus/kernel/batch-loader';
import type { RequestContext } from '@nexus/kernel/context';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import type { Database } from './db';
import type { JwtKeys } from './auth/jwt-keys';
import type { TenancyConfig } from './config';
import { AccountService } from './accounts/account-service';
import { TenantService } from './tenants/tenant-service';
import { ApiKeyService } from './api-keys/api-key-service';
import { OrganizationService } from './members/organization-service';
import { MemberService } from './members/member-service';
import { InvitationService } from './members/invitation-service';
import { InvitationAcceptance } from './members/invitation-acceptance';
import { RoleService } from './members/role-service';
import { AccessService } from './access/access-service';
import { signedInternalRoute } from './access/internal-route';
import { createMailer } from './mail/mailer';
import { startActivityConsumer } from './activity/tenant-activity';
import { DomainService } from './domains/domain-service';
import { registerDomainRoutes } from './domains/domain-routes';
import { createQuotaArea } from './quotas/quota-area';
import { registerUsageRoutes } from './quotas/usage-routes';
import { AuditLogService } from './audit/audit-log-service';
import { resolvers } from './resolvers';
import { IdentityProviderService } from './auth/oidc/identity-provider-service';
import { OidcSignInService } from './auth/oidc/oidc-sign-in';
import { oidcVerifyRouter } from './auth/oidc/oidc-verify-route';
import type { SubgraphContext, TenancyServices } from './context';

/** Built per request, so batching and its memo never outlive one operation. */
export const makeTenancyContext = (req: RequestContext, services: TenancyServices): SubgraphContext => ({
  req,
  services,
  loaders: {
    tenantById: createBatchLoader((ids: string[]) => services.tenants.findMany(ids)),
    userById: createBatchLoader((ids: string[]) => services.accounts.findUsers(ids)),
  },
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
  const mailer = createMailer(deps.config);
  const quotaArea = createQuotaArea(deps);
  const services: TenancyServices = {
    accounts: new AccountService(deps.db, deps.keys),
    tenants: new TenantService(deps.db),
    apiKeys: new ApiKeyService(deps.db, deps.workerDb, deps.pubsub),
    organization: new OrganizationService(deps.db),
    members: new MemberService(deps.db, deps.pubsub),
    invitations: new InvitationService(deps.db, mailer, deps.config.webUrl),
    acceptance: new InvitationAcceptance(deps.db, deps.workerDb, deps.pubsub),
    roles: new RoleService(deps.db, deps.pubsub),
    access: new AccessService(deps.db, deps.config),
    domains: new DomainService(deps),
    quotas: quotaArea.quotas,
    isolation: quotaArea.isolation,
    audit: new AuditLogService(deps.db),
    identityProviders: new IdentityProviderService(deps.db, deps.pubsub),
    oidcSignIn: new OidcSignInService({ db: deps.db, workerDb: deps.workerDb, pubsub: deps.pubsub, logger: deps.logger }),
    pubsub: deps.pubsub,
  };
  const consumer = await startActivityConsumer(deps.eventBus, deps.pubsub);
  await quotaArea.start();
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
      app.post('/internal/api-keys/verify', express.json({ limit: '4kb' }), ...signedInternalRoute(deps.contextSecret, (body) => {
        const b = body as { key?: unknown; ip?: unknown } | undefined;
        return services.apiKeys.verify(b?.key, b?.ip);
      }));
      // The gateway's access step: current roles, permissions and plan limits of the caller in one tenant.
      app.post('/internal/access', express.json({ limit: '8kb' }), ...signedInternalRoute(deps.contextSecret, (body) => services.access.resolve(body)));
      registerDomainRoutes(app, { domains: services.domains, contextSecret: deps.contextSecret, logger: deps.logger });
      // The gateway's per-minute API request counts.
      registerUsageRoutes(app, deps);
      // Bearer tokens from tenants' own identity providers, handed over by the gateway.
      app.use(oidcVerifyRouter(services.oidcSignIn, deps.contextSecret, deps.logger));
    },
  });
  services.domains.startJob();
  return {
    ...server,
    services,
    close: async () => {
      await services.domains.close();
      await quotaArea.close();
      await consumer.stop();
      await server.close();
      mailer.close();
    },
  };
}
