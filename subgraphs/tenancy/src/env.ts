// Tenancy subgraph configuration, validated at start-up.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const ZTenancyEnv = z.object({
  TENANCY_PORT: z.coerce.number().int().min(1).max(65535).default(4102),
  HOST: z.string().default('127.0.0.1'),
  CONTEXT_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters'),
  DATABASE_URL: z.string().url(),
  /** BYPASSRLS role for look-ups before the tenant is known and for scheduled jobs. */
  DATABASE_WORKER_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
  NATS_URL: z.string().optional(),
  JWT_PRIVATE_JWK: z.string().optional(),
  /** Age (days) at which the JWT signing key is replaced; retired keys stay published until their tokens expire. */
  JWT_ROTATION_DAYS: z.coerce.number().positive().default(30),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.string().default('info'),
  PUBLIC_WEB_URL: z.string().url().default('http://localhost:3000'),
  SMTP_URL: optional,
  MAIL_FROM: z.string().default('Nexus Forge <no-reply@nexus-forge.localhost>'),
  BASE_DOMAIN: optional,
  DOMAIN_CNAME_TARGET: optional,
  EDGE_IPV4: optional,
  DNS_SERVERS: optional,
  ACME_DIRECTORY_URL: optional,
  ACME_CA_CERT: optional,
  ACME_ACCOUNT_EMAIL: z.string().email().default('certificates@nexus-forge.localhost'),
  /** 32 bytes (base64 or hex) that encrypt private keys at rest; required in production. */
  ENCRYPTION_KEY: z.string().min(16, 'must be 32 bytes as base64 or hex'),
  KUBECONFIG: optional,
  PLATFORM_ADMIN_TENANT: optional,
});
export type TTenancyEnv = z.infer<typeof ZTenancyEnv>;

export const loadTenancyEnv = () => loadEnvOrExit(ZTenancyEnv, process.env, 'tenancy subgraph');
