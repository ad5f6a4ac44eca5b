// Marketplace home: the first search result is rendered on the server from the URL, so links are shareable.
import type { Metadata } from 'next';
import { GraphQLRequestError, request } from '../../lib/graphql-client';
import { getToken } from '../../lib/session-server';
import { describeRequestError } from '../../lib/user-errors';
import { SearchAgentsDocument } from '../../features/marketplace/marketplace-documents';
import { MarketplaceExplorer, type SearchResult } from '../../features/marketplace/marketplace-explorer';
import { queryFromRecord, toSearchInput } from '../../features/marketplace/marketplace-query';

export const metadata: Metadata = { title: 'Marketplace' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MarketplacePage({ searchParams }: { searchParams: SearchParams }) {
  const query = queryFromRecord(await searchParams);
  let result: SearchResult | null = null;
  let error: string | null = null;
  try {
    // Signed-in callers also see their organisation's private agents.
    const token = await getToken();
    result = (await request(SearchAgentsDocument, { input: toSearchInput(query) }, { token })).searchAgents;
  } catch (cause) {
    if (!(cause instanceof GraphQLRequestError)) throw cause;
    error = describeRequestError(cause);
  }
  // Keyed by the URL so a client navigation to other search params starts from the server's result.
  return <MarketplaceExplorer key={JSON.stringify(query)} initialQuery={query} initialResult={result} initialError={error} />;
}
