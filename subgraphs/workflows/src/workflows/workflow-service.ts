// Workflows of a tenant: drafts, immutable numbered versions, activation (schedules, webhook) and the run/webhook look-ups.
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { cursorAt, decodePage } from '@nexus/kernel/connection';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import { parseInput } from '@nexus/kernel/validation';
import { recordAudit } from '@nexus/db/audit';
import { enqueueEvent, withSystem, withTenant, type Database, type Tx } from '../db';
import { compileWorkflow, type CompileError } from '../graph/compile-workflow';
import type { NodeTypeRegistry } from '../graph/node-type';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import { diffGraphs } from '../versions/diff-graphs';
import { scheduleSpecs } from '../schedules/next-fire';
import { ScheduleRepository } from '../schedules/schedule-repository';
import { defaultDraft, parseCreateInput, parseUpdateInput, ZVersionNote, ZVersionNumber } from './workflow-inputs';
import { WorkflowRepository } from './workflow-repository';
import type { VersionRow, WorkflowRow } from './workflow-rows';
import { newWebhookSecret, openSecret, sealSecret, secretsMatch } from './webhook-secret';
import { toWorkflowDiff, type WorkflowDiffResult } from './workflow-diff';

export interface WorkflowServiceDeps {
  db: Database;
  workerDb: Database;
  registry: NodeTypeRegistry;
  encryptionKey: Buffer;
}

const SOURCE = 'workflows';
const PROBLEM_CACHE_SIZE = 500;

// Audit rows hold a summary: a graph can be 2 MB, and the webhook secret must never be written anywhere readable.
const auditView = (w: WorkflowRow) => ({
  name: w.name, description: w.description, nodeCount: w.draft.nodes.length, edgeCount: w.draft.edges.length,
  latestVersion: w.latestVersion, active: w.active, errorWorkflowId: w.errorWorkflowId, concurrency: w.concurrency,
});

const notFound = (what = 'Workflow') => new DomainError(ErrorCode.NOT_FOUND, `${what} not found in this organisation.`);

function countBy(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of items) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

export class WorkflowService {
  private readonly problems = new Map<string, CompileError[]>();

  constructor(private readonly deps: WorkflowServiceDeps) {}

