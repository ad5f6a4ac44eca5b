// Roles, scopes and what each lets a caller do.
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { RequestContext } from '@nexus/kernel/context';

export const SCOPES = ['agents:read', 'agents:write', 'keys:manage'] as const;
export type TScope = (typeof SCOPES)[number];
export type TRole = 'OWNER' | 'ADMIN' | 'MEMBER';

export function scopesForRole(role: TRole): TScope[] {
  return role === 'MEMBER' ? ['agents:read', 'agents:write'] : [...SCOPES];
}

export function requireScope(ctx: RequestContext, scope: TScope): void {
  if (!ctx.scopes.includes(scope)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `This operation needs the ${scope} scope, which this credential does not have.`);
  }
}
