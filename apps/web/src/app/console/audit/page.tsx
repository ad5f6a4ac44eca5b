// Audit log console: who did what, filterable, paged, with the changes of each action and a CSV export.
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { AuditLogDocument } from '../../../features/org/audit/audit-documents';
import { AuditFilters } from '../../../features/org/audit/audit-filters';
import { auditHref, readAuditQuery, toAuditFilter } from '../../../features/org/audit/audit-query';
import { AuditTable } from '../../../features/org/audit/audit-table';
import { ExportCsvButton } from '../../../features/org/audit/export-csv-button';
import { formatCount } from '../../../lib/format';
import { request } from '../../../lib/graphql-client';
import { pageStart, previousCursor } from '../../../lib/offset-cursor';
import styles from '../../../features/org/audit/audit.module.css';

export const metadata: Metadata = { title: 'Audit log' };

const SPEC = { path: '/console/audit', title: 'the audit log', permission: 'audit:read' };
const PAGE_SIZE = 25;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization } = page.value;
  const query = readAuditQuery(await searchParams);
  const filter = toAuditFilter(query);
  const data = await loadConsoleData(SPEC, () => request(AuditLogDocument, { filter, first: PAGE_SIZE, after: query.after }, { token }));
  if (!data.ok) return data.element;
  const { auditLog } = data.value;
  const start = pageStart(query.after);
  const shown = auditLog.edges.length;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Audit log</h1>
          <p className="page-subtitle">Administrative actions in <strong data-testid="console-org">{organization.tenant.name}</strong>, newest first.</p>
        </div>
        <ExportCsvButton token={token} filter={filter} />
      </div>
      <div className="stack">
        <Card title="Filters">
          <AuditFilters query={query} />
        </Card>
        <Card title="Events" description={`${formatCount(auditLog.totalCount)} matching ${auditLog.totalCount === 1 ? 'event' : 'events'}.`}>
          <AuditTable events={auditLog.edges.map((edge) => edge.node)} />
        </Card>
        {(query.after || auditLog.pageInfo.hasNextPage) && (
          <nav className={styles.pager} aria-label="Audit log pages">
            <span data-testid="audit-range">{shown ? `${formatCount(start + 1)}–${formatCount(start + shown)} of ${formatCount(auditLog.totalCount)}` : 'No more events'}</span>
            <span className={styles.pagerLinks}>
              {query.after && <Link href={auditHref(query, previousCursor(query.after, PAGE_SIZE))} className={buttonClassName('secondary', 'sm')} data-testid="audit-previous">Previous</Link>}
              {auditLog.pageInfo.hasNextPage && auditLog.pageInfo.endCursor && (
                <Link href={auditHref(query, auditLog.pageInfo.endCursor)} className={buttonClassName('secondary', 'sm')} data-testid="audit-next">Next</Link>
              )}
            </span>
          </nav>
        )}
      </div>
    </>
  );
}
