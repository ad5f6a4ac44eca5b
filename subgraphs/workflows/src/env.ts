// Workflows subgraph configuration, validated at start-up.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';
import { ZBlobStoreEnv } from '@nexus/kernel/adapters/blob-store-env';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const ZWorkflowsEnv = z.object({
  WORKFLOWS_PORT: z.coerce.number().int().min(1).max(65535).default(4103),
  HOST: z.string().default('127.0.0.1'),
  CONTEXT_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters'),
  DATABASE_URL: z.string().url(),
  /** BYPASSRLS role: run workers, the schedule ticker, webhook look-ups, the lease sweeper. */
  DATABASE_WORKER_URL: z.string().url(),
  REDIS_URL: optional,
  NATS_URL: optional,
  ...ZBlobStoreEnv,
  /** 32 bytes (base64 or hex) sealing tenant secrets and webhook secrets at rest. */
  ENCRYPTION_KEY: z.string().min(16, 'must be 32 bytes as base64 or hex'),
  /** Tenancy subgraph base URL: plan limits for runs started by webhooks and schedules. */
  TENANCY_URL: z.string().url().default('http://127.0.0.1:4102'),
  /** Marketplace subgraph base URL: agent nodes run agents through its internal endpoint. */
  MARKETPLACE_URL: z.string().url().default('http://127.0.0.1:4101'),
  /** Run jobs this process works on at once; 0 runs no worker (API only). */
  WORKFLOW_WORKER_CONCURRENCY: z.coerce.number().int().min(0).max(256).default(8),
  /** 1: HTTP request and LLM nodes may reach loopback and private addresses (a trusted, single-tenant install). */
  WORKFLOW_HTTP_ALLOW_PRIVATE: z.enum(['', '0', '1', 'false', 'true']).default('').transform((v) => v === '1' || v === 'true'),
  LOG_LEVEL: z.string().default('info'),
});
export type TWorkflowsEnv = z.infer<typeof ZWorkflowsEnv>;

export const loadWorkflowsEnv = () => loadEnvOrExit(ZWorkflowsEnv, process.env, 'workflows subgraph');
