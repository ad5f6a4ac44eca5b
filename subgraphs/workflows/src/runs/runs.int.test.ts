// Runs end to end on the database: branches, node inputs and outputs, events with reconnects, cancel, wait/resume,
// retries, large payloads, sub-workflows, the error handler, quotas, and bad input that must change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '@nexus/kernel/context';
import type { RunEvent, RunStreamItem } from '../events/run-events';
import { graphOf, startRunHarness, type RunHarness } from '../testing/run-harness';
import { RUN_QUEUE } from './run-worker';

let h: RunHarness;
let ctx: RequestContext;
let tenantId: string;

beforeAll(async () => {
  h = await startRunHarness();
  const t = await h.kit.newTenant();
  ctx = t.ctx();
  tenantId = t.tenantId;
}, 120_000);
afterAll(async () => h?.close());

const branchGraph = () => graphOf([
  ['start', 'manual'],
  ['check', 'condition', { expression: 'amount > 100' }],
  ['big', 'transform', { expression: '{"size": "big", "amount": amount}' }],
  ['small', 'transform', { expression: '{"size": "small"}' }],
], ['start.out>check.in', 'check.true>big.in', 'check.false>small.in']);

async function runCount(): Promise<number> {
  return h.kit.worker.client.workflowRun.count({ where: { tenantId } });
}

async function collect(runId: string, after: number, stopAfter?: number): Promise<RunStreamItem[]> {
  const stream = await h.services.runs.events(ctx, runId, after);
  const items: RunStreamItem[] = [];
  for await (const item of stream) {
    items.push(item);
    if (stopAfter !== undefined && item.type !== 'SNAPSHOT' && item.seq >= stopAfter) {
      await stream.return();
      break;
    }
  }
  return items;
}

