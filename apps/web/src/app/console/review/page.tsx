// Review queue for platform admins: pending versions with their pipeline reports.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { ReviewQueueDocument } from '../../../features/review/review-documents';
import { ReviewQueue } from '../../../features/review/review-queue';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { requireConsoleSession } from '../../../lib/console-session';
import { GraphQLRequestError, request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Review queue' };

const PATH = '/console/review';
const retry = <Link href={PATH} className={buttonClassName('secondary')}>Try again</Link>;

export default async function ReviewPage() {
  const session = await requireConsoleSession(PATH);
  if (session.status === 'error') return <RequestErrorState error={session.error} action={retry} />;

  let data;
  try {
    data = await request(ReviewQueueDocument, { first: 20 }, { token: session.token });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === 'UNAUTHENTICATED') redirect(`/signin?next=${PATH}`);
    if (error.code === 'FORBIDDEN') {
      return (
        <EmptyState
          icon="⚿"
          title="Only platform admins can review"
          description="Versions are approved by members of the platform's admin organisation. Your versions wait here until one of them decides."
          action={<Link href="/console/agents" className={buttonClassName('secondary')}>Back to my agents</Link>}
          data-testid="review-forbidden"
        />
      );
    }
    return <RequestErrorState error={error} action={retry} />;
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Review queue</h1>
          <p className="page-subtitle" data-testid="review-count">
            {data.reviewQueue.totalCount} {data.reviewQueue.totalCount === 1 ? 'version waits' : 'versions wait'} for a decision, oldest first.
          </p>
        </div>
      </div>
      <ReviewQueue token={session.token} initial={data.reviewQueue.edges.map((edge) => edge.node)} />
    </>
  );
}
