// SearchIndex port: keyword + ranked search over the agent catalogue (embedded MiniSearch/LSA, or Meilisearch).

/** What the marketplace indexes for one agent; the source of truth stays in the database. */
export interface AgentSearchDoc {
  id: string;
  /** Package name, `@scope/x`. */
  name: string;
  displayName: string;
  description: string;
  readme?: string;
  tags: string[];
  /** Skill ids or names the agent offers. */
  capabilities: string[];
  protocol: string;
  license: string;
  /** Publisher slug. */
  publisher: string;
  verified: boolean;
  /** Mean star rating on the 1–5 scale, null while nobody has rated. */
  ratingAvg: number | null;
  ratingCount: number;
  downloads: number;
  /** ISO-8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export const SEARCH_FACETS = ['capability', 'tag', 'protocol', 'license', 'publisher'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SEARCH_SORTS = ['relevance', 'rating', 'usage', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Within one filter the values are alternatives (any of); different filters must all hold. */
export interface SearchFilters {
  capability?: string[];
  tag?: string[];
  protocol?: string[];
  license?: string[];
  publisher?: string[];
  /** Compared with the raw average a user sees; unrated agents never pass. */
  minRating?: number;
  verified?: boolean;
}

export interface SearchQuery {
  /** At most 200 characters; empty or absent lists the whole (filtered) catalogue. */
  text?: string;
  filters?: SearchFilters;
  /** Default 'relevance' (the blended score, see search/ranking.ts). */
  sort?: SearchSort;
  /** 1–100, default 20. */
  limit?: number;
  /** ≥ 0, default 0. */
  offset?: number;
  facets?: SearchFacet[];
}

/** Each part is 0–1; `score` = 0.4·relevance + 0.3·rating + 0.3·usage whatever the sort. */
export interface ScoreComponents {
  relevance: number;
  rating: number;
  usage: number;
}

export interface SearchHit {
  id: string;
  score: number;
  components?: ScoreComponents;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every document that matched the text and filters, before offset/limit. */
  total: number;
  /** Only the facets asked for; counts are over the whole filtered result set, not just this page. */
  facets: Partial<Record<SearchFacet, Record<string, number>>>;
  tookMs: number;
}

export interface SearchIndex<TDoc extends { id: string }> {
  /** Inserts or replaces documents by id. */
  upsert(docs: readonly TDoc[]): Promise<void>;
  /** Ids that are not indexed are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  /** Throws DomainError(BAD_USER_INPUT, …, { field }) on an invalid query. */
  search(query: SearchQuery): Promise<SearchResult>;
  clear(): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
}