describe('a run of a drawn workflow', () => {
  it('takes the branch its condition picks, skips the other, and keeps every node input and output', async () => {
    const wf = await h.workflow(ctx, branchGraph());
    const started = await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { amount: 250 } });
    expect(started.status).toMatch(/QUEUED|RUNNING/);
    const run = await h.waitFor(ctx, started.id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.versionNumber).toBeNull();
    // One end node produced a value (the other was skipped), so the run's output is that value itself.
    expect(run.output).toEqual({ size: 'big', amount: 250 });
    const nodes = await h.services.runs.nodeRuns(ctx, run.id);
    const byId = Object.fromEntries(nodes.map((n) => [n.nodeId, n]));
    expect(byId.check).toMatchObject({ status: 'SUCCEEDED', port: 'true', input: { amount: 250 }, attempts: 1 });
    expect(byId.big).toMatchObject({ status: 'SUCCEEDED', input: { amount: 250 }, output: { size: 'big', amount: 250 } });
    expect(byId.small).toBeUndefined();
    const events = (await collect(run.id, 0)).filter((e): e is RunEvent => e.type !== 'SNAPSHOT');
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.find((e) => e.type === 'NODE_SKIPPED')).toMatchObject({ nodeId: 'small' });
    expect(events.at(-1)).toMatchObject({ type: 'RUN_FINISHED', status: 'SUCCEEDED' });
  });

  it('streams a snapshot first and, reconnecting mid-run with the last number seen, misses nothing and repeats nothing', async () => {
    const wf = await h.workflow(ctx, graphOf([
      ['start', 'manual'], ['one', 'transform', { expression: '$' }], ['hold', 'test-gate', { key: 'reconnect' }], ['two', 'transform', { expression: '$' }],
    ], ['start.out>one.in', 'one.out>hold.in', 'hold.out>two.in']));
    const run = await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { n: 1 } });
    await h.test.gate('reconnect').entered;
    // First connection: read up to the gate, then drop the connection.
    const first = await h.services.runs.events(ctx, run.id, 0);
    const seen: RunStreamItem[] = [];
    for (;;) {
      const { value } = await first.next();
      seen.push(value as RunStreamItem);
      if (value && value.type === 'NODE_STARTED' && value.nodeId === 'hold') break;
    }
    await first.return();
    expect(seen[0]?.type).toBe('SNAPSHOT');
    const last = (seen.at(-1) as RunEvent).seq;
    // Events happen while nobody listens.
    h.test.gate('reconnect').open();
    await h.waitFor(ctx, run.id);
    const second = await collect(run.id, last);
    expect(second[0]).toMatchObject({ type: 'SNAPSHOT', snapshot: { status: 'SUCCEEDED' } });
    const rest = second.slice(1) as RunEvent[];
    expect(rest[0]?.seq).toBe(last + 1);
    const all = [...(seen.slice(1) as RunEvent[]), ...rest];
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.filter((e) => e.type === 'NODE_SUCCEEDED').map((e) => (e as { nodeId: string }).nodeId)).toEqual(['start', 'one', 'hold', 'two']);
  });

  it('retries a failing node with backoff and records the attempts', async () => {
    const wf = await h.workflow(ctx, graphOf([
      ['start', 'manual'], ['flaky', 'test-fail', { times: 2, retry: { max: 3, backoff: 'exponential', delayMs: 20 } }],
    ], ['start.out>flaky.in']));
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { ok: true } })).id);
    expect(run.status).toBe('SUCCEEDED');
    const events = (await collect(run.id, 0)).filter((e): e is RunEvent => e.type === 'NODE_RETRYING');
    expect(events.map((e) => { const r = e as RunEvent & { attempt: number; delayMs: number }; return [r.attempt, r.delayMs]; })).toEqual([[1, 20], [2, 40]]);
    const [flaky] = (await h.services.runs.nodeRuns(ctx, run.id)).filter((n) => n.nodeId === 'flaky');
    expect(flaky?.attempts).toBe(3);
  });

  it('fails the run on a node without error handling and starts the workflow error handler with the failure', async () => {
    const handler = await h.workflow(ctx, graphOf([['start', 'manual'], ['note', 'transform', { expression: 'run.error.code' }]], ['start.out>note.in']));
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['boom', 'test-fail', {}]], ['start.out>boom.in']));
    await h.services.workflows.update(ctx, wf.id, { errorWorkflowId: handler.id });
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id })).id);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatchObject({ nodeId: 'boom', code: 'PLANNED' });
    const handled = await waitForRunOf(handler.id);
    expect(handled.trigger).toBe('ERROR_HANDLER');
    expect((await h.waitFor(ctx, handled.id)).output).toBe('PLANNED');
  });

  it('cancels a running run: the node stops, the run ends CANCELLED and says so in its events', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['hold', 'test-gate', { key: 'cancel' }], ['after', 'transform', { expression: '$' }]], ['start.out>hold.in', 'hold.out>after.in']));
    const run = await h.services.runs.startByUser(ctx, { workflowId: wf.id });
    await h.test.gate('cancel').entered;
    await h.services.runs.cancel(ctx, run.id);
    const done = await h.waitFor(ctx, run.id);
    expect(done.status).toBe('CANCELLED');
    expect((await collect(run.id, 0)).at(-1)).toMatchObject({ type: 'RUN_FINISHED', status: 'CANCELLED' });
    expect((await h.services.runs.nodeRuns(ctx, run.id)).map((n) => n.nodeId)).toEqual(['start']);
    await expect(h.services.runs.cancel(ctx, run.id)).rejects.toThrow(/already ended/);
  });

  it('pauses at a wait node and resumes by API with a payload', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['pause', 'wait', { durationMs: 3_600_000 }], ['after', 'transform', { expression: 'approved' }]], ['start.out>pause.in', 'pause.out>after.in']));
    const run = await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { approved: false } });
    const waiting = await h.waitFor(ctx, run.id, ['WAITING']);
    expect(waiting.status).toBe('WAITING');
    await expect(h.services.runs.resume(ctx, run.id, 'after', null)).rejects.toThrow(/not waiting/);
    await h.services.runs.resume(ctx, run.id, 'pause', { approved: true });
    const done = await h.waitFor(ctx, run.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: true });
    const types = (await collect(run.id, 0)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['NODE_WAITING', 'RUN_WAITING', 'RUN_RESUMED']));
  });

  it('wakes a timed wait by itself', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['pause', 'wait', { durationMs: 300 }]], ['start.out>pause.in']));
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { x: 1 } })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { x: 1 } });
  });

  it('keeps a large node output in the blob store and reads it back', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['big', 'transform', { expression: '$pad("", 200000, "x")' }]], ['start.out>big.in']));
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id })).id);
    expect(run.status).toBe('SUCCEEDED');
    const row = await h.kit.worker.client.workflowNodeRun.findFirstOrThrow({ where: { runId: run.id, nodeId: 'big' } });
    expect(row.output).toBeNull();
    expect(row.outputBlob).toMatch(/^[0-9a-f]{128}$/);
    const [big] = (await h.services.runs.nodeRuns(ctx, run.id)).filter((n) => n.nodeId === 'big');
    expect((big?.output as string).length).toBe(200_000);
    // The list itself carries only the blob key; the value is read when asked for, and only for the nodes named.
    const rows = await h.services.runs.nodeRunRows(ctx, run.id, ['big']);
    expect(rows.map((r) => [r.nodeId, r.output, r.outputBlob])).toEqual([['big', null, row.outputBlob]]);
    expect(((await h.services.runs.payload(rows[0]!.output, rows[0]!.outputBlob)) as string).length).toBe(200_000);
    await expect(h.services.runs.nodeRunRows(ctx, run.id, Array.from({ length: 1001 }, (_, i) => `n${i}`))).rejects.toThrow(/at most 1000/);
  });

  it('runs a sub-workflow and passes on its result', async () => {
    const child = await h.workflow(ctx, graphOf([['start', 'manual'], ['double', 'transform', { expression: 'n * 2' }]], ['start.out>double.in']));
    const parent = await h.workflow(ctx, graphOf([['start', 'manual'], ['call', 'sub-workflow', { workflowId: child.id }]], ['start.out>call.in']));
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: parent.id, input: { n: 21 } })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: 42 });
    const children = await h.kit.worker.client.workflowRun.findMany({ where: { parentRunId: run.id } });
    expect(children).toHaveLength(1);
    expect(children[0]).toMatchObject({ trigger: 'SUB_WORKFLOW', parentNodeId: 'call', status: 'SUCCEEDED' });
  });

  it('runs a pinned saved version, not the draft', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['v', 'transform', { expression: '"one"' }]], ['start.out>v.in']));
    await h.services.workflows.saveVersion(ctx, wf.id, 'first');
    await h.services.workflows.update(ctx, wf.id, { graph: graphOf([['start', 'manual'], ['v', 'transform', { expression: '"two"' }]], ['start.out>v.in']) });
    const pinned = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, version: 1 })).id);
    const draft = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id })).id);
    expect([pinned.versionNumber, pinned.output, draft.versionNumber, draft.output]).toEqual([1, 'one', null, 'two']);
  });
});

