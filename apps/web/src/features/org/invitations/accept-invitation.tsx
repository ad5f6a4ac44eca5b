'use client';
// Joins the organisation: the new token acts for it, so the console opens there.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { request } from '../../../lib/graphql-client';
import { saveToken } from '../../../lib/session-client';
import { describeRequestError } from '../../../lib/user-errors';
import { errorText } from '../../console/payload-errors';
import { AcceptInvitationDocument } from './invitation-documents';
import styles from './invitation.module.css';

export function AcceptInvitation({ sessionToken, invitationToken, tenantName }: { sessionToken: string; invitationToken: string; tenantName: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    setPending(true);
    setError(null);
    try {
      const { acceptInvitation } = await request(AcceptInvitationDocument, { token: invitationToken }, { token: sessionToken });
      const failure = errorText(acceptInvitation.errors);
      if (failure || !acceptInvitation.token) {
        setError(failure ?? 'The invitation was accepted but no session was returned.');
        setPending(false);
        return;
      }
      saveToken(acceptInvitation.token);
      router.push('/console');
      router.refresh();
    } catch (cause) {
      setError(describeRequestError(cause));
      setPending(false);
    }
  }

  return (
    <div className={styles.actions}>
      {error && <Banner tone="error" data-testid="accept-error">{error}</Banner>}
      <Button className={styles.wide} onClick={() => void accept()} loading={pending} data-testid="accept-invitation">
        Join {tenantName}
      </Button>
    </div>
  );
}
