// Input rules for organisation settings, invitations and custom roles.
import { z } from 'zod';
import { ZCustomRole } from '@nexus/kernel/authz/roles';
import { ZPermission } from '@nexus/kernel/authz/permissions';
import { storedRoleName } from './role-names';

export const ZUpdateOrganizationInput = z.object({
  name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
});

const ZRoleName = z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters').transform(storedRoleName);

export const ZInviteMemberInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
  role: ZRoleName.nullish().transform((r) => r ?? 'MEMBER'),
});

export const ZRoleArgument = ZRoleName;

/** Custom role names are slugs; any case is accepted and stored lower-case. */
export const ZCreateRoleInput = z.preprocess(
  (v) => (v && typeof v === 'object' ? { ...v, name: lower((v as { name?: unknown }).name), description: (v as { description?: unknown }).description ?? undefined } : v),
  ZCustomRole,
);

export const ZUpdateRoleInput = z.object({
  description: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
  permissions: z
    .array(ZPermission)
    .min(1, 'pick at least one permission')
    .refine((ps) => new Set(ps).size === ps.length, 'list each permission once')
    .nullish(),
});

export const ZInvitationToken = z.string().trim().min(16, 'is not an invitation link token').max(128, 'is not an invitation link token');

function lower(v: unknown): unknown {
  return typeof v === 'string' ? v.trim().toLowerCase() : v;
}
