// Input rules for API keys.
import { z } from 'zod';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { LEGACY_SCOPE_PERMISSIONS } from '@nexus/kernel/authz/api-key-scopes';

/** What a key's scopes may name: catalogue permissions, plus the coarse scopes keys were issued with before it existed. */
export const KEY_SCOPES: readonly string[] = [...new Set([...PERMISSIONS, ...Object.keys(LEGACY_SCOPE_PERMISSIONS)])];

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  scopes: z
    .array(z.string().refine((s) => KEY_SCOPES.includes(s), { error: (i) => `unknown scope "${String(i.input)}"; use a permission name from the catalogue (or agents:write)` }))
    .min(1, 'pick at least one scope')
    .nullish()
    .transform((s) => [...new Set(s ?? ['agents:read', 'agents:write'])]),
  expiresInDays: z.number().int('must be a whole number').min(1, 'must be at least 1').max(730, 'must be at most 730').nullish(),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;
