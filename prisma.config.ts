// Prisma CLI config: schema folder, migrations folder and the URL (only `prisma generate` runs here; migrations go through packages/db).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  // generate needs no database; the URL only matters to other CLI commands, which cannot run offline here.
  datasource: { url: process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? 'postgresql://nexus_owner@127.0.0.1:5433/postgres' },
});
