import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation';
import { DomainError } from '../errors';
import { PERMISSIONS } from './permissions';
import { ZCustomRole, canAssignRole, canChangeRole, permissionsOf, rankOf, type TCustomRole } from './roles';

const sorted = (s: Iterable<string>) => [...s].sort();
const support: TCustomRole = { name: 'support', description: 'Helps customers', permissions: ['members:read', 'keys:read'] };
const keyAdmin: TCustomRole = { name: 'key-admin', description: '', permissions: ['keys:manage'] };

describe('built-in roles', () => {
  it('owner and admin hold every permission', () => {
    expect(sorted(permissionsOf(['owner']))).toEqual(sorted(PERMISSIONS));
    expect(sorted(permissionsOf(['admin']))).toEqual(sorted(PERMISSIONS));
  });
  it('member reads and writes agents, workflows and training, but manages no members, keys or domains', () => {
    expect(sorted(permissionsOf(['member']))).toEqual(sorted([
      'agents:read', 'agents:publish', 'agents:deprecate', 'workflows:read', 'workflows:write', 'workflows:run',
      'training:read', 'training:write', 'members:read',
    ]));
  });
  it('viewer only reads', () => {
    expect(sorted(permissionsOf(['viewer']))).toEqual(['agents:read', 'members:read', 'training:read', 'workflows:read']);
  });
  it('matches the upper-case role names tokens carry today', () => {
    expect(permissionsOf(['MEMBER'])).toEqual(permissionsOf(['member']));
  });
  it('unknown role names grant nothing, and several roles add up', () => {
    expect(permissionsOf(['superuser', 'root'], [support]).size).toBe(0);
    expect(sorted(permissionsOf(['viewer', 'support'], [support]))).toEqual(['agents:read', 'keys:read', 'members:read', 'training:read', 'workflows:read']);
  });
});

describe('custom roles', () => {
  const fieldsOf = (input: unknown) => {
    try {
      parseInput(ZCustomRole, input);
    } catch (e) {
      return (e as DomainError).problems.map((p) => p.field).sort();
    }
    return [];
  };
  it('accepts a slug with a non-empty unique permission list', () => {
    expect(parseInput(ZCustomRole, { name: 'release-manager', permissions: ['agents:publish'] })).toEqual({ name: 'release-manager', description: '', permissions: ['agents:publish'] });
  });
  it('names the field of each problem', () => {
    expect(fieldsOf({ name: 'Release Manager', permissions: [] })).toEqual(['name', 'permissions']);
    expect(fieldsOf({ name: 'owner', permissions: ['agents:read', 'agents:read'] })).toEqual(['name', 'permissions']);
    expect(fieldsOf({ name: 'ops', description: 'x'.repeat(201), permissions: ['agents:read', 'root'] })).toEqual(['description', 'permissions.1']);
  });
  it('says why, in words a user can act on', () => {
    expect(() => parseInput(ZCustomRole, { name: 'admin', permissions: ['root'] })).toThrow(/"admin" is a built-in role.*unknown permission "root"/);
  });
  it('ranks as the lowest built-in role that covers it', () => {
    expect(rankOf('support', [support])).toBe(rankOf('admin'));
    expect(rankOf('readers', [{ name: 'readers', description: '', permissions: ['agents:read'] }])).toBe(rankOf('viewer'));
    expect(rankOf('ghost', [support])).toBe(0);
  });
});

describe('role assignment', () => {
  it('admin cannot make someone owner; owner can', () => {
    expect(canAssignRole(['admin'], 'owner')).toBe(false);
    expect(canAssignRole(['OWNER'], 'owner')).toBe(true);
  });
  it('assigns at or below your own rank', () => {
    expect(canAssignRole(['admin'], 'admin')).toBe(true);
    expect(canAssignRole(['member'], 'viewer')).toBe(true);
    expect(canAssignRole(['member'], 'admin')).toBe(false);
    expect(canAssignRole(['viewer'], 'member')).toBe(false);
  });
  it('nobody assigns a role with permissions they lack, nor an unknown role', () => {
    // key-admin ranks as admin but holds only keys:manage: it must not hand out admin.
    expect(canAssignRole(['key-admin'], 'admin', [keyAdmin])).toBe(false);
    expect(canAssignRole(['key-admin'], 'key-admin', [keyAdmin])).toBe(true);
    expect(canAssignRole(['owner'], 'ghost', [keyAdmin])).toBe(false);
  });
  it('admin cannot demote or remove an owner; owner can', () => {
    expect(canChangeRole(['admin'], { fromRole: 'owner', toRole: 'member' })).toBe(false);
    expect(canChangeRole(['admin'], { fromRole: 'owner', toRole: null })).toBe(false);
    expect(canChangeRole(['admin'], { fromRole: 'member', toRole: 'viewer' })).toBe(true);
    expect(canChangeRole(['owner'], { fromRole: 'owner', toRole: 'admin' })).toBe(true);
  });
  it('a member left with a deleted custom role can still be moved', () => {
    expect(canChangeRole(['admin'], { fromRole: 'deleted-role', toRole: 'viewer' })).toBe(true);
  });
});
