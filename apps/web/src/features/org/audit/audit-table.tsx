'use client';
// One page of the audit log; a row opens to show what the action changed.
import { Fragment, useState } from 'react';
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../console/format';
import { StateDiff } from './state-diff';
import org from '../org.module.css';
import styles from './audit.module.css';

export function AuditTable({ events }: { events: readonly AuditEventFieldsFragment[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (events.length === 0) {
    return <EmptyState icon="≡" title="No matching events" description="Administrative actions appear here as they happen. Try widening the filters." data-testid="audit-empty" />;
  }
  return (
    <div className={org.tableWrap}>
      <table className={org.table} data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">IP</th>
            <th scope="col"><span className="sr-only">Details</span></th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const expanded = open === event.id;
            return (
              <Fragment key={event.id}>
                <tr data-testid="audit-row" data-action={event.action}>
                  <td className={org.date}>{formatDateTime(event.occurredAt)}</td>
                  <td>{event.actor}</td>
                  <td><code className={styles.action} data-testid="audit-action">{event.action}</code></td>
                  <td>
                    <span className={org.strong}>{event.targetLabel ?? event.targetId ?? '—'}</span>
                    <span className={org.sub}>{event.targetType}</span>
                  </td>
                  <td className="mono">{event.ip ?? '—'}</td>
                  <td className={org.actions}>
                    <Button variant="ghost" size="sm" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : event.id)} data-testid="audit-toggle">
                      {expanded ? 'Hide' : 'Changes'}
                    </Button>
                  </td>
                </tr>
                {expanded && (
                  <tr className={styles.expanded}>
                    <td colSpan={6}>
                      <StateDiff before={event.before} after={event.after} />
                      <p className={styles.meta}>Recorded by {event.source}{event.requestId ? <> · request <code>{event.requestId}</code></> : null}</p>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
