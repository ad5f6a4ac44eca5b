// Members console: who belongs to the organisation, their roles, and invitations.
import type { Metadata } from 'next';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { MembersPageDocument } from '../../../features/org/members/members-documents';
import { MembersManager } from '../../../features/org/members/members-manager';
import { request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Members' };

const SPEC = { path: '/console/members', title: 'Members', permission: 'members:read' };

export default async function MembersPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, session, organization, permissions } = page.value;
  const data = await loadConsoleData(SPEC, () => request(MembersPageDocument, { first: 100 }, { token }));
  if (!data.ok) return data.element;
  const { members, invitations, roles } = data.value;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Members</h1>
          <p className="page-subtitle">
            People in <strong data-testid="console-org">{organization.tenant.name}</strong>: {organization.seatsUsed} {organization.seatsUsed === 1 ? 'seat' : 'seats'} used on the {organization.plan.name} plan, pending invitations included.
          </p>
        </div>
      </div>
      <MembersManager
        // Local edits belong to one organisation; a switch starts afresh.
        key={organization.tenant.id}
        token={token}
        currentUserId={session.viewer.user.id}
        members={members.edges.map((edge) => edge.node)}
        membersTotal={members.totalCount}
        invitations={invitations.edges.map((edge) => edge.node)}
        roleNames={roles.map((role) => role.name)}
        permissions={permissions}
      />
    </>
  );
}
