// Workflow run costs: engine overhead per node (in memory, then durable on the database), runs per second through the
// run queue (BullMQ on Redis when reachable), and the delay from a node finishing to its event reaching a subscriber.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { RequestContext } from '@nexus/kernel/context';
import { createPubSub, createQueue } from '@nexus/kernel/adapters/create-adapters';
import { createTestDatabase } from '@nexus/testing/database';
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { loadPlatformEnv } from '../scripts/env';
import { startPlatform, type Platform } from '../scripts/platform/start-platform';
import { makePlan, passThrough } from '../subgraphs/workflows/src/engine/engine-test-kit';
import { createWorkflowEngine } from '../subgraphs/workflows/src/engine/workflow-engine';
import { benchShape, type ShapeKind } from '../subgraphs/workflows/src/testing/bench-shapes';
import { graphOf, startRunHarness, type RunHarness } from '../subgraphs/workflows/src/testing/run-harness';
import { startWorkflowTestKit } from '../subgraphs/workflows/src/workflows/workflow-test-kit';
import { percentile, report, type Row } from './report';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ENGINE_NODES = arg('engine-nodes', 1000);
const ENGINE_REPS = arg('engine-reps', 20);
const DURABLE_NODES = arg('durable-nodes', 1000);
const DURABLE_REPS = arg('durable-reps', 3);
const CONCURRENCY = arg('concurrency', 16);
const RUNS = arg('runs', 200);
const EVENT_CHAIN = arg('event-nodes', 50);
const LIST_RUNS = arg('list-runs', 20000);
const LIST_REPS = arg('list-reps', 30);
/** `--no-gateway` skips the case through the assembled platform (the slowest to set up). */
const GATEWAY = !process.argv.includes('--no-gateway');
// The durable cases use `test-fail` with times 0: a test node type that never fails and passes its input on, i.e. a no-op.
const NOOP_STEP: [string, Record<string, unknown>] = ['test-fail', { times: 0 }];
const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

// A warning Node raises per run (it would repeat hundreds of times here) is shown once.
const warned = new Set<string>();
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (warned.has(w.name)) return;
  warned.add(w.name);
  console.warn(`(shown once) ${w.name}: ${w.message}`);
});

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const stats = (xs: number[]) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), max: round(Math.max(...xs)) });
/** Every sample by case, in the order taken, for the JSON (the table shows percentiles only). */
const samples: Record<string, number[]> = {};
const row = (c: string, size: string, reps: number, xs: number[], unit: string, derived: string): Row => {
  samples[c] = xs.map((x) => round(x, 2));
  return { case: c, size, reps, ...stats(xs), unit, derived };
};
const perNode = (ms: number[], size: number) => `${round((percentile(ms, 50) * 1000) / size)} µs/node (p50)`;

/** 1. The engine alone: no database, no-op executors, timed per whole run after warm-up. */
async function engineCase(kind: ShapeKind): Promise<Row> {
  const shape = benchShape(kind, ENGINE_NODES, ['noop'], ['noop']);
  const plan = makePlan(shape.nodes, shape.edges);
  const engine = createWorkflowEngine({ executors: { noop: passThrough }, concurrency: CONCURRENCY });
  const ms: number[] = [];
  for (let i = 0; i < 5 + ENGINE_REPS; i++) {
    const started = performance.now();
    const state = await engine.start(plan, { i });
    const took = performance.now() - started;
    const done = Object.values(state.nodes).filter((n) => n.status === 'SUCCEEDED').length;
    if (state.status !== 'SUCCEEDED' || done !== ENGINE_NODES) throw new Error(`engine ${kind}: ${state.status} with ${done}/${ENGINE_NODES} nodes done`);
    if (i >= 5) ms.push(took);
  }
  return row(`engine ${kind}, in process, no db`, `${ENGINE_NODES} nodes`, ENGINE_REPS, ms, 'ms/run', perNode(ms, ENGINE_NODES));
}

async function newCtx(h: RunHarness): Promise<RequestContext> {
  return (await h.kit.newTenant()).ctx();
}

