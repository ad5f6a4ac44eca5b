// Members of the current organisation: listing, role changes and removal, under the rank and last-owner rules.
import { z } from 'zod';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { requireTenant, type RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { authorize, lastOwnerGuard } from '@nexus/kernel/authz/guard';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { publishAccessChanged } from '../access/access-changed';
import { MemberRepository, type MemberRow } from './member-repository';
import { customRolesOf } from './role-repository';
import { ZRoleArgument } from './member-inputs';
import { assertCanAssign, assertCanChange, rolesForAssignment } from './role-assignment';

const notMember = () => new DomainError(ErrorCode.NOT_FOUND, 'No member with this id in your organisation.', { field: 'userId' });

/**
 * Locks the owner rows (so the owner count cannot change under us), then the target membership.
 * Every path that demotes or removes someone goes through here, in this lock order.
 */
async function lockForChange(tx: Tx, tenantId: string, userId: string): Promise<{ owners: number; member: MemberRow }> {
  const owners = await MemberRepository.lockOwners(tx, tenantId);
  const member = await MemberRepository.lockMember(tx, tenantId, userId);
  if (!member) throw notMember();
  return { owners, member };
}

export class MemberService {
  constructor(private readonly db: Database, private readonly pubsub: PubSub) {}

  async list(ctx: RequestContext, args: PageArgs) {
    const tenantId = authorize(ctx, 'members:read');
    const page = decodePage(args, 50);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [rows, total] = await Promise.all([MemberRepository.list(tx, tenantId, page), MemberRepository.count(tx, tenantId)]);
      return toConnection(rows, page.skip, total);
    });
  }

  async changeRole(ctx: RequestContext, userId: string, roleArg: string): Promise<MemberRow> {
    const tenantId = authorize(ctx, 'members:manage');
    const { role } = parseInput(z.object({ role: ZRoleArgument }), { role: roleArg });
    if (!isUuid(userId)) throw notMember();
    const { member, changed } = await withTenant(this.db, { tenantId }, async (tx) => {
      const customRoles = await rolesForAssignment(tx, tenantId, role);
      const { owners, member } = await lockForChange(tx, tenantId, userId);
      if (member.role === role) return { member, changed: false };
      assertCanAssign(ctx, role, customRoles);
      assertCanChange(ctx, { fromRole: member.role, toRole: role }, customRoles, 'role');
      lastOwnerGuard(owners, { fromRole: member.role, toRole: role });
      const updated = await MemberRepository.updateRole(tx, member.id, role);
      await recordAudit(tx, ctx, {
        action: 'member.role_changed', source: 'tenancy', targetType: 'member', targetId: userId, targetLabel: member.user.email,
        before: { role: member.role }, after: { role },
      });
      return { member: updated, changed: true };
    });
    if (changed) await publishAccessChanged(this.pubsub, { tenantId, userId });
    return member;
  }

  /** Removing someone needs members:manage and reach over their role; anyone may leave, except the last owner. */
  async remove(ctx: RequestContext, userId: string): Promise<void> {
    const tenantId = requireTenant(ctx);
    const leaving = ctx.userId === userId && !ctx.apiKeyId;
    if (!leaving) authorize(ctx, 'members:manage');
    if (!isUuid(userId)) throw notMember();
    await withTenant(this.db, { tenantId }, async (tx) => {
      const customRoles = await customRolesOf(tx, tenantId);
      const { owners, member } = await lockForChange(tx, tenantId, userId);
      if (!leaving) assertCanChange(ctx, { fromRole: member.role, toRole: null }, customRoles, 'userId');
      lastOwnerGuard(owners, { fromRole: member.role, toRole: null });
      await MemberRepository.remove(tx, member.id);
      await recordAudit(tx, ctx, {
        action: leaving ? 'member.left' : 'member.removed', source: 'tenancy', targetType: 'member', targetId: userId, targetLabel: member.user.email,
        before: { role: member.role },
      });
    });
    await publishAccessChanged(this.pubsub, { tenantId, userId });
  }
}
