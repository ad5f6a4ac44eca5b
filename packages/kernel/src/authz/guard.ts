// The one permission check every mutation goes through, plus the resolver wrapper and the last-owner rule.
//
// Who holds what is worked out once per request, by tenancy, when the gateway resolves the caller
// (`effectivePermissions`): a user's permissions are their current membership role's (built-in or custom);
// an API key can never do more than its creator's current role allows and is narrowed further by its
// scopes: roles ∩ scopes. The result travels in the signed context as `permissions`; `authorize` checks
// that list, so every subgraph enforces the same answer without knowing about custom roles.
import type { GraphQLResolveInfo } from 'graphql';
import { requireTenant, type RequestContext } from '../context';
import { DomainError, ErrorCode } from '../errors';
import { isPlatformPermission, type TPermission } from './permissions';
import { permissionsOf, type TCustomRole } from './roles';
import { permissionsOfScopes } from './api-key-scopes';

export interface AuthorizeOptions {
  /** The tenant's custom roles, so members holding them are recognised (tenancy's computation only). */
  customRoles?: readonly TCustomRole[];
  /** The platform's own tenant; platform permissions (`agents:review`) only count there. Unset → refused. */
  platformTenantId?: string | null;
}

/** Everything a caller with these roles (and, for an API key, scopes) may do in their tenant. */
export function effectivePermissions(ctx: Pick<RequestContext, 'roles' | 'scopes' | 'apiKeyId'>, opts: Pick<AuthorizeOptions, 'customRoles'> = {}): Set<TPermission> {
  const fromRoles = permissionsOf(ctx.roles, opts.customRoles);
  if (!ctx.apiKeyId) return fromRoles;
  const fromScopes = permissionsOfScopes(ctx.scopes);
  return new Set([...fromRoles].filter((p) => fromScopes.has(p)));
}

/** Throws unless the caller holds `permission` in their tenant; returns the tenant id. */
export function authorize(ctx: RequestContext, permission: TPermission, opts: AuthorizeOptions = {}): string {
  const tenantId = requireTenant(ctx);
  if (ctx.permissions.includes(permission)) {
    if (!isPlatformPermission(permission) || (opts.platformTenantId && opts.platformTenantId === tenantId)) return tenantId;
    throw forbidden(permission, 'it only applies to platform staff');
  }
  throw forbidden(permission, whyMissing(ctx, permission, opts));
}

function whyMissing(ctx: RequestContext, permission: TPermission, opts: AuthorizeOptions): string {
  if (ctx.apiKeyId && permissionsOf(ctx.roles, opts.customRoles).has(permission) && !permissionsOfScopes(ctx.scopes).has(permission)) return "this API key's scopes do not include it";
  const roles = ctx.roles.length ? ctx.roles.map((r) => r.toLowerCase()).join(', ') : 'none';
  return ctx.apiKeyId ? `this API key's roles do not grant it; roles: ${roles}` : `your roles do not grant it; roles: ${roles}`;
}

const forbidden = (permission: TPermission, why: string) =>
  new DomainError(ErrorCode.FORBIDDEN, `This operation needs the ${permission} permission (${why}).`);

type Resolver<P, A, C, R> = (parent: P, args: A, context: C, info: GraphQLResolveInfo) => R | Promise<R>;

export interface GuardedOptions<C> {
  /** Loads the tenant's custom roles (and platform tenant) for this request. */
  options?: (context: C) => AuthorizeOptions | Promise<AuthorizeOptions>;
}

/** Wraps a resolver so it runs only when the caller holds `permission`. */
export function guarded<P, A, C extends { req: RequestContext }, R>(
  permission: TPermission,
  resolver: Resolver<P, A, C, R>,
  { options }: GuardedOptions<C> = {},
): (parent: P, args: A, context: C, info: GraphQLResolveInfo) => Promise<R> {
  return async (parent, args, context, info) => {
    authorize(context.req, permission, options ? await options(context) : {});
    return resolver(parent, args, context, info);
  };
}

/**
 * Refuses a role change or removal that would leave the organisation without an owner.
 * `owners` is the current owner count, read in the same transaction (row-locked) as the change.
 */
export function lastOwnerGuard(owners: number, change: { fromRole: string; toRole: string | null }): void {
  const losesOwner = change.fromRole.toLowerCase() === 'owner' && change.toRole?.toLowerCase() !== 'owner';
  if (losesOwner && owners <= 1) {
    throw new DomainError(ErrorCode.CONFLICT, 'An organisation needs at least one owner: make someone else owner first.', { field: 'role' });
  }
}
