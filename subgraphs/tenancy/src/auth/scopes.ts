// Roles, scopes and what each lets a caller do.

export const SCOPES = ['agents:read', 'agents:write', 'keys:manage'] as const;
export type TScope = (typeof SCOPES)[number];
export type TRole = 'OWNER' | 'ADMIN' | 'MEMBER';

export function scopesForRole(role: TRole): TScope[] {
  return role === 'MEMBER' ? ['agents:read', 'agents:write'] : [...SCOPES];
}
