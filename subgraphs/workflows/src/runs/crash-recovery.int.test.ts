// Acceptance: kill the worker process in the middle of a run; another worker process finishes it, and every node that
// had completed ran exactly once. On BullMQ when Redis is reachable (the stalled job is re-delivered), else on the
// in-process queue (the orphan sweep hands the run over); the database is the shared truth either way.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@nexus/kernel/logger';
import { createQueue } from '@nexus/kernel/adapters/create-adapters';
import { FsBlobStoreAdapter } from '@nexus/kernel/adapters/fs-blob-store';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import type { RunEvent } from '../events/run-events';
import { createWorkflowsSubgraph } from '../server';
import { graphOf } from '../testing/run-harness';
import { CRASH_STEP } from '../testing/crash-step';
import type { CrashWorkerConfig } from '../testing/crash-worker';
import { startWorkflowTestKit, type WorkflowTestKit } from '../workflows/workflow-test-kit';

const WORKER = fileURLToPath(new URL('../testing/crash-worker.ts', import.meta.url));
const NODES = ['a', 'b', 'c', 'd'];

let kit: WorkflowTestKit;
let redisUrl: string | null;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  redisUrl = await detectRedis('the crash test runs on the in-process queue (the orphan sweep hands the run over)');
  kit = await startWorkflowTestKit();
  dir = mkdtempSync(join(tmpdir(), 'nexus-crash-'));
}, 120_000);
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await kit?.close();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(cfg: CrashWorkerConfig): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => { if (b.toString().includes('ready')) resolve(child); });
    child.once('exit', (code) => reject(new Error(`crash worker exited early (${code})`)));
  });
}

const lines = (file: string): number => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).length : 0);

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a worker process killed mid-run', () => {
  it('is replaced by another worker that finishes the run without running any completed node again', async () => {
    const queuePrefix = uniqueRunId('crashq');
    const blobDir = join(dir, 'blobs');
    const markDir = mkdtempSync(join(dir, 'marks-'));
    const base: CrashWorkerConfig = {
      appUrl: kit.testDb.appUrl, workerUrl: kit.testDb.workerUrl, redisUrl, queuePrefix, blobDir, markDir,
      hangNode: 'c', leaseMs: 1_000, encryptionKey: kit.encryptionKey.toString('base64'),
    };
    // The API side: starts the run, works on none (worker concurrency 0).
    const queue = createQueue({ ...(redisUrl ? { redisUrl } : {}), prefix: queuePrefix });
    const api = await createWorkflowsSubgraph({
      db: kit.app, workerDb: kit.worker, queue, pubsub: new MemoryPubSubAdapter(), blobs: new FsBlobStoreAdapter(blobDir),
      encryptionKey: kit.encryptionKey, contextSecret: 'crash-test-context-secret-0123456789', marketplaceUrl: 'http://127.0.0.1:9',
      logger: createLogger('crash-api', { level: 'warn' }), worker: { concurrency: 0 }, extensions: [{ register: CRASH_STEP.register, executors: () => ({}) }],
    });
    try {
      const { ctx } = await kit.newTenant();
      const graph = graphOf([['start', 'manual'], ...NODES.map((id) => [id, 'crash-step'] as [string, string])],
        ['start.out>a.in', 'a.out>b.in', 'b.out>c.in', 'c.out>d.in']);
      const wf = await api.services.workflows.create(ctx(), { name: 'crash', graph });

      const first = await startWorker(base);
      const run = await api.services.runs.startByUser(ctx(), { workflowId: wf.id, input: { from: 'test' } });
      // An in-process queue is not shared between processes: let the sweep of the worker process take the run over.
      if (!redisUrl) await kit.worker.client.workflowRun.update({ where: { id: run.id }, data: { leaseExpiresAt: new Date(Date.now() - 1) } });
      await until('node c to start on the first worker', async () => lines(join(markDir, 'c.started')) === 1);
      expect([lines(join(markDir, 'a.done')), lines(join(markDir, 'b.done'))]).toEqual([1, 1]);
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));

      await startWorker({ ...base, hangNode: null });
      const done = await until('the run to finish on the second worker', async () => {
        const r = await kit.worker.client.workflowRun.findUniqueOrThrow({ where: { id: run.id } });
        return ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status) ? r : null;
      });
      expect(done.status).toBe('SUCCEEDED');
      // Every node completed exactly once; only c, cut off mid-attempt, was started twice.
      expect(NODES.map((id) => lines(join(markDir, `${id}.done`)))).toEqual([1, 1, 1, 1]);
      expect(NODES.map((id) => lines(join(markDir, `${id}.started`)))).toEqual([1, 1, 2, 1]);
      // The output carries the pid of the process that ran each node: a and b the first, c and d the second.
      const out = done.output as Record<string, number>;
      expect(out.a).toBe(out.b);
      expect(out.c).toBe(out.d);
      expect(out.a).not.toBe(out.c);

      const events = (await api.services.runs.events(ctx(), run.id, 0));
      const items: RunEvent[] = [];
      for await (const item of events) if (item.type !== 'SNAPSHOT') items.push(item);
      expect(items.map((e) => e.seq)).toEqual(items.map((_, i) => i + 1));
      expect(items.filter((e) => e.type === 'RUN_STARTED')).toHaveLength(1);
      expect(items.filter((e) => e.type === 'RUN_RESUMED').length).toBeGreaterThanOrEqual(1);
      const succeeded = items.filter((e) => e.type === 'NODE_SUCCEEDED').map((e) => (e as { nodeId: string }).nodeId);
      expect(succeeded.sort()).toEqual(['a', 'b', 'c', 'd', 'start']);
    } finally {
      await api.close();
      await queue.close();
    }
  }, 120_000);
});