/** Starts one run and waits for its end, checking every node settled; times come from the run row, not the polling. */
async function runOnce(h: RunHarness, ctx: RequestContext, workflowId: string, size: number): Promise<{ queuedMs: number; driveMs: number }> {
  const started = await h.services.runs.startByUser(ctx, { workflowId, input: { n: 1 } });
  const run = await h.waitFor(ctx, started.id, FINAL, 300_000);
  const nodes = await h.kit.worker.client.workflowNodeRun.count({ where: { runId: run.id, status: 'SUCCEEDED' } });
  if (run.status !== 'SUCCEEDED' || nodes !== size) throw new Error(`run ${run.id}: ${run.status} with ${nodes}/${size} node rows`);
  const finished = run.finishedAt!.getTime();
  return { queuedMs: finished - run.createdAt.getTime(), driveMs: finished - run.startedAt!.getTime() };
}

/** 1b. The same shapes through the durable driver: every node settled in the database before it counts. */
async function durableCase(h: RunHarness, kind: ShapeKind): Promise<Row> {
  const ctx = await newCtx(h);
  const make = async (size: number) => {
    const shape = benchShape(kind, size, ['manual'], NOOP_STEP);
    const wf = await h.workflow(ctx, graphOf(shape.nodes, shape.edges));
    await h.services.workflows.update(ctx, wf.id, { concurrency: CONCURRENCY });
    return wf.id;
  };
  await runOnce(h, ctx, await make(20), 20);
  const workflowId = await make(DURABLE_NODES);
  const ms: number[] = [];
  for (let i = 0; i < DURABLE_REPS; i++) ms.push((await runOnce(h, ctx, workflowId, DURABLE_NODES)).driveMs);
  return row(`durable ${kind}, memory queue, db writes per node`, `${DURABLE_NODES} nodes`, DURABLE_REPS, ms, 'ms/run (claim→finish)', perNode(ms, DURABLE_NODES));
}

/**
 * 5. The runs page (`workflowRuns`): a page of 25 among LIST_RUNS runs of one organisation (two workflows, a tenth of them
 * failed), next to as many runs of another organisation, newest first, filtered, and 10 pages deep by cursor.
 */
async function listCase(h: RunHarness): Promise<Row[]> {
  const insert = async (ctx: RequestContext, count: number) => {
    const a = await h.workflow(ctx, graphOf([['start', 'manual']], []));
    const b = await h.workflow(ctx, graphOf([['start', 'manual']], []));
    await h.kit.worker.client.$executeRaw`
      INSERT INTO workflow_runs (id, tenant_id, workflow_id, graph, status, trigger, created_at, started_at, finished_at)
      SELECT gen_random_uuid(), ${ctx.tenantId}::uuid, CASE WHEN i % 2 = 0 THEN ${a.id}::uuid ELSE ${b.id}::uuid END, '{"nodes":[],"edges":[]}'::jsonb,
        CASE WHEN i % 10 = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END, 'MANUAL',
        now() - make_interval(secs => i), now() - make_interval(secs => i), now() - make_interval(secs => i) + interval '20 milliseconds'
      FROM generate_series(1, ${count}) AS i`;
    await h.kit.worker.client.$executeRaw`ANALYZE workflow_runs`;
    return a.id;
  };
  const ctx = await newCtx(h);
  const workflowId = await insert(ctx, LIST_RUNS);
  await insert(await newCtx(h), LIST_RUNS);
  const time = async (args: Record<string, unknown>, pages = 1) => {
    const ms: number[] = [];
    for (let i = 0; i < LIST_REPS + 3; i++) {
      let after: string | null = null;
      const t0 = performance.now();
      for (let p = 0; p < pages; p++) {
        const page: { nodes: unknown[]; nextCursor: string | null } = await h.services.runs.listAll(ctx, { first: 25, ...args, after });
        if (page.nodes.length !== 25) throw new Error(`page ${p + 1} had ${page.nodes.length} runs`);
        after = page.nextCursor;
      }
      if (i >= 3) ms.push((performance.now() - t0) / pages);
    }
    return ms;
  };
  const size = `25 of ${LIST_RUNS} runs (+${LIST_RUNS} of another org)`;
  return [
    row('runs page: newest', size, LIST_REPS, await time({}), 'ms/page', 'tenant + time index'),
    row('runs page: status FAILED', size, LIST_REPS, await time({ status: ['FAILED'] }), 'ms/page', '1 run in 10 matches'),
    row('runs page: one workflow', size, LIST_REPS, await time({ workflowId }), 'ms/page', 'tenant + workflow + time index'),
    row('runs page: 10 pages deep by cursor', size, LIST_REPS, await time({}, 10), 'ms/page', 'keyset: no offset scan'),
  ];
}

