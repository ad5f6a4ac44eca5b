// Input rules for API keys.
import { z } from 'zod';
import { SCOPES } from '../auth/scopes';

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  scopes: z
    .array(z.enum(SCOPES, { error: (i) => `unknown scope "${String(i.input)}"; known: ${SCOPES.join(', ')}` }))
    .min(1, 'pick at least one scope')
    .nullish()
    .transform((s) => [...new Set(s ?? ['agents:read', 'agents:write'])]),
  expiresInDays: z.number().int('must be a whole number').min(1, 'must be at least 1').max(730, 'must be at most 730').nullish(),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;
