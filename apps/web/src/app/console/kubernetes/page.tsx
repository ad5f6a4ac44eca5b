// Kubernetes console: the organisation's namespace isolation and its manifests.
import type { Metadata } from 'next';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { KubernetesIsolationDocument } from '../../../features/org/kubernetes/kubernetes-documents';
import { IsolationPanel } from '../../../features/org/kubernetes/isolation-panel';
import { request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Kubernetes' };

const SPEC = { path: '/console/kubernetes', title: 'Kubernetes isolation', permission: 'quotas:manage' };

export default async function KubernetesPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization } = page.value;
  const data = await loadConsoleData(SPEC, () => request(KubernetesIsolationDocument, {}, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Kubernetes</h1>
          <p className="page-subtitle">Where the workloads of <strong data-testid="console-org">{organization.tenant.name}</strong> run, fenced off from every other organisation.</p>
        </div>
      </div>
      <IsolationPanel key={organization.tenant.id} token={token} initial={data.value.kubernetesIsolation} />
    </>
  );
}
