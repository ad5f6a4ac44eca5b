// The current organisation's agents, including private ones and versions still in review.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClassName } from '@nexus/ui/button';
import { MyAgentsDocument } from '../../../features/publish/publish-documents';
import { MyAgentsList } from '../../../features/publish/my-agents-list';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { requireConsoleSession } from '../../../lib/console-session';
import { GraphQLRequestError, request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'My agents' };

const PATH = '/console/agents';
const retry = <Link href={PATH} className={buttonClassName('secondary')}>Try again</Link>;

export default async function MyAgentsPage() {
  const session = await requireConsoleSession(PATH);
  if (session.status === 'error') return <RequestErrorState error={session.error} action={retry} />;

  let data;
  try {
    data = await request(MyAgentsDocument, { first: 50 }, { token: session.token });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === 'UNAUTHENTICATED') redirect(`/signin?next=${PATH}`);
    return <RequestErrorState error={error} action={retry} />;
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">My agents</h1>
          <p className="page-subtitle">
            {data.myAgents.totalCount} {data.myAgents.totalCount === 1 ? 'agent' : 'agents'} published by <strong data-testid="console-org">{session.viewer.tenant.name}</strong>{' '}
            <span className="mono muted">@{session.viewer.tenant.slug}</span>
          </p>
        </div>
        <Link href="/console/publish" className={buttonClassName('primary')} data-testid="publish-link">Publish a version</Link>
      </div>
      <MyAgentsList agents={data.myAgents.edges.map((edge) => edge.node)} />
    </>
  );
}
