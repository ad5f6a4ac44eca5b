// Members and organisation settings through the GraphQL API: rank rules, the last-owner rule (also under concurrency), audit and pubsub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { ACCESS_CHANGED_TOPIC, type AccessChanged } from '../access/access-changed';
import { addMember, auditRows, contextFor, newOrg } from './testing/fixtures';

let h: TenancyHarness;
beforeAll(async () => { h = await startTenancyHarness(); });
afterAll(async () => { await h?.close(); });

const CHANGE = `mutation($u: ID!, $r: String!) { changeMemberRole(userId: $u, role: $r) { member { role user { id } } errors { code message field } } }`;
const REMOVE = `mutation($u: ID!) { removeMember(userId: $u) { member { role } errors { code message field } } }`;
const ROLES_OF = `{ members { edges { node { role user { id } } } } }`;

async function rolesIn(ctx: Parameters<TenancyHarness['exec']>[2]): Promise<Record<string, string>> {
  const r = await h.exec(ROLES_OF, {}, ctx);
  return Object.fromEntries(r.data!.members.edges.map((e: any) => [e.node.user.id, e.node.role]));
}

describe('organization', () => {
  it('shows plan, seats and the caller’s permissions; only members:manage may rename, and it is audited', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const viewer = await addMember(h, org, 'VIEWER');
    const q = `{ organization { tenant { slug } seatsUsed myRoles myPermissions plan { id name priceMonthlyUsd limits { seats publishedAgents storageBytes cpu memory storage } } } }`;
    const seen = (await h.exec(q, {}, viewer.ctx)).data!.organization;
    expect(seen).toMatchObject({ tenant: { slug: org.slug }, seatsUsed: 2, myRoles: ['VIEWER'], plan: { id: 'free', name: 'Free', priceMonthlyUsd: 0 } });
    expect(seen.plan.limits).toEqual({ seats: 5, publishedAgents: 25, storageBytes: 1024 ** 3, cpu: '2', memory: '4Gi', storage: '10Gi' });
    expect([...seen.myPermissions].sort()).toEqual(['agents:read', 'members:read', 'training:read', 'workflows:read']);

    const rename = `mutation($n: String!) { updateOrganization(input: { name: $n }) { organization { tenant { name } } errors { code field } } }`;
    expect((await h.exec(rename, { n: 'Nope' }, viewer.ctx)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.exec(rename, { n: '  ' }, ownerCtx)).data!.updateOrganization.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'name' }]);
    expect((await h.exec(rename, { n: 'Renamed Ltd' }, ownerCtx)).data!.updateOrganization).toEqual({ organization: { tenant: { name: 'Renamed Ltd' } }, errors: [] });
    const audit = (await auditRows(h, org.id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'organization.updated', source: 'tenancy', before: { name: org.name }, after: { name: 'Renamed Ltd' }, ip: '203.0.113.7' });
  });
});

