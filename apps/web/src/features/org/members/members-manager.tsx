'use client';
// The members page's client side: invite, the link to share, members and invitations.
import { useState } from 'react';
import { Card } from '@nexus/ui/card';
import type { InvitationFieldsFragment, MemberFieldsFragment } from '../../../gql/graphql';
import { InviteForm, type SentInvitation } from './invite-form';
import { InviteLink } from './invite-link';
import { InvitationsTable } from './invitations-table';
import { MembersTable } from './members-table';

export interface MembersManagerProps {
  token: string;
  currentUserId: string;
  members: readonly MemberFieldsFragment[];
  membersTotal: number;
  invitations: readonly InvitationFieldsFragment[];
  roleNames: readonly string[];
  permissions: readonly string[];
}

export function MembersManager({ token, currentUserId, members, membersTotal, invitations, roleNames, permissions }: MembersManagerProps) {
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const canInvite = permissions.includes('members:invite');
  const canManage = permissions.includes('members:manage');
  return (
    <div className="stack">
      {canInvite && (
        <Card title="Invite someone" description="They join with the role you pick once they accept.">
          <div className="stack">
            <InviteForm token={token} roleNames={roleNames} onSent={setSent} />
            {sent?.url && <InviteLink email={sent.email} url={sent.url} onDismiss={() => setSent(null)} />}
          </div>
        </Card>
      )}
      <Card
        title="Members"
        description={`${membersTotal} ${membersTotal === 1 ? 'person' : 'people'}${members.length < membersTotal ? `, the first ${members.length} shown` : ''}.${canManage ? '' : ' Only members with members:manage can change roles.'}`}
      >
        <MembersTable token={token} members={members} roleNames={roleNames} currentUserId={currentUserId} canManage={canManage} />
      </Card>
      <Card title="Invitations" description="Pending links expire; resending gives a fresh link and expiry.">
        <InvitationsTable token={token} invitations={invitations} canInvite={canInvite} onResent={setSent} />
      </Card>
    </div>
  );
}
