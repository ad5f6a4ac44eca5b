// Built-in and custom roles: listing them, and creating, changing and deleting custom ones.
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { authorize } from '@nexus/kernel/authz/guard';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_PERMISSIONS, type TCustomRole } from '@nexus/kernel/authz/roles';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { publishAccessChanged } from '../access/access-changed';
import { RoleRepository, type CustomRoleRow } from './role-repository';
import { MemberRepository } from './member-repository';
import { InvitationRepository } from './invitation-repository';
import { ZCreateRoleInput, ZUpdateRoleInput } from './member-inputs';
import { isBuiltInRole } from './role-names';

export interface RoleView { name: string; description: string; permissions: string[]; builtIn: boolean; memberCount: number }

const BUILT_IN_DESCRIPTIONS: Record<(typeof BUILT_IN_ROLES)[number], string> = {
  owner: 'Full control, including making and removing owners; an organisation always keeps at least one.',
  admin: 'Everything an owner can do, except making someone owner or changing an owner.',
  member: 'Builds with the platform: publishes agents, runs workflows and training, sees the members.',
  viewer: 'Read-only: sees agents, workflows, training runs and the members.',
};

/** Catalogue order, so lists read the same everywhere. */
const inCatalogueOrder = (ps: Iterable<string>) => {
  const set = new Set(ps);
  return PERMISSIONS.filter((p) => set.has(p));
};

const toView = (r: CustomRoleRow, counts: Map<string, number>): RoleView =>
  ({ name: r.name, description: r.description, permissions: inCatalogueOrder(r.permissions), builtIn: false, memberCount: counts.get(r.name) ?? 0 });

const auditView = (r: Pick<CustomRoleRow, 'name' | 'description' | 'permissions'>) => ({ name: r.name, description: r.description, permissions: r.permissions });

/** Nobody hands out permissions they do not hold themselves. */
function assertHolds(ctx: RequestContext, permissions: readonly string[]): void {
  const missing = permissions.filter((p) => !ctx.permissions.includes(p));
  if (missing.length) throw new DomainError(ErrorCode.FORBIDDEN, `You cannot grant permissions you do not hold: ${missing.join(', ')}.`, { field: 'permissions' });
}

function customName(name: string): string {
  const n = name.trim().toLowerCase();
  if (isBuiltInRole(n)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${n.toUpperCase()} is a built-in role; built-in roles cannot be changed or deleted.`, { field: 'name' });
  return n;
}

async function findOrFail(tx: Tx, tenantId: string, name: string): Promise<CustomRoleRow> {
  const row = await RoleRepository.lock(tx, tenantId, name);
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `There is no custom role called "${name}".`, { field: 'name' });
  return row;
}

export class RoleService {
  constructor(private readonly db: Database, private readonly pubsub: PubSub) {}

  async list(ctx: RequestContext): Promise<RoleView[]> {
    const tenantId = authorize(ctx, 'members:read');
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [custom, counts] = await Promise.all([RoleRepository.list(tx, tenantId), RoleRepository.memberCounts(tx, tenantId)]);
      const builtIn = BUILT_IN_ROLES.map((r): RoleView => ({
        name: r.toUpperCase(), description: BUILT_IN_DESCRIPTIONS[r], permissions: inCatalogueOrder(BUILT_IN_ROLE_PERMISSIONS[r]),
        builtIn: true, memberCount: counts.get(r.toUpperCase()) ?? 0,
      }));
      return [...builtIn, ...custom.map((r) => toView(r, counts))];
    });
  }

  async create(ctx: RequestContext, input: unknown): Promise<RoleView> {
    const tenantId = authorize(ctx, 'roles:manage');
    const data: TCustomRole = parseInput(ZCreateRoleInput, input);
    assertHolds(ctx, data.permissions);
    return withTenant(this.db, { tenantId }, async (tx) => {
      if (await RoleRepository.find(tx, tenantId, data.name)) {
        throw new DomainError(ErrorCode.CONFLICT, `A role called "${data.name}" already exists.`, { field: 'name' });
      }
      const row = await RoleRepository.create(tx, { tenantId, ...data });
      await recordAudit(tx, ctx, { action: 'role.created', source: 'tenancy', targetType: 'role', targetId: row.id, targetLabel: row.name, after: auditView(row) });
      return toView(row, new Map());
    });
  }

  async update(ctx: RequestContext, nameArg: string, input: unknown): Promise<RoleView> {
    const tenantId = authorize(ctx, 'roles:manage');
    const name = customName(nameArg);
    const data = parseInput(ZUpdateRoleInput, input);
    const { view, permissionsChanged } = await withTenant(this.db, { tenantId }, async (tx) => {
      const before = await findOrFail(tx, tenantId, name);
      const permissions = data.permissions ?? before.permissions;
      assertHolds(ctx, permissions.filter((p) => !before.permissions.includes(p)));
      const row = await RoleRepository.update(tx, before.id, { description: data.description ?? before.description, permissions });
      await recordAudit(tx, ctx, { action: 'role.updated', source: 'tenancy', targetType: 'role', targetId: row.id, targetLabel: row.name, before: auditView(before), after: auditView(row) });
      const changed = permissions.length !== before.permissions.length || permissions.some((p) => !before.permissions.includes(p));
      return { view: toView(row, await RoleRepository.memberCounts(tx, tenantId)), permissionsChanged: changed };
    });
    if (permissionsChanged) await publishAccessChanged(this.pubsub, { tenantId });
    return view;
  }

  /** Refused while anyone holds the role or a pending invitation offers it: they would be left with a role that grants nothing. */
  async remove(ctx: RequestContext, nameArg: string): Promise<void> {
    const tenantId = authorize(ctx, 'roles:manage');
    const name = customName(nameArg);
    await withTenant(this.db, { tenantId }, async (tx) => {
      const row = await findOrFail(tx, tenantId, name);
      const [holders, invited] = await Promise.all([
        MemberRepository.countWithRole(tx, tenantId, name),
        InvitationRepository.countOpenWithRole(tx, tenantId, name, new Date()),
      ]);
      if (holders || invited) {
        const who = [holders && `${holders} member${holders === 1 ? '' : 's'}`, invited && `${invited} pending invitation${invited === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
        throw new DomainError(ErrorCode.CONFLICT, `The role "${name}" is still given to ${who}; give them another role first.`, { field: 'name' });
      }
      await RoleRepository.remove(tx, row.id);
      await recordAudit(tx, ctx, { action: 'role.deleted', source: 'tenancy', targetType: 'role', targetId: row.id, targetLabel: row.name, before: auditView(row) });
    });
    await publishAccessChanged(this.pubsub, { tenantId });
  }
}
