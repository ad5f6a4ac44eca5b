// A publisher's public profile: its organisation and the agents it publishes, most used first.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AgentCard } from '@nexus/ui/agent-card';
import { Badge } from '@nexus/ui/badge';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { PublisherDocument } from '../../../features/marketplace/marketplace-documents';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { agentHref } from '../../../lib/agent-paths';
import { formatCompact, formatDate } from '../../../lib/format';
import { GraphQLRequestError, request } from '../../../lib/graphql-client';
import { getToken } from '../../../lib/session-server';
import styles from '../../../features/marketplace/marketplace.module.css';

type Params = Promise<{ scope: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `@${decodeURIComponent((await params).scope)}` };
}

export default async function PublisherPage({ params }: { params: Params }) {
  const scope = decodeURIComponent((await params).scope);
  let data;
  try {
    data = await request(
      PublisherDocument,
      { slug: scope, input: { filters: { publisher: [scope] }, sort: 'USAGE', first: 60 } },
      { token: await getToken() },
    );
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return <RequestErrorState error={error} action={<Link href={`/publishers/${encodeURIComponent(scope)}`} className={buttonClassName('secondary')}>Try again</Link>} />;
  }
  if (!data.tenant) notFound();

  const { tenant } = data;
  const agents = data.searchAgents.agents.edges.map((edge) => edge.node);
  const verified = agents.some((agent) => agent.verified);
  const downloads = agents.reduce((sum, agent) => sum + agent.downloads, 0);
  return (
    <>
      <header className={styles.publisherHead}>
        <span className={styles.publisherAvatar} aria-hidden="true">{tenant.name.charAt(0).toUpperCase()}</span>
        <div>
          <h1 className="page-title" data-testid="publisher-name">{tenant.name}</h1>
          <div className={styles.publisherMeta}>
            <span className="mono">@{tenant.slug}</span>
            {verified && <Badge tone="success" data-testid="publisher-verified">✓ Verified publisher</Badge>}
            <span>· {data.searchAgents.agents.totalCount} public {data.searchAgents.agents.totalCount === 1 ? 'agent' : 'agents'}</span>
            <span>· {formatCompact(downloads)} downloads</span>
            <span>· since {formatDate(tenant.createdAt)}</span>
          </div>
        </div>
      </header>
      {agents.length === 0 ? (
        <EmptyState title="No public agents yet" description={`@${tenant.slug} has not published any public agents.`} data-testid="agents-empty" />
      ) : (
        <ul className={styles.grid} data-testid="agent-list">
          {agents.map((agent) => <li key={agent.id}><AgentCard agent={agent} href={agentHref(agent.name)} /></li>)}
        </ul>
      )}
    </>
  );
}
