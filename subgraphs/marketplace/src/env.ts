// Marketplace subgraph configuration, validated at start-up.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';
import { ZBlobStoreEnv } from '@nexus/kernel/adapters/blob-store-env';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const ZMarketplaceEnv = z.object({
  MARKETPLACE_PORT: z.coerce.number().int().min(1).max(65535).default(4101),
  HOST: z.string().default('127.0.0.1'),
  CONTEXT_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters'),
  DATABASE_URL: z.string().url(),
  /** BYPASSRLS role for moderation and usage counters. */
  DATABASE_WORKER_URL: z.string().url(),
  REDIS_URL: optional,
  NATS_URL: optional,
  ...ZBlobStoreEnv,
  /** Packages whose sandbox benchmark scores below this (0–100) are rejected. */
  PUBLISH_MIN_BENCHMARK_SCORE: z.coerce.number().min(0).max(100).default(60),
  MEILI_HOST: optional,
  MEILI_API_KEY: optional,
  /** Slug of the organisation whose members holding agents:review moderate the review queue; unset = nobody. */
  PLATFORM_ADMIN_TENANT: optional,
  /** OSV-format advisory file the security scan reads (re-read when it changes). */
  ADVISORIES_FILE: optional,
  LOG_LEVEL: z.string().default('info'),
});

export const loadMarketplaceEnv = () => loadEnvOrExit(ZMarketplaceEnv, process.env, 'marketplace subgraph');
