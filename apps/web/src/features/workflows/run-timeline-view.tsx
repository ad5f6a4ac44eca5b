// The shown run's nodes on a time axis: where the run spent its time, retries and skipped branches included.
import { useMemo } from 'react';
import { formatMs } from '../../lib/format';
import { timelineOf, type TimedNode } from './run-timeline';
import styles from './workflows.module.css';

export function RunTimeline({ run, nodes }: { run: { startedAt: string | null; finishedAt: string | null }; nodes: readonly TimedNode[] }) {
  const timeline = useMemo(() => timelineOf(run, nodes), [run, nodes]);
  if (timeline.rows.length === 0) return null;
  return (
    <div className={styles.timeline} data-testid="run-timeline">
      <div className={styles.fieldLabel}>Timeline · {formatMs(timeline.spanMs)}{run.finishedAt ? '' : ' so far'}</div>
      {timeline.rows.map((r) => {
        const label = r.durationMs === null ? 'skipped' : formatMs(r.durationMs);
        const title = r.offsetMs === null ? `${r.nodeId}: ${r.status.toLowerCase()}` : `${r.nodeId}: ${r.status.toLowerCase()}, started at +${formatMs(r.offsetMs)}, took ${label}${r.attempts > 1 ? ` over ${r.attempts} attempts` : ''}`;
        return (
          <div key={r.nodeId} className={styles.tlRow} title={title} data-testid="timeline-row" data-node-id={r.nodeId} data-status={r.status}>
            <code className={styles.tlName}>{r.nodeId}</code>
            <span className={styles.tlTrack}>
              {r.offsetMs !== null && <span className={styles.tlBar} style={{ left: `${r.left * 100}%`, width: `max(3px, ${r.width * 100}%)` }} />}
            </span>
            <span className={styles.tlMs}>{label}{r.attempts > 1 ? ` ×${r.attempts}` : ''}</span>
          </div>
        );
      })}
    </div>
  );
}
