// Sign-up, sign-in and the viewer: who a token speaks for.
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { hashPassword, verifyPassword } from '@nexus/kernel/password';
import { parseInput } from '@nexus/kernel/validation';
import type { RequestContext } from '@nexus/kernel/context';
import { withTenant, type Database } from '../db';
import type { JwtKeys } from '../auth/jwt-keys';
import { isUuid } from '@nexus/kernel/ids';
import { permissionsOf } from '@nexus/kernel/authz/roles';
import { permissionsOfScopes } from '@nexus/kernel/authz/api-key-scopes';
import { SCOPES } from '../auth/scopes';
import { AccountRepository, type MembershipRow, type UserRow } from './account-repository';
import { ZSignInInput, ZSignUpInput } from './account-inputs';

/**
 * The scopes a user token advertises: the API-key scopes its built-in role covers. Informational only:
 * for users, authorization reads the permissions the gateway's access step works out from the current role.
 */
export function tokenScopesForRole(role: string): string[] {
  const held = permissionsOf([role]);
  return SCOPES.filter((s) => [...permissionsOfScopes([s])].every((p) => held.has(p)));
}

// A real hash to compare against when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = hashPassword('not-a-real-password-xx');

export interface AuthResult {
  token: string;
  user: UserRow;
  tenant: MembershipRow['tenant'] | null;
}

export class AccountService {
  constructor(private readonly db: Database, private readonly keys: JwtKeys) {}

  async signUp(input: unknown): Promise<AuthResult> {
    const data = parseInput(ZSignUpInput, input);
    const passwordHash = await hashPassword(data.password);
    const user = await withTenant(this.db, { tenantId: null }, async (tx) => {
      if (await AccountRepository.findUserByEmail(tx, data.email)) {
        throw new DomainError(ErrorCode.CONFLICT, 'An account with this email already exists; sign in instead.', { field: 'email' });
      }
      return AccountRepository.createUser(tx, { email: data.email, name: data.name, passwordHash });
    });
    return { user, tenant: null, token: await this.keys.sign({ userId: user.id, tenantId: null, roles: [], scopes: [] }) };
  }

  async signIn(input: unknown): Promise<AuthResult> {
    const data = parseInput(ZSignInInput, input);
    const found = await withTenant(this.db, { tenantId: null }, (tx) => AccountRepository.findUserByEmail(tx, data.email));
    const ok = await verifyPassword(data.password, found?.passwordHash ?? (await DUMMY_HASH));
    if (!found || !ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Email or password is wrong.', { field: 'password' });
    const memberships = await this.memberships(found.id);
    const chosen = data.tenantSlug ? memberships.find((m) => m.tenant.slug === data.tenantSlug) : memberships[0];
    if (data.tenantSlug && !chosen) {
      throw new DomainError(ErrorCode.NOT_FOUND, `You are not a member of an organisation called "${data.tenantSlug}".`, { field: 'tenantSlug' });
    }
    return this.issue(found, chosen ?? null);
  }

  async switchTenant(ctx: RequestContext, tenantId: string): Promise<AuthResult> {
    if (!ctx.userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first: switching organisation needs a user token.');
    const user = await withTenant(this.db, { tenantId: null }, (tx) => AccountRepository.findUserById(tx, ctx.userId!));
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This token belongs to a user that no longer exists.');
    const chosen = (await this.memberships(user.id)).find((m) => m.tenantId === tenantId);
    if (!chosen) throw new DomainError(ErrorCode.NOT_FOUND, 'You are not a member of that organisation.', { field: 'tenantId' });
    return this.issue(user, chosen);
  }

  async issue(user: UserRow, membership: MembershipRow | null): Promise<AuthResult> {
    const roles = membership ? [membership.role] : [];
    const scopes = membership ? tokenScopesForRole(membership.role) : [];
    const token = await this.keys.sign({ userId: user.id, tenantId: membership?.tenantId ?? null, roles, scopes });
    return { token, user, tenant: membership?.tenant ?? null };
  }

  memberships(userId: string): Promise<MembershipRow[]> {
    return withTenant(this.db, { tenantId: null, userId }, (tx) => AccountRepository.membershipsOf(tx, userId));
  }

  findUser(userId: string): Promise<UserRow | null> {
    return withTenant(this.db, { tenantId: null }, (tx) => AccountRepository.findUserById(tx, userId));
  }

  /** Users by id in one query (per-request loader); unknown or malformed ids are simply absent. */
  async findUsers(ids: string[]): Promise<Map<string, UserRow>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await withTenant(this.db, { tenantId: null }, (tx) => AccountRepository.findUsersByIds(tx, valid));
    return new Map(rows.map((u) => [u.id, u]));
  }
}
