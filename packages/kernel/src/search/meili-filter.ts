// Turns SearchFilters into Meilisearch filter expressions with every value quoted, so no value can inject syntax.
import type { SearchFacet, SearchFilters } from '../ports/search-index';
import { FACET_FIELDS } from './agent-filters';

/** Meilisearch string literal: backslashes and double quotes escaped inside double quotes. */
export const quoteMeiliValue = (v: string): string => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** One expression per active filter; Meilisearch ANDs the entries of a filter array. */
export function toMeiliFilter(f: SearchFilters): string[] {
  const out: string[] = [];
  for (const [facet, field] of Object.entries(FACET_FIELDS) as [SearchFacet, string][]) {
    const values = f[facet];
    // IN on an array attribute matches when any element is listed: the same "any of" as the embedded adapter.
    if (values?.length) out.push(`${field} IN [${values.map(quoteMeiliValue).join(', ')}]`);
  }
  if (f.minRating !== undefined) out.push(`ratingAvg >= ${Number(f.minRating)}`);
  if (f.verified !== undefined) out.push(`verified = ${f.verified ? 'true' : 'false'}`);
  return out;
}
