// Public agent listing, rendered on the server from `agents(first, after, query)`.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AgentCard } from '@nexus/ui/agent-card';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { GraphQLRequestError, request } from '../../lib/graphql-client';
import { getToken } from '../../lib/session-server';
import { MarketplaceAgentsDocument } from '../../features/marketplace/marketplace-documents';
import { MarketplaceHero } from '../../features/marketplace/marketplace-hero';
import { Pagination } from '../../features/marketplace/pagination';
import { RequestErrorState } from '../../features/shell/request-error-state';
import styles from '../../features/marketplace/marketplace.module.css';

export const metadata: Metadata = { title: 'Marketplace' };

const PAGE_SIZE = 24;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export default async function MarketplacePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = single(params.q);
  const after = single(params.after) || null;

  let result;
  try {
    // Signed-in callers also see their organisation's private agents.
    const token = await getToken();
    result = await request(MarketplaceAgentsDocument, { first: PAGE_SIZE, after, query: query || null }, { token });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return (
      <>
        <MarketplaceHero query={query} />
        <RequestErrorState error={error} action={<Link href="/marketplace" className={buttonClassName('secondary')}>Try again</Link>} />
      </>
    );
  }

  const { edges, pageInfo, totalCount } = result.agents;
  return (
    <>
      <MarketplaceHero query={query} />
      <div className={styles.toolbar}>
        <span data-testid="agents-count">
          {query ? <>Results for <strong>“{query}”</strong>: </> : null}
          <strong>{totalCount.toLocaleString('en')}</strong> {totalCount === 1 ? 'agent' : 'agents'}
        </span>
        {query && <Link href="/marketplace">Clear search</Link>}
      </div>
      {edges.length === 0 ? (
        <EmptyState
          icon="⌕"
          title={query ? `No agents match “${query}”` : 'No agents published yet'}
          description={query ? 'Try a different word, a tag, or a publisher scope like @acme.' : 'Agents that organisations publish will appear here.'}
          action={query ? <Link href="/marketplace" className={buttonClassName('secondary')}>Show all agents</Link> : undefined}
          data-testid="agents-empty"
        />
      ) : (
        <ul className={styles.grid} data-testid="agent-list">
          {edges.map(({ node }) => <li key={node.id}><AgentCard agent={node} /></li>)}
        </ul>
      )}
      <Pagination query={query} after={after} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
    </>
  );
}
