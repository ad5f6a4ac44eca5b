// Marketplace subgraph configuration, validated at start-up.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';

export const ZMarketplaceEnv = z.object({
  MARKETPLACE_PORT: z.coerce.number().int().min(1).max(65535).default(4101),
  HOST: z.string().default('127.0.0.1'),
  CONTEXT_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters'),
  DATABASE_URL: z.string().url(),
  LOG_LEVEL: z.string().default('info'),
});

export const loadMarketplaceEnv = () => loadEnvOrExit(ZMarketplaceEnv, process.env, 'marketplace subgraph');