/** Runs `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** 2. Many small runs (manual → transform → transform) started at once; latency from the run rows, queued → finished. */
async function throughputCase(h: RunHarness, label: string): Promise<Row[]> {
  const ctx = await newCtx(h);
  const wf = await h.workflow(ctx, graphOf([
    ['start', 'manual'], ['add', 'transform', { expression: '{"n": n + 1}' }], ['double', 'transform', { expression: 'n * 2' }],
  ], ['start.out>add.in', 'add.out>double.in']));
  // One at a time first: the latency of a run on an idle queue (after two warm-up runs).
  const alone: number[] = [];
  for (let i = 0; i < 12; i++) {
    const { queuedMs } = await runOnce(h, ctx, wf.id, 3);
    if (i >= 2) alone.push(queuedMs);
  }
  const t0 = performance.now();
  // As many starts at once as the app's connection pool serves; more would only queue in the pool.
  const ids = await mapLimit(Array.from({ length: RUNS }, (_, i) => i), 8, async (n) => (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { n } })).id);
  const until = Date.now() + 120_000;
  const ended = () => h.kit.worker.client.workflowRun.count({ where: { id: { in: ids }, status: { in: ['SUCCEEDED', 'FAILED', 'CANCELLED'] } } });
  while ((await ended()) < RUNS) {
    if (Date.now() > until) throw new Error(`${label}: runs still unfinished after 120 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const wallMs = performance.now() - t0;
  const rows = await h.kit.worker.client.workflowRun.findMany({ where: { id: { in: ids } }, select: { status: true, input: true, output: true, createdAt: true, finishedAt: true } });
  const wrong = rows.filter((r) => r.status !== 'SUCCEEDED' || r.output !== ((r.input as { n: number }).n + 1) * 2);
  if (wrong.length > 0) throw new Error(`${label}: ${wrong.length} runs did not succeed with the right output (${wrong[0]?.status}, ${JSON.stringify(wrong[0]?.output)})`);
  const latency = rows.map((r) => r.finishedAt!.getTime() - r.createdAt.getTime());
  // Database clock on both ends: first run queued → last run finished.
  const spanMs = Math.max(...rows.map((r) => r.finishedAt!.getTime())) - Math.min(...rows.map((r) => r.createdAt.getTime()));
  return [
    row(`one run at a time, ${label}`, '1 run × 3 nodes', alone.length, alone, 'ms run latency (queued→finished)', 'idle queue'),
    row(`runs/s, ${label}, ${CONCURRENCY} workers`, `${RUNS} runs × 3 nodes`, 1, latency, 'ms run latency (queued→finished)',
      `${round((RUNS * 1000) / spanMs)} runs/s (${round(spanMs / 1000, 2)} s; wall ${round(wallMs / 1000, 2)} s)`),
  ];
}

/** 3. A subscriber on the live stream; per NODE_SUCCEEDED, receive time minus the node row's finished_at. */
async function eventDelayCase(h: RunHarness, label: string): Promise<Row[]> {
  const ctx = await newCtx(h);
  const key = uniqueRunId('events');
  const { steps, graph } = eventChainGraph(['test-gate', { key }]);
  const wf = await h.workflow(ctx, graph);
  const run = await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { x: 1 } });
  // Hold the run until the subscriber is live, so every measured event arrives through the live feed, not a replay.
  await h.test.gate(key).entered;
  const stream = await h.services.runs.events(ctx, run.id, 0);
  const first = await stream.next();
  if (first.value?.type !== 'SNAPSHOT') throw new Error(`${label}: stream did not start with a snapshot`);
  const received = new Map<string, { at: number; recv: number }>();
  h.test.gate(key).open();
  for (;;) {
    const { value, done } = await stream.next();
    if (done) break;
    const recv = Date.now();
    if (value.type === 'NODE_SUCCEEDED') received.set(value.nodeId, { at: Date.parse(value.at), recv });
    if (value.type === 'RUN_FINISHED') break;
  }
  await stream.return();
  const nodes = await h.kit.worker.client.workflowNodeRun.findMany({ where: { runId: run.id, nodeId: { in: steps } }, select: { nodeId: true, finishedAt: true } });
  if (nodes.length !== EVENT_CHAIN || steps.some((s) => !received.has(s))) throw new Error(`${label}: ${nodes.length} node rows, ${received.size} events of ${EVENT_CHAIN}`);
  nodes.sort((a, b) => steps.indexOf(a.nodeId) - steps.indexOf(b.nodeId));
  const fromRow = nodes.map((n) => received.get(n.nodeId)!.recv - n.finishedAt.getTime());
  const fromEvent = steps.map((s) => received.get(s)!.recv - received.get(s)!.at);
  const size = `${EVENT_CHAIN} sequential transforms`;
  return [
    row(`event delay, ${label}: node row finished_at → received`, size, EVENT_CHAIN, fromRow, 'ms', 'node settled in db → client'),
    row(`event delay, ${label}: event at → received`, size, EVENT_CHAIN, fromEvent, 'ms', 'event stored → client'),
  ];
}

/** A stored graph: `start` (manual) → `hold` → `s1` … `sN` (transforms passing their input on). */
function eventChainGraph(hold: [string, Record<string, unknown>]) {
  const steps = Array.from({ length: EVENT_CHAIN }, (_, i) => `s${i + 1}`);
  const graph = graphOf([
    ['start', 'manual'], ['hold', ...hold], ...steps.map((id): [string, string, Record<string, unknown>] => [id, 'transform', { expression: '$' }]),
  ], ['start.out>hold.in', 'hold.out>s1.in', ...steps.slice(1).map((id, i) => `${steps[i]}.out>${id}.in`)]);
  return { steps, graph };
}

type Errors = { message: string }[];

/**
 * 3b. The same delay as a browser sees it: the assembled platform (gateway, workflows subgraph, in-process queue and
 * pubsub) with the client on graphql-ws through the gateway. The run pauses at a wait node until the client is
 * subscribed, then is resumed by API.
 */
async function gatewayEventDelayCase(): Promise<Row[]> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const testDb = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'nexus-wf-bench-'));
  const env = loadPlatformEnv({
    DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl, REDIS_URL: '', NATS_URL: '',
    NEXUS_NAMESPACE: `wfb${randomBytes(3).toString('hex')}`, CONTEXT_SIGNING_SECRET: 'workflows-bench-secret-0123456789', LOG_LEVEL: 'silent',
    DATA_DIR: dataDir, GATEWAY_PORT: '0', MARKETPLACE_PORT: '0', TENANCY_PORT: '0', WORKFLOWS_PORT: '0',
  });
  const unlimited: [number, number] = [1e9, 1e9];
  let platform: Platform | undefined;
  let client: Client | undefined;
  let headers: Record<string, string> = {};
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(platform!.urls.gateway, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!res.ok || body.errors || !body.data) throw new Error(`gateway: ${res.status} ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  };
  try {
    platform = await startPlatform({ env, repoRoot, web: false, seed: false, log: () => {}, rateLimits: { perKey: unlimited, perTenant: unlimited, anonymous: unlimited } });
    const ws = createClient({ url: platform.urls.gatewayWs, webSocketImpl: WebSocket, connectionParams: () => ({ authorization: headers.authorization ?? '' }), retryAttempts: 0 });
    client = ws;
    const up = await gql<{ signUp: { token: string } }>('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: { email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'bench-pass-123', name: 'Bench' } });
    headers = { authorization: `Bearer ${up.signUp.token}` };
    const org = await gql<{ createTenant: { token: string } }>('mutation($i: CreateTenantInput!) { createTenant(input: $i) { token } }', { i: { name: 'Bench Org', slug: `bench-${randomBytes(3).toString('hex')}` } });
    headers = { authorization: `Bearer ${org.createTenant.token}` };
    const { steps, graph } = eventChainGraph(['wait', { durationMs: 3_600_000 }]);
    const created = await gql<{ createWorkflow: { workflow: { id: string }; errors: Errors } }>('mutation($i: CreateWorkflowInput!) { createWorkflow(input: $i) { workflow { id } errors { message } } }', { i: { name: 'bench events', graph } });
    if (created.createWorkflow.errors.length > 0) throw new Error(`createWorkflow: ${JSON.stringify(created.createWorkflow.errors)}`);
    const started = await gql<{ runWorkflow: { run: { id: string } } }>('mutation($w: ID!, $i: JSON) { runWorkflow(workflowId: $w, input: $i) { run { id } errors { message } } }', { w: created.createWorkflow.workflow.id, i: { x: 1 } });
    const runId = started.runWorkflow.run.id;
    const status = async () => (await gql<{ workflowRun: { status: string } }>('query($id: ID!) { workflowRun(id: $id) { status } }', { id: runId })).workflowRun.status;
    for (let i = 0; (await status()) !== 'WAITING'; i++) {
      if (i > 400) throw new Error('gateway run never reached its wait node');
      await new Promise((r) => setTimeout(r, 25));
    }
    const received = new Map<string, { at: number; recv: number }>();
    await new Promise<void>((done, fail) => {
      ws.subscribe<{ workflowRunEvents: { type: string; nodeId: string | null; at: string | null } }>(
        { query: 'subscription($r: ID!) { workflowRunEvents(runId: $r, after: 0) { type nodeId at } }', variables: { r: runId } },
        {
          next: (msg) => {
            const recv = Date.now();
            const item = msg.data?.workflowRunEvents;
            if (msg.errors || !item) return fail(new Error(`subscription: ${JSON.stringify(msg.errors)}`));
            // The snapshot comes once the subgraph listens: only now may the run go on.
            if (item.type === 'SNAPSHOT') {
              gql<{ resumeWorkflowRun: { errors: Errors } }>('mutation($r: ID!) { resumeWorkflowRun(runId: $r, nodeId: "hold") { errors { message } } }', { r: runId })
                .then((r) => { if (r.resumeWorkflowRun.errors.length > 0) fail(new Error(JSON.stringify(r.resumeWorkflowRun.errors))); }, fail);
            }
            if (item.type === 'NODE_SUCCEEDED' && item.nodeId && item.at) received.set(item.nodeId, { at: Date.parse(item.at), recv });
          },
          error: (e) => fail(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => done(),
        },
      );
    });
    const run = await gql<{ workflowRun: { status: string; nodeRuns: { nodeId: string; finishedAt: string }[] } }>('query($id: ID!) { workflowRun(id: $id) { status nodeRuns { nodeId finishedAt } } }', { id: runId });
    const finished = new Map(run.workflowRun.nodeRuns.map((n) => [n.nodeId, Date.parse(n.finishedAt)]));
    if (run.workflowRun.status !== 'SUCCEEDED' || steps.some((s) => !received.has(s) || !finished.has(s))) {
      throw new Error(`gateway run ${run.workflowRun.status}: ${received.size} events, ${finished.size} node rows of ${EVENT_CHAIN}`);
    }
    const size = `${EVENT_CHAIN} sequential transforms`;
    return [
      row('event delay, gateway graphql-ws: node row finished_at → received', size, EVENT_CHAIN, steps.map((s) => received.get(s)!.recv - finished.get(s)!), 'ms', 'node settled in db → client'),
      row('event delay, gateway graphql-ws: event at → received', size, EVENT_CHAIN, steps.map((s) => received.get(s)!.recv - received.get(s)!.at), 'ms', 'event stored → client'),
    ];
  } finally {
    await client?.dispose();
    await platform?.stop();
    await testDb.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Removes this run's BullMQ keys (the pubsub keeps none). */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
    if (keys.length > 0) await redis.unlink(...keys);
  }
  await redis.quit();
}

const loadAtStart = loadavg();
const rows: Row[] = [await engineCase('chain'), await engineCase('fan-out')];
const redisUrl = await detectRedis('runs/s and event delay measured on the in-process queue and pubsub only');
const prefix = uniqueRunId('wfbench');
const kit = await startWorkflowTestKit();
try {
  const memory = await startRunHarness({ kit, worker: { concurrency: CONCURRENCY } });
  try {
    rows.push(await durableCase(memory, 'chain'), await durableCase(memory, 'fan-out'));
    rows.push(...await throughputCase(memory, 'in-process queue'));
    rows.push(...await eventDelayCase(memory, 'in-process pubsub'));
    rows.push(...await listCase(memory));
  } finally {
    await memory.close();
  }
  if (redisUrl) {
    const redis = await startRunHarness({
      kit, worker: { concurrency: CONCURRENCY },
      queue: createQueue({ redisUrl, prefix }), pubsub: createPubSub({ redisUrl, topicPrefix: `${prefix}:` }),
    });
    try {
      rows.push(...await throughputCase(redis, 'BullMQ on Redis'));
      rows.push(...await eventDelayCase(redis, 'Redis pubsub'));
    } finally {
      await redis.close();
      await dropRedisKeys(redisUrl, prefix);
    }
  }
  if (GATEWAY) rows.push(...await gatewayEventDelayCase());
  report('workflows', rows, {
    database: kit.testDb.kind, redis: redisUrl ? 'yes' : 'absent', concurrency: CONCURRENCY, loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
    samples,
    note: 'durable no-op step = test-fail {times: 0}; run and node times come from database rows (ms precision, same host clock)',
  });
} finally {
  await kit.close();
}