  private tenant(ctx: RequestContext, tenantId: string) {
    return { tenantId, userId: ctx.userId };
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; search?: string | null }): Promise<{ nodes: WorkflowRow[]; nextCursor: string | null }> {
    const tenantId = authorize(ctx, 'workflows:read');
    const page = decodePage(args);
    const search = args.search?.trim().slice(0, 200) || null;
    // One extra row tells whether another page exists without counting the whole table.
    const rows = await withTenant(this.deps.db, this.tenant(ctx, tenantId), (tx) =>
      WorkflowRepository.list(tx, tenantId, { take: page.take + 1, skip: page.skip, search }));
    const more = rows.length > page.take;
    const nodes = more ? rows.slice(0, page.take) : rows;
    return { nodes, nextCursor: more ? cursorAt(page.skip + nodes.length - 1) : null };
  }

  async get(ctx: RequestContext, id: string): Promise<WorkflowRow | null> {
    const tenantId = authorize(ctx, 'workflows:read');
    if (!isUuid(id)) return null;
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), (tx) => WorkflowRepository.findById(tx, id));
  }

  async create(ctx: RequestContext, input: unknown): Promise<WorkflowRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const data = parseCreateInput(input);
    const secret = newWebhookSecret();
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      await this.checkNameFree(tx, tenantId, data.name, null);
      const row = await WorkflowRepository.create(tx, {
        tenantId, name: data.name, description: data.description ?? '', draft: data.graph ?? defaultDraft(),
        webhookSecret: sealSecret(this.deps.encryptionKey, secret), createdById: ctx.userId,
      });
      await this.audit(tx, ctx, 'workflow.created', row, null, auditView(row));
      return row;
    }).catch(nameConflict);
  }

  async update(ctx: RequestContext, id: string, input: unknown): Promise<WorkflowRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const data = parseUpdateInput(input);
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const before = await this.mustFind(tx, id);
      if (data.name != null && data.name !== before.name) await this.checkNameFree(tx, tenantId, data.name, id);
      if (data.errorWorkflowId) await this.checkErrorWorkflow(tx, id, data.errorWorkflowId);
      const row = await WorkflowRepository.update(tx, id, {
        ...(data.name != null ? { name: data.name } : {}),
        ...(data.description != null ? { description: data.description } : {}),
        ...(data.graph != null ? { draft: data.graph, draftUpdatedAt: new Date() } : {}),
        ...(data.errorWorkflowId !== undefined ? { errorWorkflowId: data.errorWorkflowId } : {}),
        ...(data.concurrency != null ? { concurrency: data.concurrency } : {}),
      });
      await this.audit(tx, ctx, 'workflow.updated', row, auditView(before), auditView(row));
      return row;
    }).catch(nameConflict);
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    const tenantId = authorize(ctx, 'workflows:write');
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const before = await this.mustFind(tx, id);
      await WorkflowRepository.clearErrorWorkflow(tx, id);
      await WorkflowRepository.delete(tx, id);
      await this.audit(tx, ctx, 'workflow.deleted', before, auditView(before), null);
      return id;
    });
  }

  /** The draft's compile problems (empty when it compiles); cached until the draft changes. */
  draftProblems(row: WorkflowRow): CompileError[] {
    const key = `${row.id}@${row.draftUpdatedAt.getTime()}`;
    const cached = this.problems.get(key);
    if (cached) return cached;
    const result = compileWorkflow(row.draft, this.deps.registry);
    const problems = result.ok ? [] : result.errors;
    if (this.problems.size >= PROBLEM_CACHE_SIZE) this.problems.delete(this.problems.keys().next().value as string);
    this.problems.set(key, problems);
    return problems;
  }

  async versions(ctx: RequestContext, workflowId: string): Promise<VersionRow[]> {
    const tenantId = authorize(ctx, 'workflows:read');
    if (!isUuid(workflowId)) return [];
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), (tx) => WorkflowRepository.versions(tx, workflowId));
  }

  async version(ctx: RequestContext, workflowId: string, number: number): Promise<VersionRow | null> {
    const tenantId = authorize(ctx, 'workflows:read');
    if (!isUuid(workflowId) || !Number.isInteger(number) || number < 1) return null;
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), (tx) => WorkflowRepository.version(tx, workflowId, number));
  }

  async saveVersion(ctx: RequestContext, workflowId: string, note: unknown): Promise<{ version: VersionRow | null; compileErrors: CompileError[] }> {
    const tenantId = authorize(ctx, 'workflows:write');
    const text = parseInput(ZVersionNote, note) ?? '';
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      // The lock makes a concurrent save wait here and then read the number this one wrote.
      const workflow = await this.mustFind(tx, workflowId, true);
      const compiled = compileWorkflow(workflow.draft, this.deps.registry);
      if (!compiled.ok) return { version: null, compileErrors: compiled.errors };
      const graph = workflow.draft;
      const version = await WorkflowRepository.createVersion(tx, {
        tenantId, workflowId, number: workflow.latestVersion + 1, name: workflow.name, note: text, graph, authorId: ctx.userId,
      });
      const after = await WorkflowRepository.update(tx, workflowId, { latestVersion: version.number });
      await enqueueEvent(tx, {
        type: 'WorkflowSaved',
        tenantId,
        payload: {
          workflowId, version: version.number, name: version.name, nodeCount: graph.nodes.length, edgeCount: graph.edges.length,
          nodeTypes: countBy(graph.nodes.map((n) => n.type)), levels: compiled.levels.length,
        },
      });
      if (after.active) await ScheduleRepository.replace(tx, tenantId, workflowId, scheduleSpecs(graph), new Date());
      await this.audit(tx, ctx, 'workflow.version_saved', after, { latestVersion: workflow.latestVersion }, { latestVersion: version.number, note: text });
      return { version, compileErrors: [] };
    });
  }

  async restoreVersion(ctx: RequestContext, workflowId: string, number: number): Promise<WorkflowRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const n = parseInput(ZVersionNumber, number);
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const before = await this.mustFind(tx, workflowId);
      const version = await WorkflowRepository.version(tx, workflowId, n);
      if (!version) throw new DomainError(ErrorCode.NOT_FOUND, `Version ${n} of this workflow does not exist.`, { field: 'number' });
      const row = await WorkflowRepository.update(tx, workflowId, { draft: version.graph, draftUpdatedAt: new Date() });
      await this.audit(tx, ctx, 'workflow.version_restored', row, auditView(before), { ...auditView(row), restoredVersion: n });
      return row;
    });
  }

  /** From one saved version to another; `to` (or `from`) 0 means the current draft. */
  async diff(ctx: RequestContext, workflowId: string, from: number, to: number): Promise<WorkflowDiffResult> {
    const tenantId = authorize(ctx, 'workflows:read');
    if (!isUuid(workflowId)) throw notFound();
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const workflow = await this.mustFind(tx, workflowId);
      const graphAt = async (number: number, field: string): Promise<TWorkflowGraph> => {
        if (number === 0) return workflow.draft;
        const version = Number.isInteger(number) && number > 0 ? await WorkflowRepository.version(tx, workflowId, number) : null;
        if (!version) throw new DomainError(ErrorCode.NOT_FOUND, `Version ${number} of this workflow does not exist.`, { field });
        return version.graph;
      };
      return toWorkflowDiff(from, to, diffGraphs(await graphAt(from, 'from'), await graphAt(to, 'to')));
    });
  }

  async setActive(ctx: RequestContext, workflowId: string, active: boolean): Promise<WorkflowRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    if (typeof active !== 'boolean') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'active must be true or false.', { field: 'active' });
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const before = await this.mustFind(tx, workflowId, true);
      if (active && before.latestVersion === 0) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Save a version first: an active workflow runs its latest saved version.', { field: 'active' });
      }
      const row = await WorkflowRepository.update(tx, workflowId, { active });
      if (active) {
        const latest = await WorkflowRepository.version(tx, workflowId, row.latestVersion);
        await ScheduleRepository.replace(tx, tenantId, workflowId, latest ? scheduleSpecs(latest.graph) : [], new Date());
      } else {
        await ScheduleRepository.deleteFor(tx, workflowId);
      }
      await this.audit(tx, ctx, active ? 'workflow.activated' : 'workflow.deactivated', row, { active: before.active }, { active });
      return row;
    });
  }

  async rotateWebhookSecret(ctx: RequestContext, workflowId: string): Promise<WorkflowRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const sealed = sealSecret(this.deps.encryptionKey, newWebhookSecret());
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const before = await this.mustFind(tx, workflowId);
      const row = await WorkflowRepository.update(tx, workflowId, { webhookSecret: sealed });
      await this.audit(tx, ctx, 'workflow.webhook_secret_rotated', before, null, null);
      return row;
    });
  }

  /** The secret webhook path, only for callers who may change the workflow (it lets anyone start runs). */
  webhookPath(ctx: RequestContext, row: WorkflowRow): string | null {
    if (ctx.tenantId !== row.tenantId || !ctx.permissions.includes('workflows:write')) return null;
    return `/webhooks/${row.id}/${openSecret(this.deps.encryptionKey, row.webhookSecret)}`;
  }

  async findForWebhook(workflowId: string, secret: string): Promise<{ workflow: WorkflowRow; version: VersionRow } | null> {
    if (!isUuid(workflowId) || typeof secret !== 'string') return null;
    return withSystem(this.deps.workerDb, async (tx) => {
      const workflow = await WorkflowRepository.findById(tx, workflowId);
      if (!workflow) return null;
      const matches = secretsMatch(openSecret(this.deps.encryptionKey, workflow.webhookSecret), secret);
      if (!matches || !workflow.active || workflow.latestVersion === 0) return null;
      const version = await WorkflowRepository.version(tx, workflowId, workflow.latestVersion);
      return version ? { workflow, version } : null;
    });
  }

  /** Needs `workflows:run`: the caller is about to start a run of this graph. */
  async graphForRun(ctx: RequestContext, workflowId: string, version?: number | null): Promise<{ workflow: WorkflowRow; graph: TWorkflowGraph; versionNumber: number | null }> {
    const tenantId = authorize(ctx, 'workflows:run');
    if (!isUuid(workflowId)) throw notFound();
    return withTenant(this.deps.db, this.tenant(ctx, tenantId), async (tx) => {
      const workflow = await this.mustFind(tx, workflowId);
      if (version === null || version === undefined) return { workflow, graph: workflow.draft, versionNumber: null };
      const saved = Number.isInteger(version) && version > 0 ? await WorkflowRepository.version(tx, workflowId, version) : null;
      if (!saved) throw new DomainError(ErrorCode.NOT_FOUND, `Version ${version} of this workflow does not exist.`, { field: 'version' });
      return { workflow, graph: saved.graph, versionNumber: saved.number };
    });
  }

  private async mustFind(tx: Tx, id: string, lock = false): Promise<WorkflowRow> {
    if (!isUuid(id)) throw notFound();
    const row = lock ? await WorkflowRepository.lockById(tx, id) : await WorkflowRepository.findById(tx, id);
    if (!row) throw notFound();
    return row;
  }

  private async checkNameFree(tx: Tx, tenantId: string, name: string, exceptId: string | null): Promise<void> {
    if (await WorkflowRepository.nameTaken(tx, tenantId, name, exceptId)) throw nameTakenError(name);
  }

  private async checkErrorWorkflow(tx: Tx, id: string, errorWorkflowId: string): Promise<void> {
    if (errorWorkflowId === id) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'errorWorkflowId must name another workflow: a workflow cannot handle its own failures.', { field: 'errorWorkflowId' });
    }
    if (!(await WorkflowRepository.findById(tx, errorWorkflowId))) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'errorWorkflowId does not name a workflow of this organisation.', { field: 'errorWorkflowId' });
    }
  }

  private audit(tx: Tx, ctx: RequestContext, action: string, row: WorkflowRow, before: unknown, after: unknown): Promise<void> {
    return recordAudit(tx, ctx, { action, source: SOURCE, targetType: 'workflow', targetId: row.id, targetLabel: row.name, before, after });
  }
}

const nameTakenError = (name: string) =>
  new DomainError(ErrorCode.CONFLICT, `A workflow named "${name}" already exists in this organisation.`, { field: 'name' });

// The pre-check covers the common case; two creates racing on one name meet the unique index instead.
function nameConflict(e: unknown): never {
  if ((e as { code?: string }).code === 'P2002') throw new DomainError(ErrorCode.CONFLICT, 'A workflow with this name already exists in this organisation.', { field: 'name' });
  throw e;
}
