// Production SearchIndex on a Meilisearch server; Meilisearch finds and counts, search/ranking.ts orders.
import { Meilisearch, type EnqueuedTaskPromise, type Index, type Settings } from 'meilisearch';
import { DomainError, ErrorCode } from '../errors';
import type { AgentSearchDoc, SearchFacet, SearchIndex, SearchQuery, SearchResult, SearchSort } from '../ports/search-index';
import { FACET_FIELDS } from './agent-filters';
import { toMeiliFilter } from './meili-filter';
import { catalogueStats, rankCandidates, type CatalogueStats, type RankingFields } from './ranking';
import { parseSearchQuery } from './search-query';
import { terms } from './text-terms';

export interface MeilisearchAdapterOptions {
  host: string;
  apiKey?: string;
  indexUid?: string;
  /** How long catalogue-wide rating/download stats are reused before they are read again. */
  statsTtlMs?: number;
  taskTimeoutMs?: number;
}

/** What is stored: the doc plus a numeric creation time, since Meilisearch sorts numbers, not dates. */
type StoredDoc = AgentSearchDoc & { createdAtMs: number };

// Enough candidates for the blended ranking to reorder the first pages; Meilisearch's own ceiling is 1000.
const CANDIDATE_WINDOW = 200;
const MAX_WINDOW = 1000;
const STATS_PAGE = 5000;

export const MEILI_SETTINGS: Settings = {
  // Priority order: a match in the name beats one in the readme.
  searchableAttributes: ['displayName', 'name', 'tags', 'capabilities', 'description', 'readme'],
  filterableAttributes: ['capabilities', 'tags', 'protocol', 'license', 'publisher', 'ratingAvg', 'verified'],
  sortableAttributes: ['downloads', 'ratingAvg', 'ratingCount', 'createdAtMs'],
  // Same thresholds as the embedded adapter: one typo from 5 letters, two from 9.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: MAX_WINDOW },
};

// Only decides which candidates Meilisearch returns when more match than the window holds; ranking.ts orders them.
const WINDOW_SORT: Record<SearchSort, string[]> = {
  relevance: ['downloads:desc'],
  rating: ['ratingAvg:desc', 'ratingCount:desc'],
  usage: ['downloads:desc'],
  newest: ['createdAtMs:desc'],
};

export class MeilisearchAdapter implements SearchIndex<AgentSearchDoc> {
  private stats: { value: CatalogueStats; at: number } | null = null;

  private constructor(
    private readonly index: Index<StoredDoc>,
    private readonly client: Meilisearch,
    private readonly o: MeilisearchAdapterOptions,
  ) {}

  /** Creates the index when missing and applies MEILI_SETTINGS, waiting until both are done. */
  static async connect(o: MeilisearchAdapterOptions): Promise<MeilisearchAdapter> {
    const client = new Meilisearch({ host: o.host, apiKey: o.apiKey });
    const uid = o.indexUid ?? 'agents';
    const adapter = new MeilisearchAdapter(client.index<StoredDoc>(uid), client, o);
    const existing = await unavailable(() => client.getIndexes({ limit: 1000 }));
    if (!existing.results.some((i) => i.uid === uid)) await adapter.run(client.createIndex(uid, { primaryKey: 'id' }));
    await adapter.run(adapter.index.updateSettings(MEILI_SETTINGS));
    return adapter;
  }

  async upsert(docs: readonly AgentSearchDoc[]): Promise<void> {
    if (!docs.length) return;
    const stored = docs.map((d): StoredDoc => ({ ...d, createdAtMs: Date.parse(d.createdAt) || 0 }));
    await this.run(this.index.addDocuments(stored, { primaryKey: 'id' }));
    this.stats = null;
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.run(this.index.deleteDocuments([...ids]));
    this.stats = null;
  }

  async clear(): Promise<void> {
    await this.run(this.index.deleteAllDocuments());
    this.stats = null;
  }

  async count(): Promise<number> {
    return (await unavailable(() => this.index.getStats())).numberOfDocuments;
  }

  /** The client keeps no connection open; nothing to release. */
  async close(): Promise<void> {}

  /** Deletes the whole index (tests use a throwaway index per run). */
  async drop(): Promise<void> {
    await this.run(this.client.deleteIndex(this.index.uid));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const q = parseSearchQuery(query);
    const hasText = terms(q.text).length > 0;
    const window = Math.min(MAX_WINDOW, Math.max(CANDIDATE_WINDOW, q.offset + q.limit));
    const res = await unavailable(() =>
      this.index.search(hasText ? q.text : null, {
        filter: toMeiliFilter(q.filters),
        facets: q.facets.map((f) => FACET_FIELDS[f]),
        sort: WINDOW_SORT[q.sort],
        // page/hitsPerPage (not offset/limit) makes totalHits and facet counts exhaustive.
        page: 1,
        hitsPerPage: window,
        showRankingScore: true,
        attributesToRetrieve: ['id', 'ratingAvg', 'ratingCount', 'downloads', 'createdAt'],
      }),
    );
    const candidates = res.hits.map((h) => ({ doc: h as RankingFields, textScore: h._rankingScore ?? 0 }));
    const hits = rankCandidates(candidates, { stats: await this.catalogueStats(), sort: q.sort, hasText, offset: q.offset, limit: q.limit });
    const facets: SearchResult['facets'] = {};
    for (const f of q.facets as SearchFacet[]) facets[f] = { ...(res.facetDistribution?.[FACET_FIELDS[f]] ?? {}) };
    return { hits, total: res.totalHits, facets, tookMs: performance.now() - started };
  }

  /** Rating mean and max downloads over the whole catalogue, read in pages of ranking fields only and cached. */
  private async catalogueStats(): Promise<CatalogueStats> {
    const ttl = this.o.statsTtlMs ?? 60_000;
    if (this.stats && Date.now() - this.stats.at < ttl) return this.stats.value;
    const rows: RankingFields[] = [];
    for (let offset = 0; ; offset += STATS_PAGE) {
      const page = await unavailable(() => this.index.getDocuments({ fields: ['id', 'ratingAvg', 'ratingCount', 'downloads', 'createdAt'], limit: STATS_PAGE, offset }));
      rows.push(...(page.results as RankingFields[]));
      if (page.results.length < STATS_PAGE) break;
    }
    this.stats = { value: catalogueStats(rows), at: Date.now() };
    return this.stats.value;
  }

  private async run(task: EnqueuedTaskPromise): Promise<void> {
    const done = await unavailable(() => task.waitTask({ timeout: this.o.taskTimeoutMs ?? 30_000 }));
    if (done.status !== 'succeeded') throw new DomainError(ErrorCode.UNAVAILABLE, `Meilisearch task ${done.type} ${done.status}: ${done.error?.message ?? 'no detail'}`);
  }
}

/** Network and server failures become one domain error; the original stays as the cause for the logs. */
async function unavailable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError(ErrorCode.UNAVAILABLE, `Meilisearch: ${(e as Error).message}`, { cause: e });
  }
}
