// Test and bench helper: the real tenancy subgraph (PostgreSQL, persisted signing keys) behind one or more real
// gateways with the access step, sharing Redis when given a URL (as replicas do), else in-process adapters.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@nexus/kernel/logger';
import { createCache, createPubSub } from '@nexus/kernel/adapters/create-adapters';
import { MemoryEventBusAdapter } from '@nexus/kernel/adapters/memory-event-bus';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Cache } from '@nexus/kernel/ports/cache';
import { createDatabase } from '@nexus/db/create-database';
import { createTestDatabase } from '@nexus/testing/database';
import { uniqueRunId } from '@nexus/testing/services';
import { createTenancySubgraph } from '../../../../../subgraphs/tenancy/src/server';
import { testTenancyConfig } from '../../../../../subgraphs/tenancy/src/config';
import { openSigningKeys } from '../../../../../subgraphs/tenancy/src/auth/key-ring/signing-keys';
import { composeSupergraph } from '../../compose/compose';
import { createGatewayServer, type GatewayServerOptions } from '../../create-gateway';
import { AccessResolver } from '../access-resolver';

export const STACK_SECRET = 'identity-stack-secret-0123456789';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

export interface GqlResult {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

export interface StackGateway {
  url: string;
  cache: Cache;
  pubsub: PubSub;
  access: AccessResolver;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult>;
}

export interface StackOptions {
  gateways?: number;
  /** Share cache and pubsub through Redis (keys and topics namespaced per run); unset → one in-process pubsub. */
  redisUrl?: string | null;
  gatewayOverrides?: Partial<GatewayServerOptions>;
  /** Seeds the signing-key table (as JWT_PRIVATE_JWK does), so a test can forge tokens with the platform's own key. */
  platformPrivateJwk?: string;
}

export async function startIdentityStack(o: StackOptions = {}) {
  const logger = createLogger('identity-stack', { level: 'silent' });
  const ns = uniqueRunId('ids');
  const testDb = await createTestDatabase();
  const db = createDatabase({ url: testDb.appUrl });
  const workerDb = createDatabase({ url: testDb.workerUrl, poolSize: 4 });
  const pubsubFor = () => createPubSub({ redisUrl: o.redisUrl ?? undefined, topicPrefix: `${ns}:` });
  const tenancyPubsub = pubsubFor();
  const eventBus = new MemoryEventBusAdapter({ retryBaseMs: 50 });
  const config = testTenancyConfig();
  const keys = await openSigningKeys({ workerDb, pubsub: tenancyPubsub, encryptionKey: config.encryptionKey, rotationDays: 30, logger, legacy: { privateJwk: o.platformPrivateJwk } });
  const tenancy = await createTenancySubgraph({ db, workerDb, config, pubsub: tenancyPubsub, eventBus, keys, contextSecret: STACK_SECRET, logger });
  const t = await tenancy.listen(0, '127.0.0.1');
  const tenancyHttpUrl = t.url.replace(/\/graphql$/, '');
  const { supergraphSdl } = composeSupergraph(repoRoot, (name) => (name === 'tenancy' ? t.url : 'http://127.0.0.1:9/graphql'));
  const subgraphUrls = { tenancy: { http: t.url, ws: t.url.replace(/^http/, 'ws') }, marketplace: { http: 'http://127.0.0.1:9/graphql', ws: 'ws://127.0.0.1:9/graphql' } };

  const closers: (() => Promise<unknown>)[] = [];
  const gateways: StackGateway[] = [];
  for (let i = 0; i < (o.gateways ?? 1); i++) {
    // In memory all parties must share one pubsub; with Redis each gateway has its own connections, as replicas do.
    const pubsub = o.redisUrl ? pubsubFor() : tenancyPubsub;
    const cache = createCache({ redisUrl: o.redisUrl ?? undefined, keyPrefix: `${ns}:cache:` });
    const access = new AccessResolver({ tenancyHttpUrl, contextSecret: STACK_SECRET, cache, pubsub, logger });
    const generous = () => new MemoryRateLimiterAdapter({ capacity: 1e6, refillPerSecond: 1e6 });
    const gateway = createGatewayServer({
      supergraphSdl, subgraphUrls, contextSecret: STACK_SECRET, tenancyHttpUrl, cache, pubsub, resolveAccess: access.resolve,
      rateLimiter: { perKey: generous(), perTenant: generous(), anonymous: generous() },
      limits: { maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxCost: 20_000 }, graphiql: false, logger, baseDomain: config.baseDomain,
      ...o.gatewayOverrides,
    });
    const { url } = await gateway.listen(0, '127.0.0.1');
    closers.push(async () => {
      await gateway.close();
      await access.close();
      await cache.close();
      if (pubsub !== tenancyPubsub) await pubsub.close();
    });
    gateways.push({
      url, cache, pubsub, access,
      async post(query, variables = {}, headers = {}) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers }, body: JSON.stringify({ query, variables }) });
        return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult['body'] };
      },
    });
  }

  /** A new user owning a new organisation, with a platform token for it. */
  async function owner(label = 'owner') {
    const gw = gateways[0]!;
    const email = `${label}.${uniqueRunId('u')}@example.com`.toLowerCase();
    const up = await gw.post('mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } errors { message } } }', { i: { email, password: 'long-enough-password', name: label } });
    const userId = up.body.data?.signUp.user?.id as string;
    if (!userId) throw new Error(`signUp failed: ${JSON.stringify(up.body)}`);
    const slug = `org-${uniqueRunId('t').replace(/_/g, '-').toLowerCase()}`.slice(0, 39);
    const created = await gw.post('mutation($i: CreateTenantInput!) { createTenant(input: $i) { token tenant { id } errors { message } } }', { i: { name: label, slug } }, { authorization: `Bearer ${up.body.data!.signUp.token}` });
    const tenantId = created.body.data?.createTenant.tenant?.id as string;
    if (!tenantId) throw new Error(`createTenant failed: ${JSON.stringify(created.body)}`);
    return { userId, email, tenantId, slug, token: created.body.data!.createTenant.token as string };
  }

  /** A second person in `org`, invited with `role` and joined through the invitation link; their token acts for `org`. */
  async function member(org: { tenantId: string; token: string }, role: string, label = 'member') {
    const gw = gateways[0]!;
    const email = `${label}.${uniqueRunId('m')}@example.com`.toLowerCase();
    const invited = await gw.post('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { inviteUrl errors { message } } }', { i: { email, role } }, { authorization: `Bearer ${org.token}` });
    const link = invited.body.data?.inviteMember.inviteUrl as string | null;
    if (!link) throw new Error(`inviteMember failed: ${JSON.stringify(invited.body)}`);
    const up = await gw.post('mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }', { i: { email, password: 'long-enough-password', name: label } });
    const accepted = await gw.post('mutation($t: String!) { acceptInvitation(token: $t) { token errors { message } } }', { t: link.split('/').pop() }, { authorization: `Bearer ${up.body.data!.signUp.token}` });
    const token = accepted.body.data?.acceptInvitation.token as string | null;
    if (!token) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.body)}`);
    return { userId: up.body.data!.signUp.user.id as string, email, token };
  }

  /** An API key of `org` with these scopes; returns the secret. */
  async function apiKey(org: { token: string }, scopes: string[]) {
    const res = await gateways[0]!.post('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } errors { message } } }', { i: { name: 'test key', scopes } }, { authorization: `Bearer ${org.token}` });
    const secret = res.body.data?.createApiKey.secret as string | null;
    if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(res.body)}`);
    return { secret, id: res.body.data!.createApiKey.apiKey.id as string };
  }

  return {
    tenancy, keys, db, workerDb, gateways, tenancyHttpUrl, tenancyPubsub, owner, member, apiKey,
    async close() {
      for (const c of closers) await c();
      await tenancy.close();
      await keys.close();
      await Promise.all([tenancyPubsub.close(), eventBus.close()]);
      await Promise.all([db.close(), workerDb.close()]);
      await testDb.drop();
    },
  };
}
export type IdentityStack = Awaited<ReturnType<typeof startIdentityStack>>;
