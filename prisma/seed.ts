// `npm run db:seed`: the demo tenant and catalogue, on DATABASE_URL or the embedded PGlite (migrated first).
import { pathToFileURL } from 'node:url';
import { createDatabase } from '../packages/db/src/create-database';
import { resolveDatabaseUrls } from '../packages/db/src/database-urls';
import { loadDbEnv } from '../packages/db/src/env';
import { applyMigrations } from '../packages/db/src/migrate';
import { DEMO_OWNER, seedDemo } from '../packages/db/src/seed-demo';

export { DEMO_OWNER, seedDemo };

async function main(): Promise<void> {
  const urls = await resolveDatabaseUrls(loadDbEnv());
  try {
    if (urls.kind === 'pglite') await applyMigrations(urls.ownerUrl);
    // Seeds go through the application role, so they pass the same RLS checks as real writes.
    const db = createDatabase({ url: urls.appUrl, poolSize: 2 });
    try {
      const result = await seedDemo(db);
      console.log(`[db] seeded ${Object.keys(result.tenants).length} publishers and ${result.raters.length} rater accounts; sign in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}. The agent catalogue is published through the marketplace pipeline when the platform starts (npm start).`);
    } finally {
      await db.close();
    }
  } finally {
    await urls.stop();
  }
}

// Importable (start-up seeds through seedDemo); runs only as `tsx prisma/seed.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`[db] seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
