// Workflow, version, secret and settings fields: parse, call a service, shape the payload (dates as ISO strings).
import { asPayload } from '@nexus/kernel/payload';
import { authorize } from '@nexus/kernel/authz/guard';
import type {
  MutationResolvers, QueryResolvers, TenantSecretResolvers, WorkflowCompileError as GqlCompileError, WorkflowNodeType as GqlNodeType,
  WorkflowResolvers, WorkflowVersionResolvers,
} from '../generated/resolvers-types';
import type { CompileError } from '../graph/compile-workflow';
import { compileWorkflow } from '../graph/compile-workflow';
import type { NodeTypeDefinition, PortSpec } from '../graph/node-type';
import { checkGraphSize } from '../workflows/workflow-inputs';

const iso = (d: Date): string => d.toISOString();

const compileErrorOut = (e: CompileError): GqlCompileError => ({
  nodeId: e.nodeId, code: e.code, message: e.message, field: e.field ?? null, path: e.path ?? null,
});

const portOut = (p: PortSpec) => ({ name: p.name, schema: p.schema, required: p.required ?? false, multiple: p.multiple ?? false });

const nodeTypeOut = (d: NodeTypeDefinition): GqlNodeType => ({
  type: d.type, category: d.category.toUpperCase(), title: d.title, description: d.description,
  inputs: d.inputs.map(portOut), outputs: d.outputs.map(portOut), configSchema: d.configSchema,
});

export const workflowQueries: QueryResolvers = {
  workflows: (_p, args, { req, services }) => services.workflows.list(req, args),
  workflow: (_p, { id }, { req, services }) => services.workflows.get(req, id),
  workflowNodeTypes: (_p, _a, { services }) => services.registry.list().map(nodeTypeOut),
  compileWorkflowGraph: (_p, { graph }, { req, services }) => {
    // Compiling is cheap but not free: only members may ask, and only for graphs a save would accept.
    authorize(req, 'workflows:read');
    checkGraphSize(graph);
    const result = compileWorkflow(graph, services.registry);
    return result.ok
      ? { ok: true, order: result.order, levels: result.levels, errors: [] }
      : { ok: false, order: [], levels: [], errors: result.errors.map(compileErrorOut) };
  },
  workflowVersionDiff: (_p, { workflowId, from, to }, { req, services }) => services.workflows.diff(req, workflowId, from, to),
  tenantSecrets: (_p, _a, { req, services }) => services.secrets.list(req),
  workflowSettings: (_p, _a, { req, services }) => services.settings.get(req),
};

export const workflowMutations: MutationResolvers = {
  createWorkflow: (_p, { input }, { req, services }) => asPayload(async () => ({ workflow: await services.workflows.create(req, input) })),
  updateWorkflow: (_p, { id, input }, { req, services }) => asPayload(async () => ({ workflow: await services.workflows.update(req, id, input) })),
  deleteWorkflow: (_p, { id }, { req, services }) => asPayload(async () => ({ deletedId: await services.workflows.delete(req, id) })),
  saveWorkflowVersion: async (_p, { workflowId, note }, { req, services }) => {
    const r = await asPayload(() => services.workflows.saveVersion(req, workflowId, note));
    return { version: 'version' in r ? r.version : null, compileErrors: 'compileErrors' in r ? r.compileErrors.map(compileErrorOut) : [], errors: r.errors };
  },
  restoreWorkflowVersion: (_p, { workflowId, number }, { req, services }) =>
    asPayload(async () => ({ workflow: await services.workflows.restoreVersion(req, workflowId, number) })),
  setWorkflowActive: (_p, { workflowId, active }, { req, services }) =>
    asPayload(async () => ({ workflow: await services.workflows.setActive(req, workflowId, active) })),
  rotateWorkflowWebhookSecret: (_p, { workflowId }, { req, services }) =>
    asPayload(async () => ({ workflow: await services.workflows.rotateWebhookSecret(req, workflowId) })),
  setTenantSecret: (_p, { name, value }, { req, services }) => asPayload(async () => ({ secret: await services.secrets.set(req, name, value) })),
  deleteTenantSecret: (_p, { name }, { req, services }) => asPayload(async () => ({ secret: await services.secrets.delete(req, name) })),
  setWorkflowAllowedHosts: (_p, { hosts }, { req, services }) => asPayload(async () => ({ settings: await services.settings.setAllowedHosts(req, hosts) })),
};

/** `runs` is added by the runs module. */
export const Workflow: WorkflowResolvers = {
  __resolveReference: (ref, { req, services }) => services.workflows.get(req, ref.id),
  draftUpdatedAt: (w) => iso(w.draftUpdatedAt),
  draftProblems: (w, _a, { services }) => services.workflows.draftProblems(w).map(compileErrorOut),
  versions: (w, _a, { req, services }) => services.workflows.versions(req, w.id),
  version: (w, { number }, { req, services }) => services.workflows.version(req, w.id, number),
  webhookPath: (w, _a, { req, services }) => services.workflows.webhookPath(req, w),
  createdAt: (w) => iso(w.createdAt),
  updatedAt: (w) => iso(w.updatedAt),
};

export const WorkflowVersion: WorkflowVersionResolvers = {
  createdAt: (v) => iso(v.createdAt),
};

export const TenantSecret: TenantSecretResolvers = {
  createdAt: (s) => iso(s.createdAt),
  updatedAt: (s) => iso(s.updatedAt),
};
