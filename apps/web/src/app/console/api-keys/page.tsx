// API keys console: needs a signed-in user acting for an organisation.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClassName } from '@nexus/ui/button';
import { ActivityPanel } from '../../../features/api-keys/activity-panel';
import { ApiKeysDocument } from '../../../features/api-keys/api-key-documents';
import { ApiKeysManager } from '../../../features/api-keys/api-keys-manager';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { GraphQLRequestError, request } from '../../../lib/graphql-client';
import { getSession } from '../../../lib/session-server';

export const metadata: Metadata = { title: 'API keys' };

const SIGN_IN = '/signin?next=/console/api-keys';
const retry = <Link href="/console/api-keys" className={buttonClassName('secondary')}>Try again</Link>;

export default async function ApiKeysPage() {
  const session = await getSession();
  if (session.status === 'anonymous') redirect(SIGN_IN);
  if (session.status === 'error') return <RequestErrorState error={session.error} action={retry} />;
  if (!session.viewer.tenant) redirect('/orgs/new');

  let keys;
  try {
    keys = await request(ApiKeysDocument, { first: 100 }, { token: session.token });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === 'UNAUTHENTICATED') redirect(SIGN_IN);
    return <RequestErrorState error={error} action={retry} />;
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">API keys</h1>
          <p className="page-subtitle">
            Programmatic access for <strong data-testid="console-org">{session.viewer.tenant.name}</strong>{' '}
            <span className="mono muted">@{session.viewer.tenant.slug}</span>
          </p>
        </div>
      </div>
      <ApiKeysManager
        token={session.token}
        initialKeys={keys.apiKeys.edges.map((edge) => edge.node)}
        activity={<ActivityPanel token={session.token} />}
      />
    </>
  );
}
