// Platform launcher configuration: everything optional, defaults give the embedded mode.
import { z } from 'zod';
import { parseEnv } from '@nexus/kernel/config';
import { loadDbEnv } from '@nexus/db/env';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const port = (d: number) => z.coerce.number().int().min(0).max(65535).default(d);

const ZPlatformEnv = z.object({
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  WEB_PORT: port(3000),
  MARKETPLACE_PORT: port(4101),
  TENANCY_PORT: port(4102),
  WORKFLOWS_PORT: port(4103),
  CONTEXT_SIGNING_SECRET: optional.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  REDIS_URL: optional,
  NATS_URL: optional,
  JWT_PRIVATE_JWK: optional,
  /** Age (days) at which the JWT signing key is rotated. */
  JWT_ROTATION_DAYS: z.coerce.number().positive().default(30),
  /** Prefix of Redis keys/topics and the NATS stream, so platforms can share servers. */
  NEXUS_NAMESPACE: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'lower-case letters, digits, hyphens').default('nexus'),
  /** Organisation whose owners/admins moderate the marketplace. Embedded mode defaults to the demo's `acme`. */
  PLATFORM_ADMIN_TENANT: optional,
  /** Packages whose sandbox benchmark scores below this (0–100) are rejected. */
  PUBLISH_MIN_BENCHMARK_SCORE: z.coerce.number().min(0).max(100).default(60),
  MEILI_HOST: optional,
  MEILI_API_KEY: optional,
  S3_ENDPOINT: optional,
  S3_BUCKET: z.string().default('nexus-blobs'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  /** Public URL of the web app (invitation links). Default: http://localhost:WEB_PORT. */
  PUBLIC_WEB_URL: optional,
  /** SMTP for invitation mail (nodemailer URL); unset → the console shows the link. */
  SMTP_URL: optional,
  MAIL_FROM: z.string().default('Nexus Forge <no-reply@nexus-forge.localhost>'),
  /** `<slug>.<BASE_DOMAIN>` addresses a tenant; custom domains CNAME to DOMAIN_CNAME_TARGET. */
  BASE_DOMAIN: z.string().default('nexus-forge.localhost'),
  DOMAIN_CNAME_TARGET: optional,
  EDGE_IPV4: optional,
  /** Comma-separated DNS servers (host or host:port) for domain verification; unset → system resolver. */
  DNS_SERVERS: optional,
  /** ACME directory; unset → self-signed certificates. */
  ACME_DIRECTORY_URL: optional,
  ACME_CA_CERT: optional,
  ACME_ACCOUNT_EMAIL: z.string().default('certificates@nexus-forge.localhost'),
  /** 32 bytes (base64/hex) encrypting private keys at rest; unset → generated into DATA_DIR/keys. */
  ENCRYPTION_KEY: optional,
  /** Apply tenants' Kubernetes isolation to this cluster; unset → manifests for download. */
  KUBECONFIG: optional,
  /** HTTPS port of the gateway serving custom domains by SNI; unset → no TLS listener. */
  GATEWAY_TLS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  /** 1: workflow HTTP request and LLM nodes may reach loopback and private addresses (trusted single-tenant installs). */
  WORKFLOW_HTTP_ALLOW_PRIVATE: z.enum(['', '0', '1', 'false', 'true']).default('').transform((v) => v === '1' || v === 'true'),
  LOG_LEVEL: z.string().default('info'),
  NODE_ENV: z.string().default('development'),
  CI: optional,
});
export type TPlatformEnv = z.infer<typeof ZPlatformEnv> & { db: ReturnType<typeof loadDbEnv> };

export function loadPlatformEnv(source: Record<string, string | undefined> = process.env): TPlatformEnv {
  return { ...parseEnv(ZPlatformEnv, source, 'nexus platform'), db: loadDbEnv(source) };
}

/**
 * The environment child processes (Next.js, test runners) inherit: the launcher passes it on whole, plus
 * what it sets itself, so nothing else in scripts/ reads process.env.
 */
export const inheritedEnv = (): NodeJS.ProcessEnv => ({ ...process.env });
export const isCi = (): boolean => !!process.env.CI;
