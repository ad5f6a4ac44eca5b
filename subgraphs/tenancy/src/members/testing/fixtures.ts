// Test fixtures for the members area: users, organisations and request contexts whose permissions come from the real role rules.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '@nexus/kernel/context';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import type { TCustomRole } from '@nexus/kernel/authz/roles';
import { makeMembership } from '@nexus/db/factories';
import { withTenant } from '@nexus/db/tenant-client';
import { planById } from '../../quotas/plans';
import { customRolesOf } from '../role-repository';
import type { TenancyHarness } from '../../testing/harness';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name } errors { code message field } } }`;
const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { token tenant { id slug name } errors { code message field } } }`;

export interface TestUser { id: string; email: string; name: string }
export interface TestOrg { id: string; slug: string; name: string }

const unique = () => randomBytes(4).toString('hex');

export async function signUp(h: TenancyHarness, email = `person-${unique()}@example.test`): Promise<TestUser> {
  const r = await h.exec(SIGN_UP, { input: { email, password: 'long-enough-pw', name: `Person ${email.split('@')[0]}` } });
  if (!r.data?.signUp.user) throw new Error(`sign-up failed: ${JSON.stringify(r)}`);
  return r.data.signUp.user as TestUser;
}

/**
 * The context the gateway would sign for this person (or their API key) after tenancy's access step:
 * roles, permissions worked out from them (custom roles included) and the plan's limits.
 */
export function contextFor(
  h: TenancyHarness,
  who: { userId: string | null; tenantId: string; role: string; apiKeyId?: string; scopes?: string[]; customRoles?: TCustomRole[]; planId?: string },
): RequestContext {
  const base = { roles: [who.role], scopes: who.scopes ?? [], apiKeyId: who.apiKeyId ?? null };
  return h.as({
    ...base, userId: who.userId, tenantId: who.tenantId, ip: '203.0.113.7',
    permissions: [...effectivePermissions(base, { customRoles: who.customRoles ?? [] })],
    limits: { ...planById(who.planId ?? 'free').limits },
  });
}

/** A new organisation through the API; returns its owner and the owner's context. */
export async function newOrg(h: TenancyHarness): Promise<{ org: TestOrg; owner: TestUser; ownerCtx: RequestContext }> {
  const owner = await signUp(h);
  const slug = `org-${unique()}`;
  const r = await h.exec(CREATE_TENANT, { input: { name: `Org ${slug}`, slug } }, h.as({ userId: owner.id }));
  const org = r.data!.createTenant.tenant as TestOrg;
  return { org, owner, ownerCtx: contextFor(h, { userId: owner.id, tenantId: org.id, role: 'OWNER' }) };
}

/** A person who already belongs to `org` with `role` (set up directly, not through an invitation). */
export async function addMember(h: TenancyHarness, org: TestOrg, role: string): Promise<{ user: TestUser; ctx: RequestContext }> {
  const user = await signUp(h);
  await makeMembership(h.db, { tenantId: org.id, userId: user.id, role });
  const customRoles = await withTenant(h.db, { tenantId: org.id }, (tx) => customRolesOf(tx, org.id));
  return { user, ctx: contextFor(h, { userId: user.id, tenantId: org.id, role, customRoles }) };
}

/** Audit rows of the organisation, oldest first. */
export function auditRows(h: TenancyHarness, tenantId: string) {
  return withTenant(h.db, { tenantId }, (tx) => tx.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } }));
}
