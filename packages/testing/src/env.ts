// Test-time environment: where the optional Redis/NATS servers live and whether they are mandatory.
import { z } from 'zod';
import { parseEnv } from '@nexus/kernel/config';

const ZTestEnv = z.object({
  /** A superuser connection; each test database is created (and dropped) through it, else embedded PGlite. */
  TEST_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  TEST_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  TEST_NATS_URL: z.url().default('nats://127.0.0.1:4222'),
  /** S3-compatible endpoint for the S3 BlobStore contract; unset skips it (no such server ships with Debian). */
  S3_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  S3_BUCKET: z.string().default('nexus-test'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** CI sets 1 so a missing server fails the run instead of silently skipping its suites. */
  REQUIRE_SERVICES: z
    .enum(['', '0', '1', 'false', 'true'])
    .default('')
    .transform((v) => v === '1' || v === 'true'),
});
export type TTestEnv = z.infer<typeof ZTestEnv>;

export const testEnv: TTestEnv = parseEnv(ZTestEnv, process.env, '@nexus/testing');
