// Runs published agent versions: loads packages from the BlobStore and resolves `ctx.call` to the dependency versions it declared.
import semver from 'semver';
import type { AgentRuntime, AgentInvocationResult } from '@nexus/agent-runtime/agent-invocation-types';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { RequestContext } from '@nexus/kernel/context';
import { withTenant, type Database } from '../db';
import { AgentRepository } from '../agents/agent-repository';
import { VersionRepository, type VersionRow } from '../versions/version-repository';
import { readPackageArchive } from '../publish/archive-guards';
import { privateViewTenant } from '../authz/private-view';
import { PackageCache, toLoadedPackage, type LoadedPackage, type RunnableManifest } from './loaded-package';

/** A chain deeper than this is almost certainly a mistake, and each level holds an isolate. */
export const MAX_CALL_DEPTH = 8;

export class AgentExecutor {
  private readonly cache = new PackageCache();

  constructor(private readonly db: Database, private readonly blobs: BlobStore, private readonly runtime: AgentRuntime) {}

  /** Highest published version matching the range or dist-tag (default `latest`). */
  async findVersion(ctx: RequestContext, name: string, rangeOrTag = 'latest'): Promise<VersionRow | null> {
    return withTenant(this.db, { tenantId: privateViewTenant(ctx) }, async (tx) => {
      const agent = await AgentRepository.findByName(tx, name.toLowerCase());
      if (!agent) return null;
      const published = (await VersionRepository.allOf(tx, agent.id)).filter((v) => v.status === 'PUBLISHED');
      const tag = (await VersionRepository.distTags(tx, agent.id)).find((t) => t.tag === rangeOrTag);
      if (tag) return published.find((v) => v.version === tag.version) ?? null;
      if (!semver.validRange(rangeOrTag)) return null;
      const best = semver.maxSatisfying(published.map((v) => v.version), rangeOrTag);
      return published.find((v) => v.version === best) ?? null;
    });
  }

  async load(version: VersionRow): Promise<LoadedPackage> {
    const cached = this.cache.get(version.integrity);
    if (cached) return cached;
    const bytes = await this.blobs.get(version.blobKey);
    if (!bytes) throw new DomainError(ErrorCode.INTERNAL, `The package of ${version.version} is missing from storage.`);
    const archive = await readPackageArchive(bytes);
    if (!archive.ok) throw new DomainError(ErrorCode.INTERNAL, `The stored package of ${version.version} no longer unpacks: ${archive.report.summary}`);
    const loaded = toLoadedPackage(version.manifest as unknown as RunnableManifest, archive.files);
    this.cache.set(version.integrity, loaded);
    return loaded;
  }

  /** Runs a package (stored or just uploaded); its `ctx.call`s go to published versions of its declared dependencies. */
  async run(ctx: RequestContext, pkg: LoadedPackage, input: unknown, depth = 0): Promise<AgentInvocationResult> {
    return this.runtime.invoke(pkg.runnable, input, {
      call: async (dependency, depInput) => {
        const range = pkg.manifest.dependencies?.[dependency];
        if (!range) throw new Error(`${dependency} is not a declared dependency of ${pkg.manifest.name}`);
        if (depth + 1 > MAX_CALL_DEPTH) throw new Error(`Dependency calls nest deeper than ${MAX_CALL_DEPTH} levels`);
        const version = await this.findVersion(ctx, dependency, range);
        if (!version) throw new Error(`No published version of ${dependency} satisfies ${range}`);
        const result = await this.run(ctx, await this.load(version), depInput, depth + 1);
        if (!result.ok) throw new Error(`${dependency}@${version.version}: ${result.error.code}: ${result.error.message}`);
        return result.output;
      },
    });
  }
}
