// Starts the whole platform in one process: database, event relay, subgraphs, gateway (and the web as a child).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createLogger } from '@nexus/kernel/logger';
import { createCache, createEventBus, createPubSub, createQueue, createRateLimiter } from '@nexus/kernel/adapters/create-adapters';
import { blobStoreFromEnv } from '@nexus/kernel/adapters/blob-store-env';
import { createSearchIndex } from '@nexus/kernel/search/create-search-index';
import { createAgentRuntime } from '@nexus/agent-runtime/run-agent';
import { createDatabase } from '@nexus/db/create-database';
import { OutboxRelay } from '@nexus/db/outbox';
import { DEMO_PUBLISHERS, seedDemo, type DemoSeed } from '@nexus/db/seed-demo';
import { seedCatalogue } from '../../subgraphs/marketplace/src/seed/seed-catalogue';
import { createTenancySubgraph } from '../../subgraphs/tenancy/src/server';
import { openSigningKeys } from '../../subgraphs/tenancy/src/auth/key-ring/signing-keys';
import { loadEncryptionKey, type TenancyConfig } from '../../subgraphs/tenancy/src/config';
import { createMarketplaceSubgraph } from '../../subgraphs/marketplace/src/server';
import { createWorkflowsSubgraph } from '../../subgraphs/workflows/src/server';
import { seedDemoWorkflow } from '../../subgraphs/workflows/src/seed/seed-workflows';
import { DEFAULT_BENCHMARK_POLICY } from '../../subgraphs/marketplace/src/publish/benchmark-step';
import { createGatewayServer } from '../../apps/gateway/src/create-gateway';
import { createTlsServer } from '../../apps/gateway/src/tls/tls-server';
import { AccessResolver } from '../../apps/gateway/src/access/access-resolver';
import { apiKeyFailureLimits } from '../../apps/gateway/src/auth/api-key-failure-guard';
import { startPlanGuard } from '../../apps/gateway/src/usage/plan-guard';
import { composeSupergraph } from '../../apps/gateway/src/compose/compose';
import type { TPlatformEnv } from '../env';
import { openPlatformDatabase } from './database';
import { startWeb } from './web-process';

export interface PlatformOptions {
  env: TPlatformEnv;
  repoRoot: string;
  web: boolean;
  watch?: boolean;
  seed?: boolean;
  log?: (line: string) => void;
  /** Token buckets `[capacity, refill per second]`; benchmarks raise them. */
  rateLimits?: { perKey: [number, number]; perTenant: [number, number]; anonymous: [number, number] };
}

const DEFAULT_RATE_LIMITS = { perKey: [100, 50], perTenant: [200, 100], anonymous: [60, 30] } as const;

export interface Platform {
  urls: { gateway: string; gatewayWs: string; web: string | null; marketplace: string; tenancy: string; workflows: string };
  databaseMode: 'embedded' | 'server';
  stop(): Promise<void>;
}

