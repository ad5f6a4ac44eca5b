// Validates a SearchQuery once, at the port's edge, so both adapters see the same normalised shape.
import { z } from 'zod';
import { DomainError, ErrorCode } from '../errors';
import { SEARCH_FACETS, SEARCH_SORTS, type SearchQuery } from '../ports/search-index';

export const MAX_QUERY_TEXT = 200;
export const MAX_LIMIT = 100;

const values = z.array(z.string().min(1).max(200)).max(50).optional();

const ZSearchQuery = z.object({
  text: z.string().max(MAX_QUERY_TEXT, `at most ${MAX_QUERY_TEXT} characters`).optional(),
  filters: z
    .object({
      capability: values,
      tag: values,
      protocol: values,
      license: values,
      publisher: values,
      minRating: z.number().min(0, 'between 0 and 5').max(5, 'between 0 and 5').optional(),
      verified: z.boolean().optional(),
    })
    .optional(),
  sort: z.enum(SEARCH_SORTS, `one of ${SEARCH_SORTS.join(', ')}`).default('relevance'),
  limit: z.number().int().min(1, `between 1 and ${MAX_LIMIT}`).max(MAX_LIMIT, `between 1 and ${MAX_LIMIT}`).default(20),
  offset: z.number().int().min(0, 'must not be negative').default(0),
  facets: z.array(z.enum(SEARCH_FACETS)).optional(),
});

export type TParsedSearchQuery = z.infer<typeof ZSearchQuery> & { text: string; filters: NonNullable<SearchQuery['filters']>; facets: NonNullable<SearchQuery['facets']> };

/** Defaults filled in, text trimmed; throws DomainError naming the first offending field. */
export function parseSearchQuery(query: SearchQuery): TParsedSearchQuery {
  const result = ZSearchQuery.safeParse(query);
  if (!result.success) {
    const problems = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'query', message: i.message }));
    const first = problems[0]!;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: first.field, problems });
  }
  const q = result.data;
  return { ...q, text: (q.text ?? '').trim(), filters: q.filters ?? {}, facets: [...new Set(q.facets ?? [])] };
}
