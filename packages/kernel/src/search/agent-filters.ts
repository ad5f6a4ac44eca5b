// Filter and facet semantics over AgentSearchDoc fields, shared by the embedded adapter and the Meilisearch mapping.
import type { AgentSearchDoc, SearchFacet, SearchFilters } from '../ports/search-index';

/** The document field behind each facet (and behind the list filter of the same name). */
export const FACET_FIELDS = {
  capability: 'capabilities',
  tag: 'tags',
  protocol: 'protocol',
  license: 'license',
  publisher: 'publisher',
} as const satisfies Record<SearchFacet, keyof AgentSearchDoc>;

const LIST_FILTERS = Object.keys(FACET_FIELDS) as SearchFacet[];

const fieldValues = (doc: AgentSearchDoc, facet: SearchFacet): readonly string[] => {
  const v = doc[FACET_FIELDS[facet]];
  return typeof v === 'string' ? [v] : v;
};

/** Any of the values within one filter, all filters together; an empty value list filters nothing. */
export function matchesFilters(doc: AgentSearchDoc, f: SearchFilters): boolean {
  for (const facet of LIST_FILTERS) {
    const wanted = f[facet];
    if (!wanted?.length) continue;
    if (!fieldValues(doc, facet).some((v) => wanted.includes(v))) return false;
  }
  if (f.minRating !== undefined && (doc.ratingAvg === null || doc.ratingAvg < f.minRating)) return false;
  if (f.verified !== undefined && doc.verified !== f.verified) return false;
  return true;
}

export const hasFilters = (f: SearchFilters): boolean =>
  LIST_FILTERS.some((k) => (f[k]?.length ?? 0) > 0) || f.minRating !== undefined || f.verified !== undefined;

export function countFacets(docs: Iterable<AgentSearchDoc>, facets: readonly SearchFacet[]): Partial<Record<SearchFacet, Record<string, number>>> {
  const out: Partial<Record<SearchFacet, Record<string, number>>> = {};
  if (!facets.length) return out;
  for (const facet of facets) out[facet] = {};
  for (const doc of docs) {
    for (const facet of facets) {
      const counts = out[facet]!;
      // A doc listing a tag twice still counts once.
      for (const v of new Set(fieldValues(doc, facet))) counts[v] = (counts[v] ?? 0) + 1;
    }
  }
  return out;
}
