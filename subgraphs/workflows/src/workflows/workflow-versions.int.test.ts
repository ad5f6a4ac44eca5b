// Versions, activation and the webhook/run look-ups: numbering under concurrency, refused saves, outbox, schedules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../graph/builtin-registry';
import { edge, graph, node, TRANSFORM } from '../graph/test-graphs';
import { WorkflowService } from './workflow-service';
import { auditRows, startWorkflowTestKit, type WorkflowTestKit } from './workflow-test-kit';

let kit: WorkflowTestKit;
let service: WorkflowService;
beforeAll(async () => {
  kit = await startWorkflowTestKit();
  service = new WorkflowService({ db: kit.app, workerDb: kit.worker, registry: createBuiltinRegistry(), encryptionKey: kit.encryptionKey });
});
afterAll(async () => { await kit?.close(); });

const chain = (expression = '$') =>
  graph([node('start', 'manual'), node('shape', 'transform', { expression })], [edge('start.out', 'shape.in')]);
const scheduled = (cron: string) =>
  graph([node('tick', 'schedule', { cron, timezone: 'Europe/Paris' }), node('shape', 'transform', TRANSFORM)], [edge('tick.out', 'shape.in')]);

const savedEvents = (workflowId: string) =>
  kit.worker.client.outboxEvent.findMany({ where: { type: 'WorkflowSaved', payload: { path: ['workflowId'], equals: workflowId } }, orderBy: { seq: 'asc' } });

describe('saveVersion', () => {
  it('saves the draft as version 1 and enqueues WorkflowSaved in the same transaction', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'flow', graph: chain() });
    const { version, compileErrors } = await service.saveVersion(t.ctx(), row.id, '  first cut ');
    expect(compileErrors).toEqual([]);
    expect(version).toMatchObject({ number: 1, name: 'flow', note: 'first cut', graph: chain(), authorId: t.userId, workflowId: row.id });
    expect((await service.get(t.ctx(), row.id))?.latestVersion).toBe(1);
    const events = await savedEvents(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      tenantId: t.tenantId,
      payload: { workflowId: row.id, version: 1, name: 'flow', nodeCount: 2, edgeCount: 1, nodeTypes: { manual: 1, transform: 1 }, levels: 2 },
    });
    expect((await auditRows(kit, t.tenantId)).at(-1)).toMatchObject({ action: 'workflow.version_saved', targetId: row.id });
  });

  it('refuses a draft that does not compile, returns its errors and writes nothing', async () => {
    const t = await kit.newTenant();
    const broken = graph([node('start', 'manual'), node('x', 'teleport'), node('y', 'transform', {})], [edge('start.out', 'x.in'), edge('start.out', 'y.in')]);
    const row = await service.create(t.ctx(), { name: 'broken', graph: broken });
    const audits = (await auditRows(kit, t.tenantId)).length;
    const result = await service.saveVersion(t.ctx(), row.id, 'nope');
    expect(result.version).toBeNull();
    expect(result.compileErrors).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE' }),
      expect.objectContaining({ nodeId: 'y', code: 'INVALID_CONFIG', field: 'config.expression' }),
    ]));
    expect(await service.versions(t.ctx(), row.id)).toEqual([]);
    expect((await service.get(t.ctx(), row.id))?.latestVersion).toBe(0);
    expect(await savedEvents(row.id)).toEqual([]);
    expect((await auditRows(kit, t.tenantId)).length).toBe(audits);
  });

  it('gives concurrent saves distinct consecutive numbers', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'race', graph: chain() });
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => service.saveVersion(t.ctx(), row.id, `save ${i}`)));
    expect(results.map((r) => r.version!.number).sort()).toEqual([1, 2, 3, 4]);
    expect((await service.versions(t.ctx(), row.id)).map((v) => v.number)).toEqual([4, 3, 2, 1]);
    expect((await service.get(t.ctx(), row.id))?.latestVersion).toBe(4);
    expect((await savedEvents(row.id)).map((e) => (e.payload as { version: number }).version).sort()).toEqual([1, 2, 3, 4]);
  });

  it('refuses an over-long note with nothing saved', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'note', graph: chain() });
    await expect(service.saveVersion(t.ctx(), row.id, 'n'.repeat(1001))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await service.versions(t.ctx(), row.id)).toEqual([]);
  });
});