describe('changeMemberRole', () => {
  it('an owner changes a role; the change is audited and announced to gateways', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const m = await addMember(h, org, 'MEMBER');
    const topic = h.pubsub.subscribe<AccessChanged>(ACCESS_CHANGED_TOPIC);
    const r = (await h.exec(CHANGE, { u: m.user.id, r: 'admin' }, ownerCtx)).data!.changeMemberRole;
    expect(r).toEqual({ member: { role: 'ADMIN', user: { id: m.user.id } }, errors: [] });
    expect((await topic.next()).value).toEqual({ tenantId: org.id, userId: m.user.id });
    await topic.return();
    const audit = (await auditRows(h, org.id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'member.role_changed', actorUserId: owner.id, actorLabel: owner.email, targetId: m.user.id, targetLabel: m.user.email, before: { role: 'MEMBER' }, after: { role: 'ADMIN' } });
  });

  it('an admin can neither promote to owner nor demote an owner; a member cannot change roles at all', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const admin = await addMember(h, org, 'ADMIN');
    const member = await addMember(h, org, 'MEMBER');
    const promote = (await h.exec(CHANGE, { u: member.user.id, r: 'OWNER' }, admin.ctx)).data!.changeMemberRole;
    expect(promote.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'role' })]);
    const demote = (await h.exec(CHANGE, { u: owner.id, r: 'MEMBER' }, admin.ctx)).data!.changeMemberRole;
    expect(demote.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'role', message: expect.stringMatching(/OWNER/) })]);
    const byMember = await h.exec(CHANGE, { u: admin.user.id, r: 'VIEWER' }, member.ctx);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rolesIn(ownerCtx)).toEqual({ [owner.id]: 'OWNER', [admin.user.id]: 'ADMIN', [member.user.id]: 'MEMBER' });
    expect((await auditRows(h, org.id)).map((a) => a.action)).toEqual(['tenant.created']);
    // Within their reach an admin may act.
    expect((await h.exec(CHANGE, { u: member.user.id, r: 'viewer' }, admin.ctx)).data!.changeMemberRole.errors).toEqual([]);
  });

  it('the last owner cannot demote themself; with a second owner they can', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const refused = (await h.exec(CHANGE, { u: owner.id, r: 'ADMIN' }, ownerCtx)).data!.changeMemberRole;
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'role', message: expect.stringMatching(/at least one owner/) })]);
    const second = await addMember(h, org, 'OWNER');
    expect((await h.exec(CHANGE, { u: owner.id, r: 'ADMIN' }, ownerCtx)).data!.changeMemberRole.errors).toEqual([]);
    expect(await rolesIn(second.ctx)).toEqual({ [owner.id]: 'ADMIN', [second.user.id]: 'OWNER' });
  });

  it('two owners demoting each other at the same time leave exactly one owner', async () => {
    for (let round = 0; round < 3; round++) {
      const { org, owner, ownerCtx } = await newOrg(h);
      const other = await addMember(h, org, 'OWNER');
      const [a, b] = await Promise.all([
        h.exec(CHANGE, { u: other.user.id, r: 'MEMBER' }, ownerCtx),
        h.exec(CHANGE, { u: owner.id, r: 'MEMBER' }, other.ctx),
      ]);
      const errors = [a.data!.changeMemberRole.errors, b.data!.changeMemberRole.errors];
      expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
      expect(errors.flat()).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'role' })]);
      expect(Object.values(await rolesIn(ownerCtx)).filter((r) => r === 'OWNER')).toHaveLength(1);
    }
  });

  it('names unknown roles and unknown members', async () => {
    const { ownerCtx, owner } = await newOrg(h);
    expect((await h.exec(CHANGE, { u: owner.id, r: 'superuser' }, ownerCtx)).data!.changeMemberRole.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'role' })]);
    const other = await newOrg(h);
    expect((await h.exec(CHANGE, { u: other.owner.id, r: 'VIEWER' }, ownerCtx)).data!.changeMemberRole.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'userId' })]);
  });
});

describe('removeMember', () => {
  it('removes within reach, refuses beyond it, and lets anyone but the last owner leave', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const admin = await addMember(h, org, 'ADMIN');
    const member = await addMember(h, org, 'MEMBER');
    const viewer = await addMember(h, org, 'VIEWER');
    expect((await h.exec(REMOVE, { u: owner.id }, admin.ctx)).data!.removeMember.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'userId' })]);
    expect((await h.exec(REMOVE, { u: viewer.user.id }, member.ctx)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const topic = h.pubsub.subscribe<AccessChanged>(ACCESS_CHANGED_TOPIC);
    expect((await h.exec(REMOVE, { u: viewer.user.id }, admin.ctx)).data!.removeMember).toEqual({ member: null, errors: [] });
    expect((await topic.next()).value).toEqual({ tenantId: org.id, userId: viewer.user.id });
    await topic.return();
    // Leaving needs no permission.
    expect((await h.exec(REMOVE, { u: member.user.id }, member.ctx)).data!.removeMember.errors).toEqual([]);
    const lastOwner = (await h.exec(REMOVE, { u: owner.id }, ownerCtx)).data!.removeMember;
    expect(lastOwner.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/at least one owner/) })]);
    expect(await rolesIn(ownerCtx)).toEqual({ [owner.id]: 'OWNER', [admin.user.id]: 'ADMIN' });
    const actions = (await auditRows(h, org.id)).map((a) => [a.action, a.targetLabel]);
    expect(actions.slice(1)).toEqual([['member.removed', viewer.user.email], ['member.left', member.user.email]]);
  });

  it('two owners removing each other at the same time leave exactly one owner', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const other = await addMember(h, org, 'OWNER');
    const results = await Promise.all([h.exec(REMOVE, { u: other.user.id }, ownerCtx), h.exec(REMOVE, { u: owner.id }, other.ctx)]);
    expect(results.filter((r) => r.data!.removeMember.errors.length === 0)).toHaveLength(1);
    const survivorCtx = results[0]!.data!.removeMember.errors.length === 0 ? ownerCtx : other.ctx;
    expect(Object.values(await rolesIn(survivorCtx))).toEqual(['OWNER']);
  });

  it('an API key cannot "leave" on behalf of its creator', async () => {
    const { org, owner } = await newOrg(h);
    const key = contextFor(h, { userId: owner.id, tenantId: org.id, role: 'OWNER', apiKeyId: '00000000-0000-4000-8000-000000000002', scopes: ['agents:read'] });
    expect((await h.exec(REMOVE, { u: owner.id }, key)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
