// Prisma CLI config: schema folder and migrations folder. Only `prisma generate` runs offline
// (npm run db:generate); migrations go through packages/db (npm run db:migrate / db:diff).
import { defineConfig } from 'prisma/config';
import { loadDbEnv } from './packages/db/src/env';

const env = loadDbEnv();

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  // Where a native engine exists, `prisma migrate deploy` works too: it runs as the schema owner.
  datasource: { url: env.DATABASE_OWNER_URL ?? env.DATABASE_URL ?? `postgresql://nexus_owner@${env.EMBEDDED_DB_HOST}:${env.EMBEDDED_DB_PORT}/postgres` },
});
