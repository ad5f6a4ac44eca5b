// Executions: the runs of every workflow of the organisation, newest first, filtered by workflow, status and trigger.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button, buttonClassName } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { SelectField } from '@nexus/ui/select-field';
import { loadConsoleData, openConsolePage } from '../../../../features/console/console-page';
import { ExecutionsTable } from '../../../../features/workflows/executions-table';
import { RUN_STATUS_FILTERS, RUN_TRIGGER_FILTERS, readRunsQuery, runsHref, toRunsVariables } from '../../../../features/workflows/runs-query';
import { WorkflowExecutionsDocument } from '../../../../features/workflows/workflow-documents';
import { request } from '../../../../lib/graphql-client';
import org from '../../../../features/org/org.module.css';
import styles from '../../../../features/workflows/workflows.module.css';

export const metadata: Metadata = { title: 'Workflow runs' };

const SPEC = { path: '/console/workflows/runs', title: 'workflow runs', permission: 'workflows:read' };
const PAGE_SIZE = 25;

export default async function WorkflowRunsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization } = page.value;
  const query = readRunsQuery(await searchParams);
  const data = await loadConsoleData(SPEC, () => request(WorkflowExecutionsDocument, toRunsVariables(query, PAGE_SIZE), { token }));
  if (!data.ok) return data.element;
  const { workflowRuns, workflows } = data.value;
  const filtered = Boolean(query.status || query.trigger || query.workflowId);

  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-subtitle"><Link href="/console/workflows">Workflows</Link> /</p>
          <h1 className="page-title">Runs</h1>
          <p className="page-subtitle">Every run of <strong data-testid="console-org">{organization.tenant.name}</strong>&apos;s workflows, newest first. Open one to see it on its canvas.</p>
        </div>
      </div>
      <div className="stack">
        <Card title="Filters">
          <form method="get" action="/console/workflows/runs" className={org.inlineForm} aria-label="Filter the runs" data-testid="executions-filters">
            <SelectField name="workflow" label="Workflow" defaultValue={query.workflowId} data-testid="executions-workflow">
              <option value="">All workflows</option>
              {workflows.nodes.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
            </SelectField>
            <SelectField name="status" label="Status" defaultValue={query.status} data-testid="executions-status">
              <option value="">Any status</option>
              {RUN_STATUS_FILTERS.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
            </SelectField>
            <SelectField name="trigger" label="Trigger" defaultValue={query.trigger} data-testid="executions-trigger">
              <option value="">Any trigger</option>
              {RUN_TRIGGER_FILTERS.map((t) => <option key={t} value={t}>{t.toLowerCase().replace('_', '-')}</option>)}
            </SelectField>
            <span className={org.formActions}>
              <Button type="submit" data-testid="executions-apply">Apply</Button>
              <Link href="/console/workflows/runs" className={buttonClassName('ghost')}>Clear</Link>
            </span>
          </form>
        </Card>
        <Card title="Runs" description={filtered ? 'Matching the filters.' : 'All workflows.'}>
          <ExecutionsTable runs={workflowRuns.nodes} filtered={filtered} />
        </Card>
        {(query.after || workflowRuns.nextCursor) && (
          <nav className={styles.pager} aria-label="Run pages">
            <span>{workflowRuns.nodes.length} on this page</span>
            <span className={styles.pagerLinks}>
              {query.after && <Link href={runsHref(query, null)} className={buttonClassName('secondary', 'sm')} data-testid="executions-newest">Newest</Link>}
              {workflowRuns.nextCursor && <Link href={runsHref(query, workflowRuns.nextCursor)} className={buttonClassName('secondary', 'sm')} data-testid="executions-next">Older</Link>}
            </span>
          </nav>
        )}
      </div>
    </>
  );
}
