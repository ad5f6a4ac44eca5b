// Roles console: built-in and custom roles, and the permissions each grants.
import type { Metadata } from 'next';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { RolesPageDocument } from '../../../features/org/roles/roles-documents';
import { RolesManager } from '../../../features/org/roles/roles-manager';
import { request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Roles' };

const SPEC = { path: '/console/roles', title: 'Roles', permission: 'members:read' };

export default async function RolesPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const data = await loadConsoleData(SPEC, () => request(RolesPageDocument, {}, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Roles</h1>
          <p className="page-subtitle">What each role may do in <strong data-testid="console-org">{organization.tenant.name}</strong>.</p>
        </div>
      </div>
      <RolesManager key={organization.tenant.id} token={token} roles={data.value.roles} catalogue={data.value.permissionCatalogue} canManage={permissions.includes('roles:manage')} />
    </>
  );
}
