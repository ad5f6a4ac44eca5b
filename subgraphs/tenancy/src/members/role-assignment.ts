// Checks shared by invitations and role changes: the role exists, and the actor may hand it out.
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { canAssignRole, canChangeRole, type TCustomRole } from '@nexus/kernel/authz/roles';
import type { Tx } from '../db';
import { RoleRepository, customRolesOf } from './role-repository';
import { isBuiltInRole } from './role-names';

/**
 * The tenant's custom roles, after checking `role` (stored spelling) names a role that exists. A custom role is
 * share-locked until the transaction ends, so it cannot be deleted between this check and the assignment.
 */
export async function rolesForAssignment(tx: Tx, tenantId: string, role: string): Promise<TCustomRole[]> {
  if (!isBuiltInRole(role) && !(await RoleRepository.lockShared(tx, tenantId, role))) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `There is no role called "${role}"; use OWNER, ADMIN, MEMBER, VIEWER or one of your custom roles.`, { field: 'role' });
  }
  return customRolesOf(tx, tenantId);
}

export function assertCanAssign(ctx: RequestContext, role: string, customRoles: readonly TCustomRole[]): void {
  if (!canAssignRole(ctx.roles, role, customRoles)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `You cannot give the ${role} role: only roles at or below your own, with permissions you hold.`, { field: 'role' });
  }
}

export function assertCanChange(ctx: RequestContext, change: { fromRole: string; toRole: string | null }, customRoles: readonly TCustomRole[], field: string): void {
  if (!canChangeRole(ctx.roles, change, customRoles)) {
    const what = change.toRole ? `change a ${change.fromRole} into ${change.toRole}` : `remove a ${change.fromRole}`;
    throw new DomainError(ErrorCode.FORBIDDEN, `Your role cannot ${what}: both roles must be within your own.`, { field });
  }
}
