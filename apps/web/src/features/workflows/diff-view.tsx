'use client';
// What changed between two versions (or a version and the draft): nodes added, removed, changed with their values, and edges.
import { Button } from '@nexus/ui/button';
import type { GraphEdge } from './graph-model';
import type { Diff } from './versions-panel';
import styles from './workflows.module.css';

const label = (n: number) => (n === 0 ? 'draft' : `v${n}`);
const edgeText = (e: GraphEdge) => `${e.source}.${e.sourcePort} → ${e.target}.${e.targetPort}`;
const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

export function DiffView({ diff, onClose }: { diff: Diff; onClose: () => void }) {
  const empty = !diff.nodesAdded.length && !diff.nodesRemoved.length && !diff.nodesChanged.length && !diff.nodesMoved.length && !diff.edgesAdded.length && !diff.edgesRemoved.length;
  return (
    <section className={styles.io} data-testid="diff-view">
      <div className={styles.panelHead}>
        <h4 className={styles.ioTitle}>{label(diff.from)} → {label(diff.to)}</h4>
        <Button size="sm" variant="ghost" onClick={onClose} data-testid="diff-close">Close</Button>
      </div>
      {empty && <p className={styles.fieldHint}>No differences.</p>}
      {diff.nodesAdded.length > 0 && <p className={styles.diffAdded} data-testid="diff-added">Added: {diff.nodesAdded.join(', ')}</p>}
      {diff.nodesRemoved.length > 0 && <p className={styles.diffRemoved} data-testid="diff-removed">Removed: {diff.nodesRemoved.join(', ')}</p>}
      {diff.nodesMoved.length > 0 && <p className={styles.fieldHint}>Moved only: {diff.nodesMoved.join(', ')}</p>}
      {diff.nodesChanged.map((change) => (
        <div key={change.nodeId} data-testid="diff-changed" data-node-id={change.nodeId}>
          <strong className={styles.diffChanged}>{change.nodeId}</strong>
          <table className={styles.diffTable}>
            <tbody>
              {change.changes.map((c) => (
                <tr key={c.path}>
                  <td><code>{c.path}</code></td>
                  <td className={styles.diffRemoved}><code>{show(c.before)}</code></td>
                  <td className={styles.diffAdded}><code>{show(c.after)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {diff.edgesAdded.map((e) => <p key={`+${edgeText(e)}`} className={styles.diffAdded}>+ {edgeText(e)}</p>)}
      {diff.edgesRemoved.map((e) => <p key={`-${edgeText(e)}`} className={styles.diffRemoved}>− {edgeText(e)}</p>)}
      <p className={styles.fieldHint}>Added and changed nodes are outlined on the canvas.</p>
    </section>
  );
}
