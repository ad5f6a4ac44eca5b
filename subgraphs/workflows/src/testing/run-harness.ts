// Test harness for runs: the workflows subgraph on a migrated database with in-process adapters (or Redis ones when
// given), plus test node types to hold a node open, fail on purpose or count executions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestContext } from '@nexus/kernel/context';
import { createLogger } from '@nexus/kernel/logger';
import { FsBlobStoreAdapter } from '@nexus/kernel/adapters/fs-blob-store';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { MemoryQueueAdapter } from '@nexus/kernel/adapters/memory-queue';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Queue } from '@nexus/kernel/ports/queue';
import type { NodeExecutor } from '../engine/engine-types';
import type { NodeTypeDefinition, NodeTypeRegistry } from '../graph/node-type';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import type { RunRow } from '../runs/run-rows';
import { createWorkflowsSubgraph, type WorkflowsDeps } from '../server';
import { startWorkflowTestKit, type WorkflowTestKit } from '../workflows/workflow-test-kit';

const ANY = { name: 'in', schema: {}, required: true };
const OUT = { name: 'out', schema: {} };
const step = (type: string, properties: Record<string, unknown>): NodeTypeDefinition => ({
  type, category: 'step', title: type, description: `test node ${type}`, inputs: [ANY], outputs: [OUT],
  configSchema: { type: 'object', properties, additionalProperties: false },
});

export interface Gate { opened: Promise<void>; open(): void; entered: Promise<void> }

/** Node types for tests: `test-gate` waits until the test opens its gate; `test-fail` fails its first `times` attempts. */
export function testNodeTypes() {
  const gates = new Map<string, { opened: Promise<void>; open: () => void; entered: Promise<void>; enter: () => void }>();
  const gate = (key: string) => {
    let g = gates.get(key);
    if (!g) {
      let open!: () => void;
      let enter!: () => void;
      const opened = new Promise<void>((r) => { open = r; });
      const entered = new Promise<void>((r) => { enter = r; });
      g = { opened, open, entered, enter };
      gates.set(key, g);
    }
    return g;
  };
  const failures = new Map<string, number>();
  const calls = new Map<string, number>();
  const count = (id: string): void => { calls.set(id, (calls.get(id) ?? 0) + 1); };
  const executors: Record<string, NodeExecutor> = {
    'test-gate': async ({ node, input, signal }) => {
      count(node.id);
      const g = gate(String(node.config.key));
      g.enter();
      await Promise.race([g.opened, new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }))]);
      return { output: input };
    },
    'test-fail': async ({ node, input }) => {
      count(node.id);
      const seen = (failures.get(node.id) ?? 0) + 1;
      failures.set(node.id, seen);
      if (seen <= Number(node.config.times ?? Infinity)) throw Object.assign(new Error(`planned failure ${seen}`), { code: 'PLANNED' });
      return { output: input };
    },
  };
  return {
    gate: (key: string): Gate => gate(key),
    calls,
    extension: {
      register(registry: NodeTypeRegistry) {
        registry.register(step('test-gate', { key: { type: 'string' } }));
        registry.register(step('test-fail', { times: { type: 'integer', minimum: 0 } }));
      },
      executors: () => executors,
    },
  };
}

export type RunHarness = Awaited<ReturnType<typeof startRunHarness>>;

export async function startRunHarness(opts: { pubsub?: PubSub; queue?: Queue; worker?: WorkflowsDeps['worker']; fetch?: typeof fetch; kit?: WorkflowTestKit; tenancyUrl?: string } = {}) {
  const kit = opts.kit ?? await startWorkflowTestKit();
  const blobDir = mkdtempSync(join(tmpdir(), 'nexus-wf-blobs-'));
  const blobs = new FsBlobStoreAdapter(blobDir);
  const pubsub = opts.pubsub ?? new MemoryPubSubAdapter();
  const queue = opts.queue ?? new MemoryQueueAdapter();
  const test = testNodeTypes();
  const server = await createWorkflowsSubgraph({
    db: kit.app, workerDb: kit.worker, pubsub, queue, blobs, encryptionKey: kit.encryptionKey,
    contextSecret: 'workflows-test-context-secret-0123456789', marketplaceUrl: 'http://127.0.0.1:9',
    logger: createLogger('workflows-test', { level: 'warn' }), extensions: [test.extension],
    worker: { concurrency: 4, leaseMs: 2_000, sweepIntervalMs: 0, scheduleIntervalMs: 0, ...opts.worker },
    streamPollMs: 200,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.tenancyUrl ? { tenancyUrl: opts.tenancyUrl } : {}),
  });
  const { services } = server;

  async function workflow(ctx: RequestContext, graph: TWorkflowGraph, name = `wf-${Math.random().toString(36).slice(2, 8)}`) {
    return services.workflows.create(ctx, { name, graph });
  }

  /** Polls until the run reaches one of `statuses` (default: any final one). */
  async function waitFor(ctx: RequestContext, runId: string, statuses = ['SUCCEEDED', 'FAILED', 'CANCELLED'], timeoutMs = 15_000): Promise<RunRow> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const run = await services.runs.get(ctx, runId);
      if (run && statuses.includes(run.status)) return run;
      if (Date.now() > until) throw new Error(`run ${runId} is ${run?.status ?? 'missing'} after ${timeoutMs} ms, not ${statuses.join('/')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  return {
    kit, server, services, test, blobs, pubsub, queue, workflow, waitFor,
    async close() {
      await server.close();
      await queue.close();
      await pubsub.close();
      await blobs.close();
      rmSync(blobDir, { recursive: true, force: true });
      if (!opts.kit) await kit.close();
    },
  };
}

/** A graph from compact specs: nodes `[id, type, config]`, edges `a.out>b.in`, laid out left to right. */
export function graphOf(nodes: [string, string, Record<string, unknown>?][], edges: string[]): TWorkflowGraph {
  return {
    nodes: nodes.map(([id, type, config], i) => ({ id, type, config: config ?? {}, position: { x: i * 200, y: 0 } })),
    edges: edges.map((e) => {
      const [from, to] = e.split('>') as [string, string];
      const [source, sourcePort] = from.split('.') as [string, string];
      const [target, targetPort] = to.split('.') as [string, string];
      return { source, sourcePort, target, targetPort };
    }),
  };
}
