'use client';
// Invitations with where they stand; pending ones can be sent again (fresh link and expiry) or withdrawn.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge, type BadgeTone } from '@nexus/ui/badge';
import { Button } from '@nexus/ui/button';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import type { InvitationFieldsFragment, InvitationStatus } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { formatDateTime, roleLabel } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import type { SentInvitation } from './invite-form';
import { ResendInvitationDocument, RevokeInvitationDocument } from './members-documents';
import styles from '../org.module.css';

const TONE: Record<InvitationStatus, BadgeTone> = { PENDING: 'warning', ACCEPTED: 'success', REVOKED: 'neutral', EXPIRED: 'danger' };

export interface InvitationsTableProps {
  token: string;
  invitations: readonly InvitationFieldsFragment[];
  canInvite: boolean;
  onResent: (sent: SentInvitation) => void;
}

export function InvitationsTable({ token, invitations, canInvite, onResent }: InvitationsTableProps) {
  const router = useRouter();
  const [updated, setUpdated] = useState<Record<string, InvitationFieldsFragment>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);

  async function resend(invitation: InvitationFieldsFragment) {
    setPending(invitation.id);
    setErrors((current) => ({ ...current, [invitation.id]: null }));
    try {
      const { resendInvitation } = await request(ResendInvitationDocument, { id: invitation.id }, { token });
      const failure = errorText(resendInvitation.errors);
      if (failure) return setErrors((current) => ({ ...current, [invitation.id]: failure }));
      if (resendInvitation.invitation) setUpdated((current) => ({ ...current, [invitation.id]: resendInvitation.invitation! }));
      onResent({ email: invitation.email, url: resendInvitation.inviteUrl ?? null });
      router.refresh();
    } catch (cause) {
      setErrors((current) => ({ ...current, [invitation.id]: describeRequestError(cause) }));
    } finally {
      setPending(null);
    }
  }

  async function revoke(invitation: InvitationFieldsFragment): Promise<string | null> {
    try {
      const { revokeInvitation } = await request(RevokeInvitationDocument, { id: invitation.id }, { token });
      const failure = errorText(revokeInvitation.errors);
      if (failure) return failure;
      setUpdated((current) => ({ ...current, [invitation.id]: revokeInvitation.invitation ?? { ...invitation, status: 'REVOKED' } }));
      setRevoking(null);
      router.refresh();
      return null;
    } catch (cause) {
      return describeRequestError(cause);
    }
  }

  if (invitations.length === 0) return <p className={styles.note} data-testid="invitations-empty">No invitations yet.</p>;
  return (
    <>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="invitations-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Invited by</th>
              <th scope="col">Expires</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((original) => {
              const invitation = updated[original.id] ?? original;
              const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
              return (
                <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email} data-status={invitation.status}>
                  <td>
                    <span className={styles.strong}>{invitation.email}</span>
                    {invitation.deliveryError && <span className={styles.sub}>Email failed: {invitation.deliveryError}</span>}
                    {errors[invitation.id] && <p className={styles.inlineError} role="alert" data-testid="invitation-error">{errors[invitation.id]}</p>}
                  </td>
                  <td>{roleLabel(invitation.role)}</td>
                  <td><Badge tone={TONE[invitation.status]} data-testid="invitation-status">{invitation.status.toLowerCase()}</Badge></td>
                  <td className={styles.date}>{invitation.invitedBy?.name ?? '—'}</td>
                  <td className={styles.date}>{formatDateTime(invitation.expiresAt)}</td>
                  <td className={styles.actions}>
                    {canInvite && open && (
                      <Button variant="secondary" size="sm" loading={pending === invitation.id} onClick={() => void resend(invitation)} data-testid="resend-invitation">Resend</Button>
                    )}
                    {canInvite && invitation.status === 'PENDING' && (
                      <Button variant="danger" size="sm" onClick={() => setRevoking(invitation)} data-testid="revoke-invitation">Revoke</Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve(null))}
        onCancel={() => setRevoking(null)}
        data-testid="revoke-invitation-dialog"
      >
        {revoking && <p>The link sent to <strong>{revoking.email}</strong> stops working at once.</p>}
      </ConfirmDialog>
    </>
  );
}
