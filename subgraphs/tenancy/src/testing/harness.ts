// In-process harness for tenancy tests: a fresh database, memory adapters and a real outbox relay.
import { randomUUID } from 'node:crypto';
import { createLogger } from '@nexus/kernel/logger';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { MemoryEventBusAdapter } from '@nexus/kernel/adapters/memory-event-bus';
import { createDatabase } from '@nexus/db/create-database';
import { OutboxRelay } from '@nexus/db/outbox';
import { createTestDatabase } from '@nexus/testing/database';
import { generateJwtKeys } from '../auth/jwt-keys';
import { testTenancyConfig, type TenancyConfig } from '../config';
import { createTenancySubgraph, makeTenancyContext } from '../server';

export const CONTEXT_SECRET = 'tenancy-test-secret-0123456789';

export async function startTenancyHarness(opts: { config?: Partial<TenancyConfig> } = {}) {
  const testDb = await createTestDatabase();
  const db = createDatabase({ url: testDb.appUrl });
  const workerDb = createDatabase({ url: testDb.workerUrl, poolSize: 2 });
  const logger = createLogger('tenancy-test', { level: 'silent' });
  const pubsub = new MemoryPubSubAdapter();
  const eventBus = new MemoryEventBusAdapter({ retryBaseMs: 50 });
  const relay = new OutboxRelay({ db: workerDb, bus: eventBus, logger });
  const { keys } = await generateJwtKeys();
  const server = await createTenancySubgraph({ db, workerDb, config: testTenancyConfig(opts.config), pubsub, eventBus, keys, contextSecret: CONTEXT_SECRET, logger });

  async function exec<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, req: RequestContext = anonymousContext()) {
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue: makeTenancyContext(req, server.services) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
  }

  const as = (claims: Partial<RequestContext>): RequestContext => ({ ...anonymousContext(randomUUID()), ...claims });

  return {
    db, workerDb, pubsub, eventBus, relay, keys, server, exec, as,
    async close() {
      await server.close();
      await relay.stop();
      await Promise.all([db.close(), workerDb.close(), pubsub.close(), eventBus.close()]);
      await testDb.drop();
    },
  };
}
export type TenancyHarness = Awaited<ReturnType<typeof startTenancyHarness>>;
