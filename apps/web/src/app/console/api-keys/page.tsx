// API keys console: needs a signed-in user acting for an organisation, with `keys:read`.
import type { Metadata } from 'next';
import { ActivityPanel } from '../../../features/api-keys/activity-panel';
import { ApiKeysDocument } from '../../../features/api-keys/api-key-documents';
import { ApiKeysManager } from '../../../features/api-keys/api-keys-manager';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'API keys' };

const SPEC = { path: '/console/api-keys', title: 'API keys', permission: 'keys:read' };

export default async function ApiKeysPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const data = await loadConsoleData(SPEC, () => request(ApiKeysDocument, { first: 100 }, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">API keys</h1>
          <p className="page-subtitle">
            Programmatic access for <strong data-testid="console-org">{organization.tenant.name}</strong>{' '}
            <span className="mono muted">@{organization.tenant.slug}</span>
          </p>
        </div>
      </div>
      <ApiKeysManager
        // A switch of organisation starts from that organisation's keys.
        key={organization.tenant.id}
        token={token}
        initialKeys={data.value.apiKeys.edges.map((edge) => edge.node)}
        catalogue={data.value.permissionCatalogue}
        permissions={permissions}
        activity={<ActivityPanel token={token} />}
      />
    </>
  );
}
