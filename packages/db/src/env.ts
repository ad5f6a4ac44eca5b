// Database settings from process.env; unset URLs mean "embedded PGlite" (the fresh-clone default).
import { z } from 'zod';
import { parseEnv } from '@nexus/kernel/config';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

const ZDbEnv = z.object({
  /** The application's connection (role nexus_app: RLS applies). Unset: embedded PGlite. */
  DATABASE_URL: optionalUrl,
  /** Schema owner, runs migrations. Defaults to DATABASE_URL with user nexus_owner. */
  DATABASE_OWNER_URL: optionalUrl,
  /** BYPASSRLS role for the outbox relay and system jobs. Defaults to DATABASE_URL with user nexus_worker. */
  DATABASE_WORKER_URL: optionalUrl,
  /** Optional superuser connection used only to create roles and databases. */
  DATABASE_ADMIN_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(5433),
  EMBEDDED_DB_HOST: z.string().min(1).default('127.0.0.1'),
});
export type TDbEnv = z.infer<typeof ZDbEnv>;

export function loadDbEnv(source: Record<string, string | undefined> = process.env): TDbEnv {
  return parseEnv(ZDbEnv, source, '@nexus/db');
}

/** This process's environment plus overrides, for child processes (the Prisma CLI). */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
