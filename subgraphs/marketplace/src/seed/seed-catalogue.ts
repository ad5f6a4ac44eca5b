// Seeds the marketplace through its own publish pipeline: real packages, scanned, benchmarked, stored and published.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import type { Logger } from '@nexus/kernel/logger';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { createTarGz } from '@nexus/agent-sdk/tar-gz';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import type { MarketplaceServices } from '../context';
import { AgentRepository } from '../agents/agent-repository';
import { PublisherRepository } from '../publishers/publisher-repository';
import { VersionRepository } from '../versions/version-repository';
import { markPublished } from '../versions/publish-listing';
import { RatingRepository } from '../ratings/rating-repository';

export interface CatalogueEntry { dir: string; downloads: number; ratings: number[]; verifiedPublisher: boolean }
export interface SeedPublisher { tenantId: string; scope: string; name: string }

/** Every file of a package directory, with the manifest's version replaced (history entries reuse the latest code). */
function packDirectory(dir: string, version: string): Buffer {
  const files: { path: string; data: Buffer; executable: boolean }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'history.json') files.push({ path: `package/${relative(dir, path)}`, data: readFileSync(path), executable: false });
    }
  };
  walk(dir);
  const manifest = files.find((f) => f.path === 'package/nexus-agent.json')!;
  manifest.data = Buffer.from(JSON.stringify({ ...JSON.parse(manifest.data.toString('utf8')), version }, null, 2));
  return createTarGz(files);
}

export async function seedCatalogue(o: {
  root: string; db: Database; workerDb: Database; services: MarketplaceServices; logger: Logger;
  publishers: SeedPublisher[]; raters: string[];
}): Promise<{ published: number; skipped: number }> {
  const entries = JSON.parse(readFileSync(join(o.root, 'catalogue.json'), 'utf8')) as CatalogueEntry[];
  const byScope = new Map(o.publishers.map((p) => [p.scope, p]));
  let published = 0;
  let skipped = 0;
  for (const p of o.publishers) await withTenant(o.db, { tenantId: p.tenantId }, (tx) => PublisherRepository.create(tx, p));
  for (const entry of entries) {
    const dir = join(o.root, entry.dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'nexus-agent.json'), 'utf8')) as { name: string; version: string };
    const publisher = byScope.get(entry.dir.split('/')[0]!);
    if (!publisher) throw new Error(`seed: no publisher for ${entry.dir}`);
    const history = existsSync(join(dir, 'history.json')) ? (JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as { version: string; deprecated: string | null }[]) : [];
    const versions = [...history.filter((h) => h.version !== manifest.version), { version: manifest.version, deprecated: null }];
    // The publisher's owner, with the permissions tenancy would grant that role; no limits, so seeding never hits a plan.
    const roles = ['OWNER'];
    const ctx: RequestContext = { ...anonymousContext(), tenantId: publisher.tenantId, roles, permissions: [...effectivePermissions({ roles, scopes: [], apiKeyId: null })] };
    for (const v of versions) {
      const exists = await withTenant(o.db, { tenantId: publisher.tenantId }, async (tx) => {
        const agent = await AgentRepository.findByName(tx, manifest.name);
        return agent ? !!(await VersionRepository.find(tx, agent.id, v.version)) : false;
      });
      if (exists) { skipped++; continue; }
      const outcome = await o.services.publish.publish(ctx, { tarball: packDirectory(dir, v.version).toString('base64') });
      if (!outcome.version) throw new Error(`seed: ${manifest.name}@${v.version} was rejected: ${outcome.rejection}`);
      // Seed packages are the platform's own: approved as the review queue would.
      await withSystem(o.workerDb, async (tx) => {
        const agent = (await AgentRepository.findById(tx, outcome.version!.agentId))!;
        if (outcome.version!.status === 'PENDING_REVIEW') await markPublished(tx, agent, outcome.version!, { userId: null, at: new Date() });
        if (v.deprecated) await VersionRepository.deprecate(tx, [outcome.version!.id], v.deprecated);
      });
      published++;
    }
    await withSystem(o.workerDb, async (tx) => {
      const agent = (await AgentRepository.findByName(tx, manifest.name))!;
      await tx.agent.update({ where: { id: agent.id }, data: { downloads: entry.downloads } });
      await tx.publisher.update({ where: { tenantId: publisher.tenantId }, data: { verified: entry.verifiedPublisher } });
      for (const [i, rating] of entry.ratings.slice(0, o.raters.length).entries()) {
        await RatingRepository.upsert(tx, { agentId: agent.id, userId: o.raters[i]!, rating, title: null, body: '' });
      }
      await RatingRepository.storeSummary(tx, agent.id, await RatingRepository.summary(tx, agent.id));
    });
  }
  await o.services.search.rebuild();
  o.logger.info({ published, skipped }, 'marketplace catalogue seeded');
  return { published, skipped };
}
