// Builds the workflows subgraph from its dependencies; main.ts and the embedded launcher both use it. One process
// serves the API and, unless told not to, works on run jobs, sweeps for orphaned runs and fires schedules.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import type { RequestContext } from '@nexus/kernel/context';
import type { Logger } from '@nexus/kernel/logger';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Queue } from '@nexus/kernel/ports/queue';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import type { Database } from './db';
import type { SubgraphContext, WorkflowsServices } from './context';
import type { Clock, NodeExecutor } from './engine/engine-types';
import { createBuiltinRegistry } from './graph/builtin-registry';
import type { NodeTypeRegistry } from './graph/node-type';
import { createHttpAgentInvoker } from './nodes/agent-invoker';
import { createStepExecutors, type AgentInvoker, type RunScope } from './nodes/step-executors';
import type { DriverDeps } from './runs/run-driver';
import { createAfterRun, createScheduledStart, createSubWorkflowRunner } from './runs/run-hooks';
import { RunService } from './runs/run-service';
import { RunStore } from './runs/run-store';
import { createTenantLimits } from './runs/tenant-limits';
import { createRunJobs, startRunWorker, type RunWorker } from './runs/run-worker';
import { startScheduleTicker, type ScheduleTicker } from './schedules/schedule-ticker';
import { SecretStore } from './secrets/secret-store';
import { WorkflowSettingsService } from './secrets/workflow-settings';
import { registerWebhookRoute } from './webhooks/webhook-route';
import { WorkflowService } from './workflows/workflow-service';
import { resolvers } from './resolvers';

export const WORKFLOWS_SDL = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

export interface WorkflowsDeps {
  db: Database;
  workerDb: Database;
  pubsub: PubSub;
  queue: Queue;
  blobs: BlobStore;
  encryptionKey: Buffer;
  contextSecret: string;
  /** Marketplace base URL for agent nodes. */
  marketplaceUrl: string;
  /** Tenancy base URL: plan limits for runs no request started (webhooks, schedules); absent: they are not held back. */
  tenancyUrl?: string;
  logger: Logger;
  /** Extra node types (protocol-translate, quality-gate, tests): registered with their executors. */
  extensions?: { register(registry: NodeTypeRegistry): void; executors(scope: RunScope): Record<string, NodeExecutor> }[];
  worker?: {
    /** Run jobs at once; 0: this process serves the API only. Default 8. */
    concurrency?: number;
    /** Lease of a driven run (default 30 s); a dead worker's runs are taken over after it lapses. */
    leaseMs?: number;
    /** Sweep for orphaned runs this often (default 5 s). */
    sweepIntervalMs?: number;
    /** Fire due schedules this often (default 1 s); 0 turns schedules off in this process. */
    scheduleIntervalMs?: number;
    clock?: Clock;
  };
  agents?: AgentInvoker;
  fetch?: typeof fetch;
  /** Let HTTP request and LLM nodes reach loopback/private addresses (WORKFLOW_HTTP_ALLOW_PRIVATE); public only by default. */
  allowPrivateNetworks?: boolean;
  /** Live streams re-read the store after this much quiet (ms). */
  streamPollMs?: number;
}

export async function createWorkflowsSubgraph(deps: WorkflowsDeps) {
  const registry = createBuiltinRegistry();
  for (const ext of deps.extensions ?? []) ext.register(registry);
  const store = new RunStore({ workerDb: deps.workerDb, blobs: deps.blobs });
  const jobs = createRunJobs(deps.queue);
  const workflows = new WorkflowService({ db: deps.db, workerDb: deps.workerDb, registry, encryptionKey: deps.encryptionKey });
  const secrets = new SecretStore({ db: deps.db, encryptionKey: deps.encryptionKey });
  const settings = new WorkflowSettingsService({ db: deps.db });
  const runs = new RunService({
    db: deps.db, workerDb: deps.workerDb, blobs: deps.blobs, pubsub: deps.pubsub, store, jobs, registry, workflows,
    ...(deps.streamPollMs ? { streamPollMs: deps.streamPollMs } : {}),
    ...(deps.tenancyUrl ? { limits: createTenantLimits({ tenancyUrl: deps.tenancyUrl, contextSecret: deps.contextSecret, logger: deps.logger, ...(deps.fetch ? { fetch: deps.fetch } : {}) }) } : {}),
  });
  const services: WorkflowsServices = { registry, workflows, secrets, settings, runs };
  const logger = deps.logger;

  const w = deps.worker ?? {};
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const hookDeps = { runs, workflows, store, logger, driver: (): DriverDeps => driver };
  const agents = deps.agents ?? createHttpAgentInvoker({ marketplaceUrl: deps.marketplaceUrl, contextSecret: deps.contextSecret, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const nodeServices = {
    secret: (tenantId: string, name: string) => secrets.resolve(tenantId, name),
    allowedHosts: (tenantId: string) => settings.allowedHosts(tenantId),
    agents,
    subWorkflows: createSubWorkflowRunner(hookDeps),
    allowPrivateNetworks: deps.allowPrivateNetworks ?? false,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  };
  const driver: DriverDeps = {
    store, registry, pubsub: deps.pubsub, owner, leaseMs: w.leaseMs ?? 30_000, logger: logger.child({ area: 'runs' }),
    ...(w.clock ? { clock: w.clock } : {}),
    stepExecutors: (scope: RunScope) => Object.assign(createStepExecutors(nodeServices, scope), ...(deps.extensions ?? []).map((e) => e.executors(scope))) as Record<string, NodeExecutor>,
    onFinished: createAfterRun(hookDeps),
    scheduleWake: (runId, at) => jobs.wakeAt(runId, at),
  };

  const concurrency = w.concurrency ?? 8;
  let worker: RunWorker | undefined;
  let ticker: ScheduleTicker | undefined;
  if (concurrency > 0) {
    worker = startRunWorker({ queue: deps.queue, store, pubsub: deps.pubsub, jobs, driver, concurrency, ...(w.sweepIntervalMs !== undefined ? { sweepIntervalMs: w.sweepIntervalMs } : {}), logger });
    if (w.scheduleIntervalMs !== 0) {
      ticker = startScheduleTicker({
        workerDb: deps.workerDb, logger, ...(w.scheduleIntervalMs ? { intervalMs: w.scheduleIntervalMs } : {}),
        startRun: createScheduledStart(hookDeps),
      });
    }
  }

  const server = await createSubgraphServer<SubgraphContext>({
    name: 'workflows',
    typeDefs: WORKFLOWS_SDL,
    resolvers,
    contextSecret: deps.contextSecret,
    logger,
    makeContext: (req: RequestContext) => ({ req, services }),
    // Drafts may be up to 2 MB of JSON; the envelope adds a little.
    bodyLimit: '3mb',
    configure: (app) => registerWebhookRoute(app, { workflows, runs, logger }),
  });
  return {
    ...server,
    services,
    worker,
    close: async () => {
      await ticker?.stop();
      await worker?.close();
      await server.close();
    },
  };
}
