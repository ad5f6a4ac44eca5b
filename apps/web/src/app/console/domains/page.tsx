// Custom domains console: DNS verification and certificates per hostname.
import type { Metadata } from 'next';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { DomainsDocument } from '../../../features/org/domains/domains-documents';
import { DomainsManager } from '../../../features/org/domains/domains-manager';
import { request } from '../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Domains' };

const SPEC = { path: '/console/domains', title: 'Domains', permission: 'domains:manage' };

export default async function DomainsPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization } = page.value;
  const data = await loadConsoleData(SPEC, () => request(DomainsDocument, {}, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Domains</h1>
          <p className="page-subtitle">Custom hostnames of <strong data-testid="console-org">{organization.tenant.name}</strong>.</p>
        </div>
      </div>
      <DomainsManager key={organization.tenant.id} token={token} initial={data.value.domains} />
    </>
  );
}
