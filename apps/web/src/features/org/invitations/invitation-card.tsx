// What an invitation link offers and what to do next: accept, sign in or sign up first, or why it no longer works.
import Link from 'next/link';
import { Banner } from '@nexus/ui/banner';
import { buttonClassName } from '@nexus/ui/button';
import type { InvitationByTokenQuery } from '../../../gql/graphql';
import type { Session } from '../../../lib/session-server';
import { formatDateTime, roleLabel } from '../../console/format';
import { AcceptInvitation } from './accept-invitation';
import styles from './invitation.module.css';

type Preview = NonNullable<InvitationByTokenQuery['invitationByToken']>;

const CLOSED: Record<Exclude<Preview['status'], 'PENDING'>, string> = {
  ACCEPTED: 'This invitation has already been accepted.',
  REVOKED: 'This invitation was withdrawn by the organisation.',
  EXPIRED: 'This invitation has expired. Ask the person who invited you to send it again.',
};

export function InvitationCard({ preview, token, session }: { preview: Preview; token: string; session: Session }) {
  const here = `/invitations/${encodeURIComponent(token)}`;
  const signedInAs = session.status === 'signed-in' ? session.viewer.user.email : null;
  return (
    <div className={styles.card} data-testid="invitation-card" data-status={preview.status}>
      <span className={styles.logo} aria-hidden="true">◆</span>
      <h1 className={styles.title}>Join <span data-testid="invitation-org">{preview.tenantName}</span></h1>
      <p className={styles.subtitle}>You have been invited to the organisation <span className="mono">@{preview.tenantSlug}</span> on Nexus Forge.</p>
      <dl className={styles.facts}>
        <dt>Invited email</dt>
        <dd data-testid="invitation-email">{preview.email}</dd>
        <dt>Role</dt>
        <dd data-testid="invitation-role">{roleLabel(preview.role)}</dd>
        <dt>Link expires</dt>
        <dd>{formatDateTime(preview.expiresAt)}</dd>
      </dl>
      {preview.status !== 'PENDING' ? (
        <Banner tone="warning" data-testid="invitation-closed">{CLOSED[preview.status]}</Banner>
      ) : session.status === 'signed-in' ? (
        <>
          {signedInAs?.toLowerCase() !== preview.email.toLowerCase() && (
            <Banner tone="warning" data-testid="invitation-email-mismatch">
              You are signed in as {signedInAs}. The invitation is for {preview.email}: sign in with that address to accept it.
            </Banner>
          )}
          <AcceptInvitation sessionToken={session.token} invitationToken={token} tenantName={preview.tenantName} />
        </>
      ) : (
        <div className={styles.actions}>
          <p className={styles.hint}>Sign in as <strong>{preview.email}</strong>, or create an account with that address, then come back here to accept.</p>
          <Link href={`/signup?next=${encodeURIComponent(here)}`} className={buttonClassName('primary', 'md', styles.wide)} data-testid="invitation-signup">Create an account</Link>
          <Link href={`/signin?next=${encodeURIComponent(here)}`} className={buttonClassName('secondary', 'md', styles.wide)} data-testid="invitation-signin">I already have an account</Link>
        </div>
      )}
    </div>
  );
}