describe('restore and diff', () => {
  it('diffs two versions and a version against the draft, then restores a version into the draft', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'd', graph: chain('$') });
    await service.saveVersion(t.ctx(), row.id, null);
    const v2 = graph([node('start', 'manual'), node('shape', 'transform', { expression: 'a' }), node('more', 'transform', TRANSFORM)],
      [edge('start.out', 'shape.in'), edge('shape.out', 'more.in')]);
    await service.update(t.ctx(), row.id, { graph: v2 });
    await service.saveVersion(t.ctx(), row.id, null);
    const moved = { ...v2, nodes: v2.nodes.map((n) => (n.id === 'start' ? { ...n, position: { x: 50, y: 0 } } : n)) };
    await service.update(t.ctx(), row.id, { graph: moved });

    expect(await service.diff(t.ctx(), row.id, 1, 2)).toEqual({
      from: 1, to: 2, nodesAdded: ['more'], nodesRemoved: [], nodesMoved: [],
      nodesChanged: [{ nodeId: 'shape', changes: [{ path: 'config.expression', before: '$', after: 'a' }] }],
      edgesAdded: [edge('shape.out', 'more.in')], edgesRemoved: [],
    });
    expect(await service.diff(t.ctx(), row.id, 2, 0)).toMatchObject({ nodesChanged: [], nodesMoved: ['start'], edgesAdded: [] });
    await expect(service.diff(t.ctx(), row.id, 1, 9)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'to' });

    const restored = await service.restoreVersion(t.ctx(), row.id, 1);
    expect(restored.draft).toEqual(chain('$'));
    expect(restored.latestVersion).toBe(2);
    expect((await service.diff(t.ctx(), row.id, 1, 0)).nodesAdded).toEqual([]);
    await expect(service.restoreVersion(t.ctx(), row.id, 7)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'number' });
    expect((await service.get(t.ctx(), row.id))?.draft).toEqual(chain('$'));
  });

  it('gives the graph a run should execute: the draft, or a pinned version', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'run', graph: chain('$') });
    await service.saveVersion(t.ctx(), row.id, null);
    await service.update(t.ctx(), row.id, { graph: chain('draft') });
    expect(await service.graphForRun(t.ctx(), row.id)).toMatchObject({ graph: chain('draft'), versionNumber: null, workflow: { id: row.id } });
    expect(await service.graphForRun(t.ctx(), row.id, 1)).toMatchObject({ graph: chain('$'), versionNumber: 1 });
    await expect(service.graphForRun(t.ctx(), row.id, 2)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    await expect(service.graphForRun(t.ctx(['workflows:read']), row.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('setActive', () => {
  it('needs a saved version', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'fresh' });
    await expect(service.setActive(t.ctx(), row.id, true)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect((await service.get(t.ctx(), row.id))?.active).toBe(false);
  });

  it("writes one schedule row per schedule trigger of the latest version, refreshes them on save and removes them when inactive", async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'cron', graph: scheduled('0 9 * * *') });
    await service.saveVersion(t.ctx(), row.id, null);
    const schedules = () => kit.worker.client.workflowSchedule.findMany({ where: { workflowId: row.id } });
    expect(await schedules()).toEqual([]);

    const before = Date.now();
    expect((await service.setActive(t.ctx(), row.id, true)).active).toBe(true);
    const [first] = await schedules();
    expect(first).toMatchObject({ nodeId: 'tick', tenantId: t.tenantId, cron: '0 9 * * *', timezone: 'Europe/Paris' });
    expect(first!.nextAt.getTime()).toBeGreaterThan(before);
    expect(first!.nextAt.getTime()).toBeLessThanOrEqual(before + 86_400_000 + 3_600_000);

    await service.update(t.ctx(), row.id, { graph: scheduled('*/5 * * * *') });
    expect((await schedules())[0]?.cron).toBe('0 9 * * *'); // the draft does not fire
    await service.saveVersion(t.ctx(), row.id, null);
    expect((await schedules()).map((s) => s.cron)).toEqual(['*/5 * * * *']);

    await service.setActive(t.ctx(), row.id, false);
    expect(await schedules()).toEqual([]);
    expect((await auditRows(kit, t.tenantId)).map((a) => a.action)).toEqual(expect.arrayContaining(['workflow.activated', 'workflow.deactivated']));
  });
});

describe('webhook secret', () => {
  it('finds an active workflow by id and secret, and nothing for a wrong, rotated or inactive one', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'hook', graph: chain() });
    await service.saveVersion(t.ctx(), row.id, null);
    const secret = service.webhookPath(t.ctx(), row)!.split('/').at(-1)!;

    expect(await service.findForWebhook(row.id, secret)).toBeNull(); // not active yet
    await service.setActive(t.ctx(), row.id, true);
    expect(await service.findForWebhook(row.id, secret)).toMatchObject({ workflow: { id: row.id }, version: { number: 1, graph: chain() } });
    const wrong = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`; // differs in the last character whatever it was
    expect(await service.findForWebhook(row.id, wrong)).toBeNull();
    expect(await service.findForWebhook(row.id, '')).toBeNull();
    expect(await service.findForWebhook('not-a-uuid', secret)).toBeNull();

    const rotated = await service.rotateWebhookSecret(t.ctx(), row.id);
    const next = service.webhookPath(t.ctx(), rotated)!.split('/').at(-1)!;
    expect(next).not.toBe(secret);
    expect(await service.findForWebhook(row.id, secret)).toBeNull();
    expect(await service.findForWebhook(row.id, next)).toMatchObject({ workflow: { id: row.id } });

    await service.setActive(t.ctx(), row.id, false);
    expect(await service.findForWebhook(row.id, next)).toBeNull();
  });
});
