// Workflow settings of the organisation: secrets for node config and the hosts HTTP request nodes may call.
import type { Metadata } from 'next';
import Link from 'next/link';
import { loadConsoleData, openConsolePage } from '../../../../features/console/console-page';
import { SecretsManager } from '../../../../features/workflows/secrets-manager';
import { WorkflowSecretsSettingsDocument } from '../../../../features/workflows/workflow-documents';
import { request } from '../../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Workflow settings' };

const SPEC = { path: '/console/workflows/settings', title: 'Workflow settings', permission: 'workflows:read' };

export default async function WorkflowSettingsPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const data = await loadConsoleData(SPEC, () => request(WorkflowSecretsSettingsDocument, {}, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-subtitle"><Link href="/console/workflows">Workflows</Link> /</p>
          <h1 className="page-title">Secrets &amp; hosts</h1>
        </div>
      </div>
      <SecretsManager
        key={organization.tenant.id}
        token={token}
        secrets={data.value.tenantSecrets}
        allowedHosts={data.value.workflowSettings.allowedHosts}
        canWrite={permissions.includes('workflows:write')}
      />
    </>
  );
}
