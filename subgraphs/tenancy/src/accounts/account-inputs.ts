// Input rules for sign-up and sign-in.
import { z } from 'zod';

export const ZSignUpInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
  password: z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters'),
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'is required'),
  password: z.string().min(1, 'is required'),
  tenantSlug: z.string().trim().toLowerCase().nullish(),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;
