// Input rules for organisations.
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,38}$/;
const RESERVED = new Set(['admin', 'api', 'www', 'nexus', 'console', 'marketplace', 'graphql', 'static', 'help', 'support', 'domains', 'mail', 'auth', 'status', 'docs']);

export const ZCreateTenantInput = z.object({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, 'must be 2–39 lower-case letters, digits or single hyphens, not starting or ending with a hyphen')
    .refine((s) => !RESERVED.has(s), 'is reserved'),
});
export type TCreateTenantInput = z.infer<typeof ZCreateTenantInput>;
