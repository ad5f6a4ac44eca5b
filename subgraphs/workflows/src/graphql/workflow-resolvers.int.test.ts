// The workflow, secret and settings fields through the real SDL and Apollo: payload errors, shapes, ISO dates.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '@nexus/kernel/context';
import { createLogger } from '@nexus/kernel/logger';
import { createSubgraphServer, type SubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import type { SubgraphContext, WorkflowsServices } from '../context';
import { createBuiltinRegistry } from '../graph/builtin-registry';
import { edge, graph, node, TRANSFORM } from '../graph/test-graphs';
import { SecretStore } from '../secrets/secret-store';
import { WorkflowSettingsService } from '../secrets/workflow-settings';
import { WorkflowService } from '../workflows/workflow-service';
import { startWorkflowTestKit, type WorkflowTestKit } from '../workflows/workflow-test-kit';
import { JSONScalar } from './json-scalar';
import * as wf from './workflow-resolvers';

let kit: WorkflowTestKit;
let server: SubgraphServer<SubgraphContext>;
let services: WorkflowsServices;

beforeAll(async () => {
  kit = await startWorkflowTestKit();
  const registry = createBuiltinRegistry();
  services = {
    registry,
    workflows: new WorkflowService({ db: kit.app, workerDb: kit.worker, registry, encryptionKey: kit.encryptionKey }),
    secrets: new SecretStore({ db: kit.app, encryptionKey: kit.encryptionKey }),
    settings: new WorkflowSettingsService({ db: kit.app }),
    runs: {} as WorkflowsServices['runs'], // runs are not exercised here
  };
  server = await createSubgraphServer<SubgraphContext>({
    name: 'workflows-test',
    typeDefs: readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
    resolvers: { JSON: JSONScalar, Query: wf.workflowQueries, Mutation: wf.workflowMutations, Workflow: wf.Workflow, WorkflowVersion: wf.WorkflowVersion, TenantSecret: wf.TenantSecret },
    contextSecret: 'test-context-secret-0123456789',
    logger: createLogger('workflows-test', { level: 'silent' }),
    makeContext: (req) => ({ req, services }),
  });
});
afterAll(async () => {
  await server?.close();
  await kit?.close();
});

async function exec(query: string, variables: Record<string, unknown>, req: RequestContext) {
  const res = await server.apollo.executeOperation({ query, variables }, { contextValue: { req, services } });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
}

const CREATE = `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) {
  workflow { id name draft { nodes { id type config position { x y } } edges { source } } draftProblems { nodeId code field path } latestVersion active webhookPath concurrency createdAt draftUpdatedAt }
  errors { code message field } } }`;
const SAVE = `mutation($id: ID!, $note: String) { saveWorkflowVersion(workflowId: $id, note: $note) {
  version { number note createdAt graph { nodes { id } } } compileErrors { nodeId code message } errors { code field } } }`;

describe('workflow mutations and queries', () => {
  it('creates, saves, lists and diffs through the schema', async () => {
    const t = await kit.newTenant();
    const created = (await exec(CREATE, { input: { name: 'Flow' } }, t.ctx())).data!.createWorkflow;
    expect(created.errors).toEqual([]);
    expect(created.workflow).toMatchObject({ name: 'Flow', latestVersion: 0, active: false, concurrency: 4, draftProblems: [], webhookPath: expect.stringMatching(/^\/webhooks\//) });
    expect(created.workflow.draft.nodes).toEqual([{ id: 'trigger', type: 'manual', config: {}, position: { x: 0, y: 0 } }]);
    expect(new Date(created.workflow.createdAt).toISOString()).toBe(created.workflow.createdAt);
    const id = created.workflow.id as string;

    const saved = (await exec(SAVE, { id, note: 'first' }, t.ctx())).data!.saveWorkflowVersion;
    expect(saved).toMatchObject({ version: { number: 1, note: 'first', graph: { nodes: [{ id: 'trigger' }] } }, compileErrors: [], errors: [] });

    const g = graph([node('trigger', 'manual'), node('shape', 'transform', TRANSFORM)], [edge('trigger.out', 'shape.in')]);
    await exec(`mutation($id: ID!, $g: JSON) { updateWorkflow(id: $id, input: { graph: $g }) { errors { code } } }`, { id, g }, t.ctx());
    const read = (await exec(`query($id: ID!) { workflow(id: $id) { versions { number } version(number: 1) { note } }
      workflows(first: 5) { nodes { id } nextCursor }
      workflowVersionDiff(workflowId: $id, from: 1, to: 0) { from to nodesAdded edgesAdded { source target } nodesChanged { nodeId } } }`, { id }, t.ctx())).data!;
    expect(read.workflow).toEqual({ versions: [{ number: 1 }], version: { note: 'first' } });
    expect(read.workflows).toEqual({ nodes: [{ id }], nextCursor: null });
    expect(read.workflowVersionDiff).toEqual({ from: 1, to: 0, nodesAdded: ['shape'], edgesAdded: [{ source: 'trigger', target: 'shape' }], nodesChanged: [] });
  });

  it('turns expected failures into payload errors and compile failures into compileErrors', async () => {
    const t = await kit.newTenant();
    await exec(CREATE, { input: { name: 'taken' } }, t.ctx());
    expect((await exec(CREATE, { input: { name: 'taken' } }, t.ctx())).data!.createWorkflow).toEqual({ workflow: null, errors: [expect.objectContaining({ code: 'CONFLICT', field: 'name' })] });

    const broken = graph([node('trigger', 'manual'), node('x', 'nope')], [edge('trigger.out', 'x.in')]);
    const created = (await exec(CREATE, { input: { name: 'broken', graph: broken } }, t.ctx())).data!.createWorkflow;
    expect(created.workflow.draftProblems).toEqual([expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE', path: null })]);
    const saved = (await exec(SAVE, { id: created.workflow.id }, t.ctx())).data!.saveWorkflowVersion;
    expect(saved).toMatchObject({ version: null, errors: [], compileErrors: [expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE' })] });

    const missing = (await exec(SAVE, { id: '00000000-0000-4000-8000-000000000000' }, t.ctx())).data!.saveWorkflowVersion;
    expect(missing).toEqual({ version: null, compileErrors: [], errors: [{ code: 'NOT_FOUND', field: null }] });

    const active = (await exec(`mutation($id: ID!) { setWorkflowActive(workflowId: $id, active: true) { workflow { id } errors { code field } } }`, { id: created.workflow.id }, t.ctx())).data!.setWorkflowActive;
    expect(active).toEqual({ workflow: null, errors: [{ code: 'BAD_USER_INPUT', field: 'active' }] });

    const denied = await exec(CREATE, { input: { name: 'x' } }, t.ctx(['workflows:read']));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists node types with upper-cased categories and port flags filled in, and compiles a graph without saving', async () => {
    const t = await kit.newTenant();
    const res = (await exec(`{ workflowNodeTypes { type category inputs { name required multiple } outputs { name } configSchema } }`, {}, t.ctx())).data!;
    const byType = new Map<string, any>(res.workflowNodeTypes.map((n: { type: string }) => [n.type, n]));
    expect(byType.get('manual')).toMatchObject({ category: 'TRIGGER', inputs: [] });
    expect(byType.get('transform')).toMatchObject({ category: 'STEP', inputs: [{ name: 'in', required: expect.any(Boolean), multiple: false }] });
    expect(byType.get('transform').outputs.map((p: { name: string }) => p.name)).toContain('error');

    const ok = graph([node('a', 'manual'), node('b', 'transform', TRANSFORM)], [edge('a.out', 'b.in')]);
    const COMPILE = `query($g: JSON!) { compileWorkflowGraph(graph: $g) { ok order levels errors { nodeId code path } } }`;
    expect((await exec(COMPILE, { g: ok }, t.ctx())).data!.compileWorkflowGraph).toEqual({ ok: true, order: ['a', 'b'], levels: [['a'], ['b']], errors: [] });
    const loop = graph([node('a', 'manual'), node('b', 'transform', TRANSFORM), node('c', 'transform', TRANSFORM)],
      [edge('a.out', 'b.in'), edge('b.out', 'c.in'), edge('c.out', 'b.in')]);
    const failed = (await exec(COMPILE, { g: loop }, t.ctx())).data!.compileWorkflowGraph;
    expect(failed).toMatchObject({ ok: false, order: [], levels: [] });
    expect(failed.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'CYCLE', path: expect.arrayContaining(['b', 'c']) })]));
  });

  it('sets, lists and deletes secrets and allowed hosts, never exposing a value', async () => {
    const t = await kit.newTenant();
    const set = (await exec(`mutation { setTenantSecret(name: "API_KEY", value: "s3cr3t-value") { secret { name createdAt updatedAt } errors { code } } }`, {}, t.ctx())).data!.setTenantSecret;
    expect(set).toMatchObject({ secret: { name: 'API_KEY' }, errors: [] });
    expect(JSON.stringify(set)).not.toContain('s3cr3t-value');
    expect((await exec(`{ tenantSecrets { name } }`, {}, t.ctx())).data!.tenantSecrets).toEqual([{ name: 'API_KEY' }]);
    const bad = (await exec(`mutation { setTenantSecret(name: "9bad", value: "v") { secret { name } errors { code field } } }`, {}, t.ctx())).data!.setTenantSecret;
    expect(bad).toEqual({ secret: null, errors: [{ code: 'BAD_USER_INPUT', field: 'name' }] });
    expect((await exec(`mutation { deleteTenantSecret(name: "API_KEY") { secret { name } errors { code } } }`, {}, t.ctx())).data!.deleteTenantSecret).toEqual({ secret: { name: 'API_KEY' }, errors: [] });

    const hosts = (await exec(`mutation($h: [String!]!) { setWorkflowAllowedHosts(hosts: $h) { settings { allowedHosts } errors { code field } } }`, { h: ['A.example.com', 'x:1'] }, t.ctx())).data!.setWorkflowAllowedHosts;
    expect(hosts).toEqual({ settings: null, errors: [{ code: 'BAD_USER_INPUT', field: 'hosts.1' }] });
    await exec(`mutation { setWorkflowAllowedHosts(hosts: ["A.example.com"]) { errors { code } } }`, {}, t.ctx());
    expect((await exec(`{ workflowSettings { allowedHosts } }`, {}, t.ctx())).data!.workflowSettings).toEqual({ allowedHosts: ['a.example.com'] });
  });
});
