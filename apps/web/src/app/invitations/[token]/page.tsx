// Public page behind an invitation link: shows the offer, then accepts it for the signed-in user.
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { InvitationByTokenDocument } from '../../../features/org/invitations/invitation-documents';
import { InvitationCard } from '../../../features/org/invitations/invitation-card';
import { RequestErrorState } from '../../../features/shell/request-error-state';
import { GraphQLRequestError, request } from '../../../lib/graphql-client';
import { getSession } from '../../../lib/session-server';

export const metadata: Metadata = { title: 'Invitation' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const retry = <Link href={`/invitations/${encodeURIComponent(token)}`} className={buttonClassName('secondary')}>Try again</Link>;
  let preview;
  try {
    ({ invitationByToken: preview } = await request(InvitationByTokenDocument, { token }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return <RequestErrorState error={error} action={retry} />;
  }
  if (!preview) {
    return (
      <EmptyState
        icon="?"
        title="Invitation not found"
        description="The link may be mistyped, or a newer invitation replaced it. Ask the person who invited you for a fresh link."
        action={<Link href="/marketplace" className={buttonClassName('secondary')}>Go to the marketplace</Link>}
        data-testid="invitation-not-found"
      />
    );
  }
  return <InvitationCard preview={preview} token={token} session={await getSession()} />;
}
