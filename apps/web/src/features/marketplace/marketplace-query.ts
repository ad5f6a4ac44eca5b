// The marketplace's URL state (`?q=&tag=&capability=…&sort=&after=`) and its mapping to `searchAgents` input.
import type { AgentSort, SearchAgentsInput } from '../../gql/graphql';

export const PAGE_SIZE = 24;

export const FACET_FIELDS = ['capability', 'tag', 'protocol', 'license', 'publisher'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const FACET_LABELS: Record<FacetField, string> = {
  capability: 'Capabilities',
  tag: 'Tags',
  protocol: 'Protocols',
  license: 'Licences',
  publisher: 'Publishers',
};

export const SORTS = [
  { key: 'relevance', label: 'Relevance', api: 'RELEVANCE' },
  { key: 'rating', label: 'Rating', api: 'RATING' },
  { key: 'usage', label: 'Most used', api: 'USAGE' },
  { key: 'newest', label: 'Newest', api: 'NEWEST' },
] as const satisfies readonly { key: string; label: string; api: AgentSort }[];

export type SortKey = (typeof SORTS)[number]['key'];

export const MIN_RATINGS = [4.5, 4, 3] as const;

export interface MarketplaceQuery {
  q: string;
  filters: Record<FacetField, string[]>;
  minRating: number | null;
  verified: boolean;
  sort: SortKey;
  after: string | null;
}

type Getter = (key: string) => string[];

export function emptyFilters(): Record<FacetField, string[]> {
  return { capability: [], tag: [], protocol: [], license: [], publisher: [] };
}

function parse(getAll: Getter): MarketplaceQuery {
  const one = (key: string) => getAll(key)[0]?.trim() ?? '';
  const filters = emptyFilters();
  for (const field of FACET_FIELDS) filters[field] = [...new Set(getAll(field).map((value) => value.trim()).filter(Boolean))];
  const rating = Number(one('minRating'));
  const sort = SORTS.find((option) => option.key === one('sort'))?.key ?? 'relevance';
  return {
    q: one('q'),
    filters,
    minRating: one('minRating') && Number.isFinite(rating) && rating > 0 && rating <= 5 ? rating : null,
    verified: one('verified') === 'true',
    sort,
    after: one('after') || null,
  };
}

export function queryFromSearchParams(params: URLSearchParams): MarketplaceQuery {
  return parse((key) => params.getAll(key));
}

/** Next's `searchParams` prop: repeated keys arrive as arrays. */
export function queryFromRecord(record: Record<string, string | string[] | undefined>): MarketplaceQuery {
  return parse((key) => {
    const value = record[key];
    return value == null ? [] : Array.isArray(value) ? value : [value];
  });
}

/** `?…` with only non-default values, so shared links stay short; empty string for the default view. */
export function toSearchString(query: MarketplaceQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const field of FACET_FIELDS) for (const value of query.filters[field]) params.append(field, value);
  if (query.minRating != null) params.set('minRating', String(query.minRating));
  if (query.verified) params.set('verified', 'true');
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function toSearchInput(query: MarketplaceQuery, first = PAGE_SIZE): SearchAgentsInput {
  const filters: NonNullable<SearchAgentsInput['filters']> = {};
  for (const field of FACET_FIELDS) if (query.filters[field].length) filters[field] = query.filters[field];
  if (query.minRating != null) filters.minRating = query.minRating;
  if (query.verified) filters.verified = true;
  return {
    text: query.q || null,
    filters,
    sort: SORTS.find((option) => option.key === query.sort)?.api ?? 'RELEVANCE',
    first,
    after: query.after,
  };
}

export function activeFilterCount(query: MarketplaceQuery): number {
  return FACET_FIELDS.reduce((sum, field) => sum + query.filters[field].length, 0) + (query.minRating != null ? 1 : 0) + (query.verified ? 1 : 0);
}