describe('refusals that change nothing', () => {
  it('refuses an input over 1 MB, naming the size and the limit', async () => {
    const wf = await h.workflow(ctx, branchGraph());
    const before = await runCount();
    await expect(h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { blob: 'x'.repeat(1_100_000) } })).rejects.toThrow(/input is 1\.0 MB; the limit is 1 MB/);
    expect(await runCount()).toBe(before);
  });

  it('refuses to run a draft that does not compile, naming the node', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['bad', 'no-such-type']], ['start.out>bad.in']));
    const before = await runCount();
    await expect(h.services.runs.startByUser(ctx, { workflowId: wf.id })).rejects.toThrow(/does not compile \(bad: /);
    expect(await runCount()).toBe(before);
  });

  it('refuses a version that does not exist and a workflow of another tenant', async () => {
    const wf = await h.workflow(ctx, branchGraph());
    await expect(h.services.runs.startByUser(ctx, { workflowId: wf.id, version: 9 })).rejects.toThrow(/version 9|not found/i);
    const other = (await h.kit.newTenant()).ctx();
    await expect(h.services.runs.startByUser(other, { workflowId: wf.id })).rejects.toThrow(/not found/i);
    expect(await h.services.runs.get(other, (await h.services.runs.startByUser(ctx, { workflowId: wf.id })).id)).toBeNull();
  });

  it('holds the concurrent-run quota of the plan', async () => {
    const t = await h.kit.newTenant();
    const limited = { ...t.ctx(), limits: { concurrentWorkflowRuns: 1 } };
    const wf = await h.services.workflows.create(limited, { name: 'quota', graph: graphOf([['start', 'manual'], ['hold', 'test-gate', { key: 'quota' }]], ['start.out>hold.in']) });
    const first = await h.services.runs.startByUser(limited, { workflowId: wf.id });
    await expect(h.services.runs.startByUser(limited, { workflowId: wf.id })).rejects.toThrow(/concurrentWorkflowRuns/);
    h.test.gate('quota').open();
    await h.waitFor(limited, first.id);
    const second = await h.services.runs.startByUser(limited, { workflowId: wf.id });
    expect(second.id).not.toBe(first.id);
    // Tenancy's usage page learns the gauge through the outbox: 1 at each start, 0 after the first run ended.
    const gauges = await h.kit.worker.client.outboxEvent.findMany({ where: { tenantId: t.tenantId, type: 'UsageRecorded' }, orderBy: { seq: 'asc' } });
    expect(gauges.map((g) => (g.payload as { value: number }).value).slice(0, 3)).toEqual([1, 0, 1]);
  });

  it('needs workflows:run to start and workflows:read to watch', async () => {
    const wf = await h.workflow(ctx, branchGraph());
    const t = await h.kit.newTenant();
    await expect(h.services.runs.startByUser({ ...ctx, permissions: ['workflows:read'] }, { workflowId: wf.id })).rejects.toThrow(/workflows:run/);
    await expect(h.services.runs.events(t.ctx([]), wf.id, 0)).rejects.toThrow(/workflows:read/);
  });
});

