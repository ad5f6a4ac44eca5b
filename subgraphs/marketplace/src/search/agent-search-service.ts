// Marketplace search: the SearchIndex follows published agents; results are cached 300 s under a generation that changes invalidate.
import { createHash } from 'node:crypto';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { AgentSearchDoc, SearchIndex, SearchQuery, SearchFacet } from '@nexus/kernel/ports/search-index';
import { SEARCH_FACETS } from '@nexus/kernel/ports/search-index';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { decodePage, toConnection } from '@nexus/kernel/connection';
import type { Logger } from '@nexus/kernel/logger';
import { withTenant, type Database } from '../db';
import { AgentRepository, type AgentRow } from '../agents/agent-repository';
import { PublisherRepository } from '../publishers/publisher-repository';
import { privateViewTenant } from '../authz/private-view';

export const SEARCH_CACHE_TTL_SECONDS = 300;
const GENERATION_KEY = 'marketplace:search:generation';

export interface SearchAgentsArgs {
  text?: string | null;
  filters?: { capability?: string[] | null; tag?: string[] | null; protocol?: string[] | null; license?: string[] | null; publisher?: string[] | null; minRating?: number | null; verified?: boolean | null } | null;
  sort?: 'RELEVANCE' | 'RATING' | 'USAGE' | 'NEWEST' | null;
  first?: number | null;
  after?: string | null;
}

interface CachedResult { ids: string[]; total: number; facets: { field: string; values: { value: string; count: number }[] }[]; tookMs: number }

const clean = <T>(v: T[] | null | undefined) => (v && v.length ? v : undefined);

export class AgentSearchService {
  constructor(private readonly db: Database, private readonly index: SearchIndex<AgentSearchDoc>, private readonly cache: Cache, private readonly logger: Logger) {}

  private async generation(): Promise<number> {
    return (await this.cache.get<number>(GENERATION_KEY)) ?? 0;
  }

  /** Versioned keys: bumping the generation makes every cached page unreachable at once, in every process sharing the cache. */
  private async bump(): Promise<void> {
    await this.cache.set(GENERATION_KEY, Date.now(), 7 * 24 * 3600);
  }

  private async toDocs(rows: AgentRow[]): Promise<AgentSearchDoc[]> {
    const publishers = await withTenant(this.db, { tenantId: null }, (tx) => PublisherRepository.byTenants(tx, [...new Set(rows.map((r) => r.tenantId))]));
    const byTenant = new Map(publishers.map((p) => [p.tenantId, p]));
    return rows.map((a) => ({
      id: a.id, name: a.name, displayName: a.displayName, description: a.description, readme: a.readme.slice(0, 4000), tags: a.tags,
      capabilities: a.capabilities, protocol: a.protocol, license: a.license, publisher: byTenant.get(a.tenantId)?.scope ?? a.name.slice(1, a.name.indexOf('/')),
      verified: byTenant.get(a.tenantId)?.verified ?? false, ratingAvg: a.ratingAvg, ratingCount: a.ratingCount, downloads: a.downloads,
      createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
    }));
  }

  /** Rebuilds the whole index from the public catalogue (start-up, `npm run search:reindex`). */
  async rebuild(): Promise<number> {
    const rows = await withTenant(this.db, { tenantId: null }, (tx) => tx.agent.findMany({ where: { visibility: 'PUBLIC' } }));
    await this.index.clear();
    for (let i = 0; i < rows.length; i += 500) await this.index.upsert(await this.toDocs(rows.slice(i, i + 500)));
    await this.bump();
    this.logger.info({ agents: rows.length }, 'search index rebuilt');
    return rows.length;
  }

  /** Re-indexes one agent after a publish, rating or deprecation; private agents leave the index. */
  async refresh(agentId: string): Promise<void> {
    const row = await withTenant(this.db, { tenantId: null }, (tx) => AgentRepository.findById(tx, agentId));
    if (row && row.visibility === 'PUBLIC') await this.index.upsert(await this.toDocs([row]));
    else await this.index.remove([agentId]);
    await this.bump();
  }

  async search(ctx: RequestContext = anonymousContext(), args: SearchAgentsArgs = {}) {
    const page = decodePage({ first: args.first, after: args.after });
    const f = args.filters ?? {};
    const query: SearchQuery = {
      text: args.text?.trim() || undefined,
      filters: {
        capability: clean(f.capability), tag: clean(f.tag), protocol: clean(f.protocol), license: clean(f.license),
        publisher: clean(f.publisher), minRating: f.minRating ?? undefined, verified: f.verified ?? undefined,
      },
      sort: (args.sort?.toLowerCase() ?? 'relevance') as SearchQuery['sort'],
      limit: page.take, offset: page.skip, facets: [...SEARCH_FACETS] as SearchFacet[],
    };
    const key = `marketplace:search:${await this.generation()}:${createHash('sha1').update(JSON.stringify(query)).digest('hex')}`;
    const result = await this.cache.getOrSet<CachedResult>(key, SEARCH_CACHE_TTL_SECONDS, async () => {
      const r = await this.index.search(query);
      const facets = Object.entries(r.facets).map(([field, values]) => ({
        field, values: Object.entries(values ?? {}).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      }));
      return { ids: r.hits.map((h) => h.id), total: r.total, facets, tookMs: r.tookMs };
    });
    const rows = result.ids.length ? await withTenant(this.db, { tenantId: privateViewTenant(ctx) }, (tx) => AgentRepository.findManyByIds(tx, result.ids)) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = result.ids.map((id) => byId.get(id)).filter((r): r is AgentRow => !!r);
    return { agents: toConnection(ordered, page.skip, result.total), facets: result.facets, tookMs: result.tookMs };
  }
}
