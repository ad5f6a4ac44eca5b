// Built-in roles, custom roles and who may hand out which role.
//
// Decisions:
// - Role names are matched case-insensitively: tokens and the database carry `OWNER`, `ADMIN`, …;
//   custom role names are lower-case slugs, so folding case never makes two roles collide.
// - owner and admin hold the same permissions. What admin lacks is rank: it cannot make anyone an
//   owner, nor change or remove an owner (`canAssignRole` / `canChangeRole`), so `roles:manage` and
//   `members:manage` in an admin's hands never reach the owners.
// - viewer reads the product (agents, workflows, training, members); the admin-area reads
//   (keys, billing, audit) start at admin, like the writes they accompany.
// - A custom role ranks as the lowest built-in role whose permissions cover it, and assigning it also
//   needs every one of its permissions: nobody grants what they do not hold.
import { z } from 'zod';
import { PERMISSIONS, ZPermission, type TPermission } from './permissions';

export const BUILT_IN_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type TBuiltInRole = (typeof BUILT_IN_ROLES)[number];

const VIEWER: readonly TPermission[] = ['agents:read', 'workflows:read', 'training:read', 'members:read'];
const MEMBER: readonly TPermission[] = [
  ...VIEWER,
  'agents:publish', 'agents:deprecate', 'workflows:write', 'workflows:run', 'training:write',
];

export const BUILT_IN_ROLE_PERMISSIONS: Readonly<Record<TBuiltInRole, ReadonlySet<TPermission>>> = {
  owner: new Set(PERMISSIONS),
  admin: new Set(PERMISSIONS),
  member: new Set(MEMBER),
  viewer: new Set(VIEWER),
};

export const ROLE_RANK: Readonly<Record<TBuiltInRole, number>> = { owner: 40, admin: 30, member: 20, viewer: 10 };

const isBuiltIn = (name: string): name is TBuiltInRole => (BUILT_IN_ROLES as readonly string[]).includes(name);

export const ZCustomRole = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (letters, digits and single dashes)')
    .max(40, 'must be at most 40 characters')
    .refine((n) => !isBuiltIn(n), { error: (i) => `"${String(i.input)}" is a built-in role; pick another name` }),
  description: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  permissions: z
    .array(ZPermission)
    .min(1, 'pick at least one permission')
    .refine((ps) => new Set(ps).size === ps.length, 'list each permission once'),
});
export type TCustomRole = z.infer<typeof ZCustomRole>;

/** The permissions of one role; unknown names grant nothing. */
function permissionsOfRole(role: string, customRoles: readonly TCustomRole[]): ReadonlySet<TPermission> {
  const name = role.toLowerCase();
  if (isBuiltIn(name)) return BUILT_IN_ROLE_PERMISSIONS[name];
  return new Set(customRoles.find((c) => c.name === name)?.permissions ?? []);
}

/** Union of what the given roles grant. */
export function permissionsOf(roles: readonly string[], customRoles: readonly TCustomRole[] = []): Set<TPermission> {
  return new Set(roles.flatMap((r) => [...permissionsOfRole(r, customRoles)]));
}

const covers = (held: ReadonlySet<TPermission>, wanted: ReadonlySet<TPermission>) => [...wanted].every((p) => held.has(p));

/** Rank of one role: built-ins by table, custom roles by the lowest built-in that covers them; unknown → 0. */
export function rankOf(role: string, customRoles: readonly TCustomRole[] = []): number {
  const name = role.toLowerCase();
  if (isBuiltIn(name)) return ROLE_RANK[name];
  const custom = customRoles.find((c) => c.name === name);
  if (!custom) return 0;
  const wanted = new Set(custom.permissions);
  const coveredBy = BUILT_IN_ROLES.filter((b) => covers(BUILT_IN_ROLE_PERMISSIONS[b], wanted)).map((b) => ROLE_RANK[b]);
  return Math.min(...coveredBy);
}

/** Rank and permissions of `role` are within what `actorRoles` hold; an unknown role holds nothing, so it is within anyone's reach. */
function withinReach(actorRoles: readonly string[], role: string, customRoles: readonly TCustomRole[]): boolean {
  const actor = Math.max(0, ...actorRoles.map((r) => rankOf(r, customRoles)));
  return rankOf(role, customRoles) <= actor && covers(permissionsOf(actorRoles, customRoles), permissionsOfRole(role, customRoles));
}

/** True when someone holding `actorRoles` may give `targetRole` to a member: a known role, at or below their rank, and nothing they lack. */
export function canAssignRole(actorRoles: readonly string[], targetRole: string, customRoles: readonly TCustomRole[] = []): boolean {
  return rankOf(targetRole, customRoles) > 0 && withinReach(actorRoles, targetRole, customRoles);
}

/** Changing a member's role (or removing them, `toRole: null`) needs reach over the role they have and the one they get. */
export function canChangeRole(
  actorRoles: readonly string[],
  change: { fromRole: string; toRole: string | null },
  customRoles: readonly TCustomRole[] = [],
): boolean {
  if (!withinReach(actorRoles, change.fromRole, customRoles)) return false;
  return change.toRole === null || canAssignRole(actorRoles, change.toRole, customRoles);
}
