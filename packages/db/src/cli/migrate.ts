// `npm run db:migrate`: ensure roles (when a superuser URL is known), then apply pending migrations.
import { resolveDatabaseUrls } from '../database-urls';
import { loadDbEnv } from '../env';
import { applyMigrations } from '../migrate';
import { databaseName, passwordOf, redact } from '../pg-url';
import { ensureDatabase, ensureRoles } from '../roles';

async function main(): Promise<void> {
  const urls = await resolveDatabaseUrls(loadDbEnv());
  try {
    if (urls.adminUrl) {
      // Roles get the passwords their URLs carry, so password auth works once they exist.
      await ensureRoles(urls.adminUrl, { owner: passwordOf(urls.ownerUrl), app: passwordOf(urls.appUrl), worker: passwordOf(urls.workerUrl) });
      // On a server, also create the application's database (owned by nexus_owner) when missing.
      if (urls.kind === 'postgres') await ensureDatabase(urls.adminUrl, databaseName(urls.ownerUrl));
    }
    console.log(`[db] migrating ${redact(urls.ownerUrl)} (${urls.kind})`);
    const applied = await applyMigrations(urls.ownerUrl, { log: (line) => console.log(`[db] ${line}`) });
    console.log(applied.length ? `[db] ${applied.length} migration(s) applied` : '[db] already up to date');
  } finally {
    await urls.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db] migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
