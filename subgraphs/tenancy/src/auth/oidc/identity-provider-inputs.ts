// `IdentityProviderInput` as zod: https issuer, role mapping as a JSON object of role names, never OWNER by default.
import { z } from 'zod';
import { isAllowedProviderUrl } from './oidc-discovery';
import { storedRoleName } from '../../members/role-names';

const ZClaimName = z.string().trim().regex(/^[A-Za-z0-9_.:/-]{1,100}$/, 'must be a claim name (letters, digits, _ . : / -)');
const ZRoleName = z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters').transform(storedRoleName);

const ZRoleMapping = z
  .string()
  .default('{}')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"engineering": "MEMBER", "it-admins": "ADMIN"}' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .record(z.string().min(1, 'IdP values must not be empty').max(200), ZRoleName, { error: 'must be a JSON object of IdP value → role name' })
      .refine((m) => Object.keys(m).length <= 200, 'at most 200 entries'),
  );

export const ZIdentityProviderInput = z.object({
  issuer: z.string().trim().max(500).refine(isAllowedProviderUrl, 'must be an https URL (http only for localhost or 127.0.0.1), without query or fragment'),
  audience: z.string().trim().min(1, 'must not be empty').max(200),
  emailClaim: ZClaimName.nullish().transform((v) => v ?? 'email'),
  rolesClaim: ZClaimName.nullish().transform((v) => v ?? 'roles'),
  roleMapping: z.preprocess((v) => v ?? undefined, ZRoleMapping),
  defaultRole: z
    .preprocess((v) => v ?? 'MEMBER', ZRoleName)
    .refine((r) => r !== 'OWNER', 'must not be OWNER: everyone the provider vouches for would own the organisation'),
  enabled: z.boolean().nullish().transform((v) => v ?? true),
});
export type TIdentityProviderInput = z.infer<typeof ZIdentityProviderInput>;
