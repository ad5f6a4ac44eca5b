import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { anonymousContext, type RequestContext } from '../context';
import { DomainError, ErrorCode } from '../errors';
import { authorize, effectivePermissions, guarded, lastOwnerGuard } from './guard';
import type { TPermission } from './permissions';

type CustomRoles = { name: string; description: string; permissions: TPermission[] }[];
/** Contexts as the gateway signs them: permissions worked out from roles (and scopes) by `effectivePermissions`. */
const withPermissions = (ctx: RequestContext, customRoles: CustomRoles = []): RequestContext => ({ ...ctx, permissions: [...effectivePermissions(ctx, { customRoles })] });
const user = (roles: string[], customRoles?: CustomRoles): RequestContext =>
  withPermissions({ ...anonymousContext('r1'), tenantId: 't1', userId: 'u1', roles, scopes: [] }, customRoles);
const apiKey = (roles: string[], scopes: string[]): RequestContext => withPermissions({ ...anonymousContext('r1'), tenantId: 't1', roles, scopes, apiKeyId: 'k1' });

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('authorize', () => {
  it('asks for a tenant before anything else', () => {
    expect(failure(() => authorize(anonymousContext(), 'agents:read')).code).toBe(ErrorCode.UNAUTHENTICATED);
  });
  it('a viewer cannot publish, and is told which permission is missing', () => {
    const e = failure(() => authorize(user(['viewer']), 'agents:publish'));
    expect(e.code).toBe(ErrorCode.FORBIDDEN);
    expect(e.message).toBe('This operation needs the agents:publish permission (your roles do not grant it; roles: viewer).');
  });
  it('a member cannot manage keys but can publish', () => {
    expect(failure(() => authorize(user(['MEMBER']), 'keys:manage')).code).toBe(ErrorCode.FORBIDDEN);
    expect(authorize(user(['MEMBER']), 'agents:publish')).toBe('t1');
  });
  it("ignores a user token's scopes claim: roles decide", () => {
    expect(failure(() => authorize({ ...user(['viewer']), scopes: ['agents:write'] }, 'agents:publish')).code).toBe(ErrorCode.FORBIDDEN);
  });
  it('unknown roles grant nothing', () => {
    expect(failure(() => authorize(user(['superuser']), 'agents:read')).code).toBe(ErrorCode.FORBIDDEN);
  });
  it('recognises custom roles only when given the tenant’s list', () => {
    const customRoles = [{ name: 'publisher', description: '', permissions: ['agents:publish'] as TPermission[] }];
    expect(failure(() => authorize(user(['publisher']), 'agents:publish')).code).toBe(ErrorCode.FORBIDDEN);
    expect(authorize(user(['publisher'], customRoles), 'agents:publish')).toBe('t1');
  });
  it('trusts only the signed permissions, not the roles next to them', () => {
    expect(failure(() => authorize({ ...user(['owner']), permissions: [] }, 'agents:read')).code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('API keys', () => {
  it("an owner's key scoped to agents:read cannot publish although the role could", () => {
    const e = failure(() => authorize(apiKey(['owner'], ['agents:read']), 'agents:publish'));
    expect(e.code).toBe(ErrorCode.FORBIDDEN);
    expect(e.message).toMatch(/\(this API key's scopes do not include it\)/);
    expect(authorize(apiKey(['owner'], ['agents:read']), 'agents:read')).toBe('t1');
  });
  it('a scope cannot lift a key above its role', () => {
    expect(failure(() => authorize(apiKey(['viewer'], ['agents:publish']), 'agents:publish')).message).toMatch(/roles do not grant it; roles: viewer/);
  });
  it('a key whose context carries no roles can do nothing', () => {
    expect(effectivePermissions(apiKey([], ['agents:read', 'agents:write'])).size).toBe(0);
  });
  it("maps today's scopes onto permissions", () => {
    const perms = effectivePermissions(apiKey(['owner'], ['agents:write', 'keys:manage', 'root']));
    expect([...perms].sort()).toEqual(['agents:deprecate', 'agents:publish', 'keys:manage', 'keys:read']);
  });
});

describe('platform permissions', () => {
  it('agents:review counts only in the platform tenant', () => {
    expect(failure(() => authorize(user(['owner']), 'agents:review')).message).toMatch(/platform staff/);
    expect(failure(() => authorize(user(['owner']), 'agents:review', { platformTenantId: 'other' })).code).toBe(ErrorCode.FORBIDDEN);
    expect(authorize(user(['admin']), 'agents:review', { platformTenantId: 't1' })).toBe('t1');
    expect(failure(() => authorize(user(['member']), 'agents:review', { platformTenantId: 't1' })).code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('guarded', () => {
  const info = {} as GraphQLResolveInfo;
  const publish = guarded('agents:publish', (_parent: unknown, args: { name: string }, ctx: { req: RequestContext }) => `${ctx.req.userId} published ${args.name}`);

  it('passes parent, args, context and info through when allowed', async () => {
    expect(await publish(null, { name: 'summariser' }, { req: user(['member']) }, info)).toBe('u1 published summariser');
  });
  it('blocks without calling the resolver', async () => {
    let called = false;
    const run = guarded('keys:manage', () => { called = true; });
    await expect(run(null, {}, { req: user(['member']) }, info)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(called).toBe(false);
  });
  it('loads its options (the platform tenant) per request', async () => {
    const run = guarded('agents:review', () => 'ok', { options: async () => ({ platformTenantId: 't1' }) });
    expect(await run(null, {}, { req: user(['admin']) }, info)).toBe('ok');
  });
});

describe('lastOwnerGuard', () => {
  it('refuses to demote or remove the only owner', () => {
    for (const toRole of ['admin', null]) {
      const e = failure(() => lastOwnerGuard(1, { fromRole: 'OWNER', toRole }));
      expect([e.code, e.field]).toEqual([ErrorCode.CONFLICT, 'role']);
    }
  });
  it('allows it when another owner remains, and ignores changes that keep or do not touch ownership', () => {
    expect(() => lastOwnerGuard(2, { fromRole: 'owner', toRole: null })).not.toThrow();
    expect(() => lastOwnerGuard(1, { fromRole: 'owner', toRole: 'owner' })).not.toThrow();
    expect(() => lastOwnerGuard(1, { fromRole: 'admin', toRole: null })).not.toThrow();
  });
});
