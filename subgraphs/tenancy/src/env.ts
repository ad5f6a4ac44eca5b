// Tenancy subgraph configuration, validated at start-up.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';

export const ZTenancyEnv = z.object({
  TENANCY_PORT: z.coerce.number().int().min(1).max(65535).default(4102),
  HOST: z.string().default('127.0.0.1'),
  CONTEXT_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters'),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
  NATS_URL: z.string().optional(),
  JWT_PRIVATE_JWK: z.string().optional(),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.string().default('info'),
});
export type TTenancyEnv = z.infer<typeof ZTenancyEnv>;

export const loadTenancyEnv = () => loadEnvOrExit(ZTenancyEnv, process.env, 'tenancy subgraph');
