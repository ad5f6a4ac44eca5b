// One page of the organisation's runs: status, workflow (opens the builder showing the run), trigger, version, timing, failure.
import Link from 'next/link';
import { Badge } from '@nexus/ui/badge';
import { EmptyState } from '@nexus/ui/empty-state';
import type { WorkflowExecutionsQuery } from '../../gql/graphql';
import { formatDateTime } from '../console/format';
import { formatMs } from '../../lib/format';
import { statusTone } from './run-state';
import { runDuration } from './runs-query';
import styles from './workflows.module.css';

type Execution = WorkflowExecutionsQuery['workflowRuns']['nodes'][number];

const TRIGGER_LABELS: Record<string, string> = {
  MANUAL: 'manual', API: 'API', WEBHOOK: 'webhook', SCHEDULE: 'schedule', SUB_WORKFLOW: 'sub-workflow', ERROR_HANDLER: 'error handler',
};

export function ExecutionsTable({ runs, filtered }: { runs: readonly Execution[]; filtered: boolean }) {
  if (runs.length === 0) {
    return (
      <EmptyState
        icon="▷"
        title={filtered ? 'No runs match' : 'No runs yet'}
        description={filtered ? 'Try another status, trigger or workflow.' : 'Runs appear here when a workflow is run by hand, by the API, by its webhook or on its schedule.'}
        data-testid="executions-empty"
      />
    );
  }
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="executions-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Workflow</th>
            <th scope="col">Trigger</th>
            <th scope="col">Version</th>
            <th scope="col">Queued</th>
            <th scope="col">Duration</th>
            <th scope="col">Failure</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const ms = runDuration(run.startedAt, run.finishedAt);
            return (
              <tr key={run.id} data-testid="execution-row" data-run-id={run.id} data-status={run.status}>
                <td><Badge tone={statusTone(run.status)}>{run.status}</Badge></td>
                <td>
                  <Link href={`/console/workflows/${run.workflowId}?run=${run.id}`} data-testid="execution-open">{run.workflowName}</Link>
                  <div className={styles.fieldHint}><code>{run.id.slice(0, 8)}</code></div>
                </td>
                <td>{TRIGGER_LABELS[run.trigger] ?? run.trigger}</td>
                <td>{run.versionNumber ? `v${run.versionNumber}` : 'draft'}</td>
                <td className={styles.nowrap}>{formatDateTime(run.createdAt)}</td>
                <td className={styles.nowrap}>{ms === null ? '—' : `${formatMs(ms)}${run.finishedAt ? '' : ' so far'}`}</td>
                <td className={run.error ? styles.failure : styles.nowrap}>
                  {run.error ? <><code>{run.error.code}</code>{run.error.nodeId ? <> at <code>{run.error.nodeId}</code></> : null}: {run.error.message}</> : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
