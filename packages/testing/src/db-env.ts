// Test-time database settings: which PostgreSQL server to try before falling back to embedded PGlite.
import { z } from 'zod';
import { parseEnv } from '@nexus/kernel/config';

const ZTestDbEnv = z.object({
  /** A superuser connection; each test database is created (and dropped) through it. */
  TEST_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/postgres'),
});

export const testDbEnv = parseEnv(ZTestDbEnv, process.env, '@nexus/testing');