async function waitForRunOf(workflowId: string) {
  const until = Date.now() + 10_000;
  for (;;) {
    const run = await h.kit.worker.client.workflowRun.findFirst({ where: { workflowId } });
    if (run) return run;
    if (Date.now() > until) throw new Error(`no run of workflow ${workflowId}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the executions list (workflowRuns)', () => {
  it('lists the organisation runs newest first with their workflow names, narrows them, pages them, and sees no other organisation', async () => {
    const t = await h.kit.newTenant();
    const c = t.ctx();
    const ok = await h.workflow(c, graphOf([['start', 'manual'], ['shape', 'transform', { expression: '$' }]], ['start.out>shape.in']), 'Shape orders');
    const bad = await h.workflow(c, graphOf([['start', 'manual'], ['boom', 'transform', { expression: '$error("boom")' }]], ['start.out>boom.in']), 'Always fails');
    const ids: string[] = [];
    for (const wf of [ok, bad, ok]) {
      const run = await h.services.runs.startByUser(c, { workflowId: wf.id, input: {} });
      await h.waitFor(c, run.id);
      ids.push(run.id);
    }

    const all = await h.services.runs.listAll(c, {});
    expect(all.nodes.map((r) => r.id)).toEqual([...ids].reverse());
    expect(all.nodes.map((r) => [r.workflowName, r.status])).toEqual([['Shape orders', 'SUCCEEDED'], ['Always fails', 'FAILED'], ['Shape orders', 'SUCCEEDED']]);
    expect(all.nextCursor).toBeNull();

    expect((await h.services.runs.listAll(c, { workflowId: ok.id })).nodes.map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect((await h.services.runs.listAll(c, { status: ['FAILED'] })).nodes.map((r) => r.id)).toEqual([ids[1]]);
    expect((await h.services.runs.listAll(c, { status: ['FAILED', 'SUCCEEDED'], workflowId: bad.id })).nodes.map((r) => r.id)).toEqual([ids[1]]);
    expect((await h.services.runs.listAll(c, { trigger: ['WEBHOOK', 'SCHEDULE'] })).nodes).toEqual([]);
    expect((await h.services.runs.listAll(c, { trigger: ['MANUAL'] })).nodes).toHaveLength(3);

    const first = await h.services.runs.listAll(c, { first: 2 });
    expect(first.nodes.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const second = await h.services.runs.listAll(c, { first: 2, after: first.nextCursor });
    expect(second.nodes.map((r) => r.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();

    // Another organisation sees none of them, even asking for the workflow by id.
    expect((await h.services.runs.listAll(ctx, { workflowId: ok.id })).nodes).toEqual([]);
    expect((await h.services.runs.listAll(ctx, {})).nodes.map((r) => r.id)).not.toContain(ids[0]);
  });

  it('leaves large inputs in the BlobStore until one is asked for', async () => {
    const t = await h.kit.newTenant();
    const c = t.ctx();
    const wf = await h.workflow(c, graphOf([['start', 'manual'], ['size', 'transform', { expression: '$length(text)' }]], ['start.out>size.in']));
    const input = { text: 'x'.repeat(100_000) };
    const run = await h.waitFor(c, (await h.services.runs.startByUser(c, { workflowId: wf.id, input })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: 100_000, input, inputBlob: null });
    const [listed] = (await h.services.runs.listAll(c, {})).nodes;
    expect(listed).toMatchObject({ id: run.id, input: null, inputBlob: expect.any(String), output: 100_000 });
    await expect(h.services.runs.payload(listed!.input, listed!.inputBlob)).resolves.toEqual(input);
  });

  it('refuses filters it does not know, naming the field', async () => {
    await expect(h.services.runs.listAll(ctx, { status: ['DONE'] })).rejects.toThrow(/status/);
    await expect(h.services.runs.listAll(ctx, { trigger: ['CRON'] })).rejects.toThrow(/trigger/);
    await expect(h.services.runs.listAll(ctx, { workflowId: 'not-a-uuid' })).rejects.toThrow(/workflowId: must be a workflow id/);
    await expect(h.services.runs.listAll(ctx, { after: 'garbage' })).rejects.toThrow(/after is not a cursor/);
  });
});

describe('the manual trigger input schema', () => {
  it('refuses input that does not match, naming the path, and starts nothing; matching input runs', async () => {
    const schema = { type: 'object', properties: { amount: { type: 'number' } }, required: ['amount'] };
    const wf = await h.workflow(ctx, graphOf([['start', 'manual', { inputSchema: schema }], ['shape', 'transform', { expression: 'amount * 2' }]], ['start.out>shape.in']));
    const before = await runCount();
    await expect(h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { amount: 'ten' } })).rejects.toThrow(/input schema of the manual trigger \(trigger start: input\.amount must be number\)/);
    await expect(h.services.runs.startByUser(ctx, { workflowId: wf.id })).rejects.toThrow(/input needs "amount"/);
    expect(await runCount()).toBe(before);
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { amount: 21 } })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: 42 });
  });
});

describe('retrying a failed run', () => {
  it('keeps the nodes that succeeded, runs the failed node and what follows, and takes the branch the kept condition chose', async () => {
    const wf = await h.workflow(ctx, graphOf([
      ['start', 'manual'],
      ['check', 'condition', { expression: 'amount > 100' }],
      ['prep', 'transform', { expression: '$merge([$, {"prepared": true}])' }],
      ['flaky_once', 'test-fail', { times: 1 }],
      ['after', 'transform', { expression: '{"done": prepared}' }],
      ['other', 'transform', { expression: '"small"' }],
    ], ['start.out>check.in', 'check.true>prep.in', 'prep.out>flaky_once.in', 'flaky_once.out>after.in', 'check.false>other.in']));
    const first = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { amount: 500 } })).id);
    expect(first).toMatchObject({ status: 'FAILED', error: { nodeId: 'flaky_once' } });
    const flakyCalls = h.test.calls.get('flaky_once') ?? 0;

    const retry = await h.services.runs.retry(ctx, first.id);
    expect(retry).toMatchObject({ retryOfRunId: first.id, status: expect.stringMatching(/QUEUED|RUNNING/) });
    const done = await h.waitFor(ctx, retry.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: { done: true } });
    expect(h.test.calls.get('flaky_once')).toBe(flakyCalls + 1);

    const nodes = Object.fromEntries((await h.services.runs.nodeRuns(ctx, retry.id)).map((n) => [n.nodeId, n]));
    // Copied from the first run, with their stored finish times: not run again.
    const firstNodes = Object.fromEntries((await h.services.runs.nodeRuns(ctx, first.id)).map((n) => [n.nodeId, n]));
    for (const id of ['start', 'check', 'prep']) expect(nodes[id]!.finishedAt).toEqual(firstNodes[id]!.finishedAt);
    expect(nodes.flaky_once).toMatchObject({ status: 'SUCCEEDED', input: { amount: 500, prepared: true } });
    expect(nodes.other?.status ?? 'SKIPPED').toBe('SKIPPED');
    const events = (await collect(retry.id, 0)).filter((e): e is RunEvent => e.type !== 'SNAPSHOT');
    expect(events.filter((e) => e.type === 'NODE_STARTED').map((e) => e.nodeId)).toEqual(['flaky_once', 'after']);
  });

  it('refuses runs that did not fail and runs of other organisations, and starts nothing', async () => {
    const wf = await h.workflow(ctx, branchGraph());
    const ok = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { amount: 1 } })).id);
    const count = await runCount();
    await expect(h.services.runs.retry(ctx, ok.id)).rejects.toThrow(/only failed or cancelled runs can be retried/);
    const other = (await h.kit.newTenant()).ctx();
    await expect(h.services.runs.retry(other, ok.id)).rejects.toThrow(/not found in this organisation/);
    await expect(h.services.runs.retry(ctx, 'not-a-uuid')).rejects.toThrow(/not found/);
    expect(await runCount()).toBe(count);
  });
});

describe('two jobs of one run in one worker', () => {
  it('take turns: the second finds the run finished instead of driving it a second time', async () => {
    const wf = await h.workflow(ctx, graphOf([['start', 'manual'], ['hold_twice', 'test-gate', { key: 'twice' }], ['end', 'transform', { expression: '$' }]], ['start.out>hold_twice.in', 'hold_twice.out>end.in']));
    const run = await h.services.runs.startByUser(ctx, { workflowId: wf.id, input: { n: 1 } });
    await h.test.gate('twice').entered;
    // The same run delivered again while its first job still drives it (as a re-delivered stalled job would be).
    await h.queue.add(RUN_QUEUE, { runId: run.id }, { jobId: `${run.id}-duplicate` });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.test.calls.get('hold_twice')).toBe(1);
    h.test.gate('twice').open();
    expect(await h.waitFor(ctx, run.id)).toMatchObject({ status: 'SUCCEEDED', output: { n: 1 } });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.test.calls.get('hold_twice')).toBe(1);
    const events = (await collect(run.id, 0)).filter((e): e is RunEvent => e.type !== 'SNAPSHOT');
    expect(events.filter((e) => e.type === 'NODE_STARTED' && e.nodeId === 'hold_twice')).toHaveLength(1);
  });
});
