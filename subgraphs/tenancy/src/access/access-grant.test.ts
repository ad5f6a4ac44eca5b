import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { planById } from '../quotas/plans';
import { grantFor, type GrantInput } from './access-grant';

const base: GrantInput = { role: 'OWNER', apiKeyId: null, scopes: [], customRoles: [], isPlatformTenant: false, plan: planById('team') };
const permissionsOf = (input: Partial<GrantInput>) => {
  const g = grantFor({ ...base, ...input });
  if (!g.ok) throw new Error('expected a grant');
  return g.permissions;
};

describe('grantFor', () => {
  it("gives a member their role's permissions, the plan's limits and its id", () => {
    expect(grantFor({ ...base, role: 'VIEWER' })).toEqual({
      ok: true, roles: ['VIEWER'], permissions: ['agents:read', 'members:read', 'training:read', 'workflows:read'],
      limits: planById('team').limits, planId: 'team',
    });
  });
  it('drops platform permissions outside the platform organisation', () => {
    expect(permissionsOf({})).not.toContain('agents:review');
    expect(permissionsOf({}).length).toBe(PERMISSIONS.length - 1);
    expect(permissionsOf({ isPlatformTenant: true })).toContain('agents:review');
    expect(permissionsOf({ role: 'MEMBER', isPlatformTenant: true })).not.toContain('agents:review');
  });
  it('narrows an API key to its role ∩ its scopes', () => {
    expect(permissionsOf({ role: 'ADMIN', apiKeyId: 'k', scopes: ['agents:write', 'members:manage'] })).toEqual(['agents:deprecate', 'agents:publish', 'members:manage']);
    expect(permissionsOf({ role: 'VIEWER', apiKeyId: 'k', scopes: ['agents:write', 'agents:read'] })).toEqual(['agents:read']);
  });
  it('knows custom roles, and an anonymous caller gets nothing but the limits', () => {
    const customRoles = [{ name: 'support', description: '', permissions: ['members:read' as const, 'keys:read' as const] }];
    expect(permissionsOf({ role: 'support', customRoles })).toEqual(['keys:read', 'members:read']);
    expect(grantFor({ ...base, role: null })).toMatchObject({ ok: true, roles: [], permissions: [], limits: { seats: 50 } });
  });
});
