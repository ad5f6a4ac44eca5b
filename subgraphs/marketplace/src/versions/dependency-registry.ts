// The resolver's view of the registry: published versions per agent name, fetched in batches and memoised per resolution.
import type { RequestContext } from '@nexus/kernel/context';
import { withTenant, type Database } from '../db';
import { VersionRepository } from './version-repository';
import { privateViewTenant } from '../authz/private-view';

export interface RegistryVersion {
  version: string;
  dependencies: Record<string, string>;
  deprecated: string | null;
}

export interface Registry {
  versions(name: string): Promise<RegistryVersion[]>;
}

/** One query per batch of names asked in the same tick; each name is fetched at most once per registry. */
export function registryFromDatabase(db: Database, ctx: RequestContext): Registry {
  const memo = new Map<string, Promise<RegistryVersion[]>>();
  let pending: { name: string; resolve: (v: RegistryVersion[]) => void; reject: (e: unknown) => void }[] = [];

  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const rows = await withTenant(db, { tenantId: privateViewTenant(ctx) }, (tx) => VersionRepository.publishedByNames(tx, [...new Set(batch.map((b) => b.name))]));
      const byName = new Map<string, RegistryVersion[]>();
      for (const r of rows) {
        const list = byName.get(r.agent.name) ?? [];
        list.push({ version: r.version, dependencies: (r.dependencies ?? {}) as Record<string, string>, deprecated: r.deprecated });
        byName.set(r.agent.name, list);
      }
      for (const b of batch) b.resolve(byName.get(b.name) ?? []);
    } catch (e) {
      for (const b of batch) b.reject(e);
    }
  };

  return {
    versions(name) {
      let hit = memo.get(name);
      if (!hit) {
        hit = new Promise<RegistryVersion[]>((resolve, reject) => {
          if (pending.length === 0) queueMicrotask(() => void flush());
          pending.push({ name, resolve, reject });
        });
        memo.set(name, hit);
      }
      return hit;
    },
  };
}
