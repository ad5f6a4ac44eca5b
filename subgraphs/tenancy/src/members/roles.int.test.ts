// Custom roles through the GraphQL API: creating, assigning, changing and deleting them, and the built-in list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { ACCESS_CHANGED_TOPIC, type AccessChanged } from '../access/access-changed';
import { addMember, auditRows, contextFor, newOrg } from './testing/fixtures';

let h: TenancyHarness;
beforeAll(async () => { h = await startTenancyHarness(); });
afterAll(async () => { await h?.close(); });

const CREATE = `mutation($input: RoleInput!) { createRole(input: $input) { role { name description permissions builtIn memberCount } errors { code message field } } }`;
const UPDATE = `mutation($n: String!, $input: UpdateRoleInput!) { updateRole(name: $n, input: $input) { role { name permissions memberCount } errors { code message field } } }`;
const DELETE = `mutation($n: String!) { deleteRole(name: $n) { role { name } errors { code message field } } }`;
const CHANGE = `mutation($u: ID!, $r: String!) { changeMemberRole(userId: $u, role: $r) { member { role } errors { code field } } }`;
const ROLES = `{ roles { name builtIn memberCount permissions description } }`;

describe('custom roles', () => {
  it('creates a role, assigns it, and refuses to delete it while someone holds it', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const created = (await h.exec(CREATE, { input: { name: 'Release-Manager', description: 'Ships versions', permissions: ['agents:deprecate', 'agents:publish', 'agents:read'] } }, ownerCtx)).data!.createRole;
    expect(created).toEqual({ role: { name: 'release-manager', description: 'Ships versions', permissions: ['agents:read', 'agents:publish', 'agents:deprecate'], builtIn: false, memberCount: 0 }, errors: [] });

    const m = await addMember(h, org, 'MEMBER');
    expect((await h.exec(CHANGE, { u: m.user.id, r: 'RELEASE-MANAGER' }, ownerCtx)).data!.changeMemberRole).toEqual({ member: { role: 'release-manager' }, errors: [] });
    const roles = (await h.exec(ROLES, {}, ownerCtx)).data!.roles;
    expect(roles.map((r: any) => [r.name, r.builtIn, r.memberCount])).toEqual([
      ['OWNER', true, 1], ['ADMIN', true, 0], ['MEMBER', true, 0], ['VIEWER', true, 0], ['release-manager', false, 1],
    ]);
    expect(roles[0].permissions).toEqual(PERMISSIONS);
    expect(roles[3].permissions).toEqual(['agents:read', 'members:read', 'workflows:read', 'training:read']);

    const held = (await h.exec(DELETE, { n: 'release-manager' }, ownerCtx)).data!.deleteRole;
    expect(held.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'name', message: expect.stringMatching(/1 member/) })]);
    expect((await h.exec(CHANGE, { u: m.user.id, r: 'VIEWER' }, ownerCtx)).data!.changeMemberRole.errors).toEqual([]);
    const topic = h.pubsub.subscribe<AccessChanged>(ACCESS_CHANGED_TOPIC);
    expect((await h.exec(DELETE, { n: 'release-manager' }, ownerCtx)).data!.deleteRole).toEqual({ role: null, errors: [] });
    expect((await topic.next()).value).toEqual({ tenantId: org.id });
    await topic.return();
    expect((await h.exec(ROLES, {}, ownerCtx)).data!.roles).toHaveLength(4);
    const actions = (await auditRows(h, org.id)).map((a) => a.action);
    expect(actions).toEqual(['tenant.created', 'role.created', 'member.role_changed', 'member.role_changed', 'role.deleted']);
  });

  it('refuses deleting a role a pending invitation offers', async () => {
    const { ownerCtx } = await newOrg(h);
    await h.exec(CREATE, { input: { name: 'auditor', permissions: ['audit:read'] } }, ownerCtx);
    await h.exec(`mutation { inviteMember(input: { email: "aud-${Date.now()}@example.test", role: "Auditor" }) { errors { code } } }`, {}, ownerCtx);
    const r = (await h.exec(DELETE, { n: 'auditor' }, ownerCtx)).data!.deleteRole;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/1 pending invitation/) })]);
  });

  it('validates names and permissions, and refuses duplicates and built-in names', async () => {
    const { ownerCtx } = await newOrg(h);
    const bad = (await h.exec(CREATE, { input: { name: 'two words', permissions: ['agents:read', 'root'] } }, ownerCtx)).data!.createRole;
    expect(bad.errors.map((e: any) => e.field).sort()).toEqual(['name', 'permissions.1']);
    expect((await h.exec(CREATE, { input: { name: 'Admin', permissions: ['agents:read'] } }, ownerCtx)).data!.createRole.errors).toEqual([expect.objectContaining({ field: 'name', message: expect.stringMatching(/built-in/) })]);
    await h.exec(CREATE, { input: { name: 'readers', permissions: ['agents:read'] } }, ownerCtx);
    expect((await h.exec(CREATE, { input: { name: 'READERS', permissions: ['agents:read'] } }, ownerCtx)).data!.createRole.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'name' })]);
    expect((await h.exec(UPDATE, { n: 'owner', input: { permissions: ['agents:read'] } }, ownerCtx)).data!.updateRole.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'name' })]);
    expect((await h.exec(UPDATE, { n: 'nobody', input: { description: 'x' } }, ownerCtx)).data!.updateRole.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'name' })]);
  });

  it('nobody grants permissions they do not hold, neither creating nor adding', async () => {
    const { org, ownerCtx } = await newOrg(h);
    await h.exec(CREATE, { input: { name: 'role-keeper', permissions: ['roles:manage', 'agents:read'] } }, ownerCtx);
    await h.exec(CREATE, { input: { name: 'readers', permissions: ['agents:read'] } }, ownerCtx);
    const keeper = await addMember(h, org, 'role-keeper');
    const create = (await h.exec(CREATE, { input: { name: 'key-admin', permissions: ['keys:manage'] } }, keeper.ctx)).data!.createRole;
    expect(create.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'permissions', message: expect.stringMatching(/keys:manage/) })]);
    const add = (await h.exec(UPDATE, { n: 'readers', input: { permissions: ['agents:read', 'members:manage'] } }, keeper.ctx)).data!.updateRole;
    expect(add.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'permissions' })]);
    // What they hold they may give.
    expect((await h.exec(CREATE, { input: { name: 'readers-two', permissions: ['agents:read'] } }, keeper.ctx)).data!.createRole.errors).toEqual([]);
    const viewer = await addMember(h, org, 'VIEWER');
    expect((await h.exec(CREATE, { input: { name: 'x', permissions: ['agents:read'] } }, viewer.ctx)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('changing a role’s permissions changes what its holders may do, and is announced', async () => {
    const { org, ownerCtx } = await newOrg(h);
    await h.exec(CREATE, { input: { name: 'support', permissions: ['members:read'] } }, ownerCtx);
    const s = await addMember(h, org, 'support');
    expect((await h.exec(`{ members { totalCount } }`, {}, s.ctx)).data!.members.totalCount).toBe(2);
    const topic = h.pubsub.subscribe<AccessChanged>(ACCESS_CHANGED_TOPIC);
    const updated = (await h.exec(UPDATE, { n: 'support', input: { permissions: ['agents:read'] } }, ownerCtx)).data!.updateRole;
    expect(updated).toEqual({ role: { name: 'support', permissions: ['agents:read'], memberCount: 1 }, errors: [] });
    expect((await topic.next()).value).toEqual({ tenantId: org.id });
    await topic.return();
    const after = contextFor(h, { userId: s.user.id, tenantId: org.id, role: 'support', customRoles: [{ name: 'support', description: '', permissions: ['agents:read'] }] });
    expect((await h.exec(`{ members { totalCount } }`, {}, after)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audit = (await auditRows(h, org.id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'role.updated', before: { permissions: ['members:read'] }, after: { permissions: ['agents:read'] } });
  });

  it('lists the permission catalogue for anyone', async () => {
    const r = await h.exec(`{ permissionCatalogue { name feature description } }`);
    expect(r.data!.permissionCatalogue.map((p: any) => p.name)).toEqual(PERMISSIONS);
    expect(r.data!.permissionCatalogue[0]).toEqual({ name: 'agents:read', feature: 'agents', description: expect.any(String) });
  });
});
