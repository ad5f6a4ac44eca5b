// Just-in-time accounts for tokens from a tenant's identity provider: the user (by email) and their membership role.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { rankOf, type TCustomRole } from '@nexus/kernel/authz/roles';
import { recordAudit } from '@nexus/db/audit';
import { enqueueEvent, withTenant, type Database, type Tx } from '../../db';
import { AccountRepository, type UserRow } from '../../accounts/account-repository';
import { MemberRepository } from '../../members/member-repository';
import { customRolesOf } from '../../members/role-repository';
import { isBuiltInRole } from '../../members/role-names';
import { takeSeat } from '../../members/seats';
import type { OidcIdentity } from './map-oidc-claims';

export interface Provisioned {
  userId: string;
  role: string;
  /** The membership was created or its role changed: gateways must drop the user's cached grants. */
  changed: boolean;
}

/** Not a scrypt hash, so no password ever matches it: the account signs in through its provider only. */
const unusablePasswordHash = () => `!oidc$${randomBytes(32).toString('base64url')}`;

/**
 * The strongest of the mapped roles that exist in the tenant; the provider's default role when none does
 * (a mapped custom role may have been deleted since the mapping was saved); null when that is gone too.
 */
export function pickRole(roles: readonly string[], defaultRole: string, customRoles: readonly TCustomRole[]): string | null {
  const exists = (r: string) => isBuiltInRole(r) || customRoles.some((c) => c.name === r);
  const known = roles.filter(exists).sort((a, b) => rankOf(b, customRoles) - rankOf(a, customRoles));
  return known[0] ?? (exists(defaultRole) ? defaultRole : null);
}

const refused = (message: string) => new DomainError(ErrorCode.UNAUTHENTICATED, message);

/**
 * Matching by email links an existing account, which hands this provider that account. So an account is only
 * linked when it belongs to no other organisation: a tenant's provider must never reach into another tenant.
 * Owners are managed in the product, not by the provider: an OWNER's role is left as it is.
 * Throws UNAUTHENTICATED (refusals) or QUOTA_EXCEEDED (no seat left).
 */
export interface ProvisionRequest {
  tenantId: string;
  identity: OidcIdentity & { email: string };
  /** The provider's role for people none of whose mapped roles exists. */
  defaultRole: string;
}

export async function provisionOidcUser(db: Database, req: ProvisionRequest, meta: Pick<RequestContext, 'requestId' | 'ip'>): Promise<Provisioned> {
  const { tenantId, identity } = req;
  const email = identity.email.trim().toLowerCase();
  for (let attempt = 0; ; attempt++) {
    const existing = await withTenant(db, { tenantId: null }, (tx) => AccountRepository.findUserByEmail(tx, email));
    try {
      return await withTenant(db, { tenantId, userId: existing?.id ?? null }, (tx) => provisionIn(tx, existing, { ...req, identity: { ...identity, email } }, meta));
    } catch (e) {
      // Two first sign-ins of the same person raced to create the account: the second one links it.
      if ((e as { code?: string }).code === 'P2002' && attempt === 0) continue;
      throw e;
    }
  }
}

async function provisionIn(tx: Tx, existing: UserRow | null, { tenantId, identity, defaultRole }: ProvisionRequest, meta: Pick<RequestContext, 'requestId' | 'ip'>): Promise<Provisioned> {
  let user = existing;
  if (user) {
    const elsewhere = (await AccountRepository.membershipsOf(tx, user.id)).filter((m) => m.tenantId !== tenantId);
    if (elsewhere.length) throw refused(`${user.email} already has an account in another organisation; sign in with it instead of this organisation's identity provider.`);
  } else {
    user = await AccountRepository.createUser(tx, { email: identity.email, name: identity.name ?? identity.email.split('@')[0]!, passwordHash: unusablePasswordHash() });
  }
  const customRoles = await customRolesOf(tx, tenantId);
  const role = pickRole(identity.roles, defaultRole, customRoles);
  if (!role) throw refused(`None of the roles the identity provider maps this user to (${identity.roles.join(', ')}) exists in the organisation.`);
  const ctx: RequestContext = { requestId: meta.requestId, tenantId, userId: user.id, roles: [], scopes: [], apiKeyId: null, permissions: [], limits: {}, ip: meta.ip };
  const audit = (action: string, before: unknown, after: unknown) =>
    recordAudit(tx, ctx, { action, source: 'tenancy', targetType: 'member', targetId: user.id, targetLabel: user.email, before, after });

  const member = await MemberRepository.lockMember(tx, tenantId, user.id);
  if (!member) {
    await takeSeat(tx, tenantId);
    await MemberRepository.create(tx, { tenantId, userId: user.id, role });
    await audit('member.joined_via_identity_provider', null, { role, subject: identity.subject });
    await enqueueEvent(tx, { type: 'MemberJoined', tenantId, payload: { tenantId, userId: user.id, role } });
    return { userId: user.id, role, changed: true };
  }
  if (member.role === role || member.role === 'OWNER') return { userId: user.id, role: member.role, changed: false };
  await MemberRepository.updateRole(tx, member.id, role);
  await audit('member.role_changed', { role: member.role }, { role, by: 'identity provider' });
  return { userId: user.id, role, changed: true };
}
