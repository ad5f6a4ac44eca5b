// WorkflowService against a real database: drafts, validation that changes nothing, names, permissions and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../graph/builtin-registry';
import { edge, graph, node, TRANSFORM } from '../graph/test-graphs';
import { WorkflowService } from './workflow-service';
import { MAX_GRAPH_BYTES } from './workflow-inputs';
import { auditRows, startWorkflowTestKit, type WorkflowTestKit } from './workflow-test-kit';

let kit: WorkflowTestKit;
let service: WorkflowService;
beforeAll(async () => {
  kit = await startWorkflowTestKit();
  service = new WorkflowService({ db: kit.app, workerDb: kit.worker, registry: createBuiltinRegistry(), encryptionKey: kit.encryptionKey });
});
afterAll(async () => { await kit?.close(); });

const twoNodes = () => graph([node('start', 'manual'), node('shape', 'transform', TRANSFORM)], [edge('start.out', 'shape.in')]);

const problemAt = (field: string) => ({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field })] });

async function rowCounts(tenantId: string) {
  const [workflows, audits] = await Promise.all([
    kit.worker.client.workflow.count({ where: { tenantId } }),
    kit.worker.client.auditEvent.count({ where: { tenantId } }),
  ]);
  return { workflows, audits };
}

describe('create', () => {
  it('starts from one manual trigger, seals the webhook secret and audits without the secret', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: '  Invoices  ', description: 'pay them' });
    expect(row).toMatchObject({ name: 'Invoices', description: 'pay them', latestVersion: 0, active: false, concurrency: 4, createdById: t.userId });
    expect(row.draft).toEqual({ nodes: [{ id: 'trigger', type: 'manual', config: {}, position: { x: 0, y: 0 } }], edges: [] });
    expect(service.draftProblems(row)).toEqual([]);

    const path = service.webhookPath(t.ctx(), row);
    expect(path).toMatch(new RegExp(`^/webhooks/${row.id}/[A-Za-z0-9_-]{43}$`));
    const secret = path!.split('/').at(-1)!;
    const stored = await kit.worker.client.workflow.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.webhookSecret).not.toContain(secret);
    expect(Buffer.from(stored.webhookSecret, 'base64').toString('latin1')).not.toContain(secret);

    const audit = (await auditRows(kit, t.tenantId)).at(-1)!;
    expect(audit).toMatchObject({ action: 'workflow.created', source: 'workflows', targetId: row.id, targetLabel: 'Invoices' });
    expect(JSON.stringify({ ...audit, seq: String(audit.seq) })).not.toContain(secret);
  });

  it('keeps a given draft with an unknown node type and reports it as a draft problem', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'odd', graph: graph([node('start', 'manual'), node('x', 'teleport')], [edge('start.out', 'x.in')]) });
    expect(row.draft.nodes.map((n) => n.type)).toEqual(['manual', 'teleport']);
    expect(service.draftProblems(row)).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE' })]));
  });

  it('refuses a duplicate name with CONFLICT on name and writes nothing', async () => {
    const t = await kit.newTenant();
    await service.create(t.ctx(), { name: 'Same' });
    const before = await rowCounts(t.tenantId);
    await expect(service.create(t.ctx(), { name: 'Same' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await rowCounts(t.tenantId)).toEqual(before);
    // Names are per tenant.
    const other = await kit.newTenant();
    await expect(service.create(other.ctx(), { name: 'Same' })).resolves.toMatchObject({ name: 'Same' });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const t = await kit.newTenant();
    const huge = graph([node('start', 'manual', { inputSchema: { description: 'x'.repeat(MAX_GRAPH_BYTES) } })], []);
    const cases: [unknown, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'n'.repeat(101) }, 'name'],
      [{ name: 'big', graph: huge }, 'graph'],
      [{ name: 'dup', graph: graph([node('a', 'manual'), node('a', 'manual')], []) }, 'graph.nodes.1.id'],
      [{ name: 'bad-id', graph: graph([node('has space', 'manual')], []) }, 'graph.nodes.0.id'],
      [{ name: 'no-edges', graph: { nodes: [] } }, 'graph.edges'],
    ];
    for (const [input, field] of cases) {
      const error = await service.create(t.ctx(), input).catch((e: unknown) => e);
      expect(error, field).toMatchObject(problemAt(field));
    }
    expect(await rowCounts(t.tenantId)).toEqual({ workflows: 0, audits: 0 });
  });

  it('needs workflows:write', async () => {
    const t = await kit.newTenant();
    await expect(service.create(t.ctx(['workflows:read']), { name: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('update', () => {
  it('changes the given fields only and bumps draftUpdatedAt when the graph changes', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'u', description: 'keep me' });
    const renamed = await service.update(t.ctx(), row.id, { name: 'u2', description: null, concurrency: 8 });
    expect(renamed).toMatchObject({ name: 'u2', description: 'keep me', concurrency: 8 });
    expect(renamed.draftUpdatedAt.getTime()).toBe(row.draftUpdatedAt.getTime());
    const redrawn = await service.update(t.ctx(), row.id, { graph: twoNodes() });
    expect(redrawn.draft).toEqual(twoNodes());
    expect(redrawn.draftUpdatedAt.getTime()).toBeGreaterThanOrEqual(row.draftUpdatedAt.getTime());
    expect(redrawn.draftUpdatedAt).not.toEqual(row.draftUpdatedAt);
    expect((await auditRows(kit, t.tenantId)).map((a) => a.action)).toEqual(['workflow.created', 'workflow.updated', 'workflow.updated']);
  });

  it('sets and clears the error workflow, which must be another workflow of the tenant', async () => {
    const t = await kit.newTenant();
    const other = await kit.newTenant();
    const main = await service.create(t.ctx(), { name: 'main' });
    const handler = await service.create(t.ctx(), { name: 'handler' });
    const foreign = await service.create(other.ctx(), { name: 'foreign' });
    expect((await service.update(t.ctx(), main.id, { errorWorkflowId: handler.id })).errorWorkflowId).toBe(handler.id);
    await expect(service.update(t.ctx(), main.id, { errorWorkflowId: main.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'errorWorkflowId' });
    await expect(service.update(t.ctx(), main.id, { errorWorkflowId: foreign.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'errorWorkflowId' });
    expect((await service.update(t.ctx(), main.id, { name: 'main' })).errorWorkflowId).toBe(handler.id);
    expect((await service.update(t.ctx(), main.id, { errorWorkflowId: null })).errorWorkflowId).toBeNull();
  });

  it('changes nothing when any part of the input is bad', async () => {
    const t = await kit.newTenant();
    await service.create(t.ctx(), { name: 'taken' });
    const row = await service.create(t.ctx(), { name: 'mine' });
    const before = await rowCounts(t.tenantId);
    await expect(service.update(t.ctx(), row.id, { name: 'fine', concurrency: 33 })).rejects.toMatchObject(problemAt('concurrency'));
    await expect(service.update(t.ctx(), row.id, { name: 'fine', concurrency: 0 })).rejects.toMatchObject(problemAt('concurrency'));
    await expect(service.update(t.ctx(), row.id, { name: 'taken' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'name' });
    await expect(service.update(t.ctx(), row.id, { name: 'fine', graph: { nodes: 'x', edges: [] } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await service.get(t.ctx(), row.id)).toEqual(row);
    expect(await rowCounts(t.tenantId)).toEqual(before);
  });
});

describe('list, get, delete', () => {
  it('pages most recently changed first and searches name and description', async () => {
    const t = await kit.newTenant();
    for (const name of ['alpha', 'beta', 'gamma']) await service.create(t.ctx(), { name, description: name === 'beta' ? 'Sends MAIL' : '' });
    const first = await service.list(t.ctx(), { first: 2 });
    expect(first.nodes.map((w) => w.name)).toEqual(['gamma', 'beta']);
    const second = await service.list(t.ctx(), { first: 2, after: first.nextCursor });
    expect(second).toMatchObject({ nodes: [expect.objectContaining({ name: 'alpha' })], nextCursor: null });
    expect((await service.list(t.ctx(), { search: 'mail' })).nodes.map((w) => w.name)).toEqual(['beta']);
    await expect(service.list(t.ctx(), { first: 0 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('returns null for a malformed or unknown id', async () => {
    const t = await kit.newTenant();
    expect(await service.get(t.ctx(), 'not-a-uuid')).toBeNull();
    expect(await service.get(t.ctx(), '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('deletes a workflow and unhooks it from workflows that used it as their error handler', async () => {
    const t = await kit.newTenant();
    const handler = await service.create(t.ctx(), { name: 'handler' });
    const main = await service.create(t.ctx(), { name: 'main' });
    await service.update(t.ctx(), main.id, { errorWorkflowId: handler.id });
    expect(await service.delete(t.ctx(), handler.id)).toBe(handler.id);
    expect(await service.get(t.ctx(), handler.id)).toBeNull();
    expect((await service.get(t.ctx(), main.id))?.errorWorkflowId).toBeNull();
    await expect(service.delete(t.ctx(), handler.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await auditRows(kit, t.tenantId)).at(-1)).toMatchObject({ action: 'workflow.deleted', targetId: handler.id });
  });
});

describe('tenant isolation', () => {
  it("tenant B can neither read nor change tenant A's workflow", async () => {
    const a = await kit.newTenant();
    const b = await kit.newTenant();
    const row = await service.create(a.ctx(), { name: 'private', graph: twoNodes() });
    await service.saveVersion(a.ctx(), row.id, 'v1');
    expect(await service.get(b.ctx(), row.id)).toBeNull();
    expect((await service.list(b.ctx(), {})).nodes).toEqual([]);
    expect(await service.versions(b.ctx(), row.id)).toEqual([]);
    expect(await service.version(b.ctx(), row.id, 1)).toBeNull();
    await expect(service.update(b.ctx(), row.id, { name: 'mine now' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.delete(b.ctx(), row.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.saveVersion(b.ctx(), row.id, null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.graphForRun(b.ctx(), row.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(service.webhookPath(b.ctx(), row)).toBeNull();
    expect((await service.get(a.ctx(), row.id))?.name).toBe('private');
  });

  it('shows the webhook path only to callers who may change the workflow', async () => {
    const t = await kit.newTenant();
    const row = await service.create(t.ctx(), { name: 'hook' });
    expect(service.webhookPath(t.ctx(['workflows:read']), row)).toBeNull();
    expect(service.webhookPath(t.ctx(), row)).toMatch(/^\/webhooks\//);
  });
});
