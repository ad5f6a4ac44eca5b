// Publish a new agent or version for the current organisation.
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { PublishForm } from '../../../features/publish/publish-form';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { requireConsoleSession } from '../../../lib/console-session';

export const metadata: Metadata = { title: 'Publish' };

export default async function PublishPage() {
  const session = await requireConsoleSession('/console/publish');
  if (session.status === 'error') return <RequestErrorState error={session.error} action={<Link href="/console/publish" className={buttonClassName('secondary')}>Try again</Link>} />;
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Publish an agent</h1>
          <p className="page-subtitle">
            Upload a package whose name is under <span className="mono">@{session.viewer.tenant.slug}/</span>; it is checked, benchmarked and queued for review.
          </p>
        </div>
      </div>
      <PublishForm token={session.token} />
    </>
  );
}