export async function startPlatform(o: PlatformOptions): Promise<Platform> {
  const { env } = o;
  const log = o.log ?? ((line: string) => console.log(line));
  const logger = createLogger('platform', { level: env.LOG_LEVEL });
  const stops: [string, () => Promise<unknown>][] = [];
  const onStop = (name: string, stop: () => Promise<unknown>) => stops.push([name, stop]);
  // Last started, first stopped; each step is named so a hang points at its culprit.
  const stopAll = async () => {
    for (const [name, stop] of stops.reverse()) {
      logger.debug({ step: name }, 'stopping');
      await stop().catch((e) => logger.error({ err: e, step: name }, 'stop failed'));
    }
  };
  try {
    // Every service in this process shares one secret; a fresh one per run unless configured.
    const contextSecret = env.CONTEXT_SIGNING_SECRET ?? randomBytes(32).toString('base64url');
    const database = await openPlatformDatabase(env.db, log);
    onStop('database', () => database.stop());
    const db = createDatabase({ url: database.appUrl });
    const workerDb = createDatabase({ url: database.workerUrl, poolSize: 2 });
    onStop('app pool', () => db.close());
    onStop('worker pool', () => workerDb.close());
    // Seeds go through the application role, so they pass the same RLS checks as real writes.
    const demo: DemoSeed | null = o.seed !== false ? await seedDemo(db) : null;

    // One namespace prefixes every shared-server name, so several platforms can share Redis and NATS.
    const ns = env.NEXUS_NAMESPACE;
    const cache = createCache({ redisUrl: env.REDIS_URL, keyPrefix: `${ns}:cache:` });
    const pubsub = createPubSub({ redisUrl: env.REDIS_URL, topicPrefix: `${ns}:` });
    const eventBus = await createEventBus({ natsUrl: env.NATS_URL, stream: `${ns.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_EVENTS`, subjectPrefix: `${ns}.events` });
    onStop('cache', () => cache.close());
    onStop('pubsub', () => pubsub.close());
    onStop('event bus', () => eventBus.close());
    log(`adapters: cache/pubsub ${env.REDIS_URL ? 'Redis' : 'in-process'}, event bus ${env.NATS_URL ? 'NATS JetStream' : 'in-process'}`);

    const relay = new OutboxRelay({ db: workerDb, bus: eventBus, logger });
    relay.start();
    onStop('outbox relay', () => relay.stop());

    const blobs = blobStoreFromEnv({ ...env, BLOB_DIR: join(env.db.DATA_DIR, 'blobs') });
    const searchIndex = await createSearchIndex({ meiliHost: env.MEILI_HOST, meiliApiKey: env.MEILI_API_KEY, indexUid: `${ns}-agents` });
    const runtime = createAgentRuntime();
    onStop('agent runtime', async () => runtime.dispose());
    onStop('blob store', () => blobs.close());
    onStop('search index', () => searchIndex.close());
    const marketplace = await createMarketplaceSubgraph({
      db, workerDb, blobs, cache, eventBus, searchIndex, runtime, contextSecret, logger: logger.child({ subgraph: 'marketplace' }),
      // The demo data makes acme's owner the moderator; a server deployment names its operator explicitly.
      platformAdminScope: env.PLATFORM_ADMIN_TENANT ?? (database.mode === 'embedded' ? 'acme' : null),
      benchmarkPolicy: { ...DEFAULT_BENCHMARK_POLICY, minScore: env.PUBLISH_MIN_BENCHMARK_SCORE },
    });
    if (demo) {
      log('seed: publishing the demo catalogue through the marketplace pipeline (first start only) …');
      await seedCatalogue({
        root: join(o.repoRoot, 'prisma/seed-agents'), db, workerDb, services: marketplace.services, logger,
        publishers: DEMO_PUBLISHERS.map((p) => ({ tenantId: demo.tenants[p.slug]!, scope: p.slug, name: p.name })), raters: demo.raters,
      });
    }
    const tenancyConfig: TenancyConfig = {
      webUrl: env.PUBLIC_WEB_URL ?? `http://localhost:${env.WEB_PORT}`,
      smtpUrl: env.SMTP_URL ?? null,
      mailFrom: env.MAIL_FROM,
      baseDomain: env.BASE_DOMAIN,
      cnameTarget: env.DOMAIN_CNAME_TARGET ?? `domains.${env.BASE_DOMAIN}`,
      edgeIpv4: env.EDGE_IPV4 ?? null,
      dnsServers: env.DNS_SERVERS ? env.DNS_SERVERS.split(',').map((x) => x.trim()).filter(Boolean) : [],
      acmeDirectoryUrl: env.ACME_DIRECTORY_URL ?? null,
      acmeCaCertFile: env.ACME_CA_CERT ?? null,
      acmeAccountEmail: env.ACME_ACCOUNT_EMAIL,
      encryptionKey: loadEncryptionKey(env.ENCRYPTION_KEY, join(env.db.DATA_DIR, 'keys/encryption.key')),
      kubeconfig: env.KUBECONFIG ?? null,
      platformAdminTenant: env.PLATFORM_ADMIN_TENANT ?? (database.mode === 'embedded' ? 'acme' : null),
      jwtRotationDays: env.JWT_ROTATION_DAYS,
    };
    // Signing keys live in the database (sealed); the old key file or JWT_PRIVATE_JWK seeds an empty table.
    const keys = await openSigningKeys({
      workerDb, pubsub, encryptionKey: tenancyConfig.encryptionKey, rotationDays: tenancyConfig.jwtRotationDays, logger: logger.child({ subgraph: 'tenancy' }),
      legacy: { privateJwk: env.JWT_PRIVATE_JWK, keyFile: join(env.db.DATA_DIR, 'keys/jwt-ed25519.json') },
    });
    onStop('signing keys', () => keys.close());
    const tenancy = await createTenancySubgraph({ db, workerDb, config: tenancyConfig, pubsub, eventBus, keys, contextSecret, logger: logger.child({ subgraph: 'tenancy' }) });
    onStop('marketplace subgraph', () => marketplace.close());
    onStop('tenancy subgraph', () => tenancy.close());
    const m = await marketplace.listen(env.MARKETPLACE_PORT, env.HOST);
    const t = await tenancy.listen(env.TENANCY_PORT, env.HOST);
    // Run jobs on BullMQ when Redis is configured, else on the in-process queue; the sweep re-queues orphaned runs either way.
    const queue = createQueue({ redisUrl: env.REDIS_URL, prefix: `${ns}:q` });
    onStop('queue', () => queue.close());
    const workflows = await createWorkflowsSubgraph({
      db, workerDb, pubsub, queue, blobs, encryptionKey: tenancyConfig.encryptionKey, contextSecret,
      marketplaceUrl: m.url.replace(/\/graphql$/, ''), tenancyUrl: t.url.replace(/\/graphql$/, ''), logger: logger.child({ subgraph: 'workflows' }),
      allowPrivateNetworks: env.WORKFLOW_HTTP_ALLOW_PRIVATE,
    });
    onStop('workflows subgraph', () => workflows.close());
    if (demo) await seedDemoWorkflow(workflows.services.workflows, { tenantId: demo.tenantId, userId: demo.userId });
    const wf = await workflows.listen(env.WORKFLOWS_PORT, env.HOST);

    const wsOf = (url: string) => url.replace(/^http/, 'ws');
    const subgraphUrls = {
      marketplace: { http: m.url, ws: wsOf(m.url) }, tenancy: { http: t.url, ws: wsOf(t.url) }, workflows: { http: wf.url, ws: wsOf(wf.url) },
    };
    const { supergraphSdl } = composeSupergraph(o.repoRoot, (name) => subgraphUrls[name as keyof typeof subgraphUrls].http);
    const limits = o.rateLimits ?? DEFAULT_RATE_LIMITS;
    const bucket = ([capacity, refillPerSecond]: readonly [number, number]) => {
      const limiter = createRateLimiter({ capacity, refillPerSecond, redisUrl: env.REDIS_URL, keyPrefix: `${ns}:rl:` });
      onStop('rate limiter', () => limiter.close());
      return limiter;
    };
    // The access step: permissions and plan limits per caller, from tenancy, cached and dropped on change.
    const access = new AccessResolver({ tenancyHttpUrl: t.url.replace(/\/graphql$/, ''), contextSecret, cache, pubsub, logger: logger.child({ app: 'gateway' }) });
    onStop('gateway access', () => access.close());
    const apiKeyFailures = createRateLimiter({ ...apiKeyFailureLimits(), redisUrl: env.REDIS_URL, keyPrefix: `${ns}:rl:` });
    onStop('API key failure limiter', () => apiKeyFailures.close());
    // Plan limit per tenant (apiRequestsPerMinute) and request metering; stopped after the gateway, before tenancy.
    const planGuard = startPlanGuard({ tenancyHttpUrl: t.url.replace(/\/graphql$/, ''), contextSecret, redisUrl: env.REDIS_URL, keyPrefix: `${ns}:rl:`, logger: logger.child({ app: 'gateway' }) });
    onStop('gateway plan guard', () => planGuard.close());
    const gateway = await createGatewayServer({
      supergraphSdl,
      subgraphUrls,
      contextSecret,
      tenancyHttpUrl: t.url.replace(/\/graphql$/, ''),
      resolveAccess: access.resolve,
      planGuard,
      cache,
      pubsub,
      rateLimiter: {
        perKey: bucket(limits.perKey), perTenant: bucket(limits.perTenant), anonymous: bucket(limits.anonymous),
        apiKeyFailures,
      },
      limits: { maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxCost: 20_000 },
      graphiql: env.NODE_ENV !== 'production',
      logger: logger.child({ app: 'gateway' }),
      baseDomain: env.BASE_DOMAIN,
    });
    onStop('gateway', () => gateway.close());
    const g = await gateway.listen(env.GATEWAY_PORT, env.HOST);
    if (env.GATEWAY_TLS_PORT !== undefined) {
      // Custom domains over HTTPS: each handshake gets its domain's certificate by SNI.
      const tls = await createTlsServer({ handler: gateway.handler, websockets: gateway.attachWebSockets, tenancyHttpUrl: t.url.replace(/\/graphql$/, ''), contextSecret, pubsub, logger: logger.child({ app: 'gateway-tls' }) });
      onStop('gateway TLS', () => tls.close());
      log(`gateway TLS (custom domains): ${(await tls.listen(env.GATEWAY_TLS_PORT, env.HOST)).url}`);
    }
    const gatewayUrl = `http://localhost:${new URL(g.url).port}/graphql`;

    let webUrl: string | null = null;
    if (o.web) {
      const web = startWeb({ repoRoot: o.repoRoot, port: env.WEB_PORT, host: env.HOST, gatewayHttpUrl: g.url, gatewayWsUrl: wsOf(gatewayUrl), watch: o.watch ?? false, log });
      onStop('web', () => web.stop());
      webUrl = `http://localhost:${env.WEB_PORT}`;
    }
    return {
      urls: { gateway: gatewayUrl, gatewayWs: wsOf(gatewayUrl), web: webUrl, marketplace: m.url, tenancy: t.url, workflows: wf.url },
      databaseMode: database.mode,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
