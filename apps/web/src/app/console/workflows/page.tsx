// Workflows console: the organisation's workflows, with create and delete.
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { WORKFLOWS_PAGE, WorkflowsDocument } from '../../../features/workflows/workflow-documents';
import { WorkflowsList } from '../../../features/workflows/workflows-list';
import { request } from '../../../lib/graphql-client';
import styles from '../../../features/workflows/workflows.module.css';

export const metadata: Metadata = { title: 'Workflows' };

const SPEC = { path: '/console/workflows', title: 'Workflows', permission: 'workflows:read' };

export default async function WorkflowsPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const data = await loadConsoleData(SPEC, () => request(WorkflowsDocument, { first: WORKFLOWS_PAGE }, { token }));
  if (!data.ok) return data.element;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Workflows</h1>
          <p className="page-subtitle">Automations of <strong data-testid="console-org">{organization.tenant.name}</strong>: triggers, steps and branches on a canvas.</p>
        </div>
        <span className={styles.headerActions}>
          <Link href="/console/workflows/runs" className={buttonClassName('secondary', 'sm')} data-testid="workflows-runs-link">All runs</Link>
          <Link href="/console/workflows/settings" className={buttonClassName('secondary', 'sm')} data-testid="workflows-settings-link">Secrets &amp; hosts</Link>
        </span>
      </div>
      <WorkflowsList key={organization.tenant.id} token={token} initial={data.value.workflows.nodes} initialCursor={data.value.workflows.nextCursor ?? null} canWrite={permissions.includes('workflows:write')} />
    </>
  );
}
