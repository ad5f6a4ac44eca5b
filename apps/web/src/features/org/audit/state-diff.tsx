// Before/after of one audit event, field by field; unchanged fields fold away behind a count.
import { diffStates, parseState, type DiffRow } from './json-diff';
import styles from './audit.module.css';

const MARK: Record<DiffRow['kind'], string> = { added: '+', removed: '−', changed: '~', same: '' };

export function StateDiff({ before, after }: { before: string | null | undefined; after: string | null | undefined }) {
  const rows = diffStates(parseState(before), parseState(after));
  if (rows.length === 0) return <p className={styles.noState}>No state was recorded for this action.</p>;
  const changed = rows.filter((row) => row.kind !== 'same');
  const same = rows.length - changed.length;
  return (
    <div className={styles.diff} data-testid="audit-diff">
      <table className={styles.diffTable}>
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">Change</span></th>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((row) => (
            <tr key={row.path} className={styles[row.kind]} data-testid="audit-diff-row" data-kind={row.kind} data-path={row.path}>
              <td className={styles.mark} aria-label={row.kind}>{MARK[row.kind]}</td>
              <td><code>{row.path || '(value)'}</code></td>
              <td><code className={styles.before}>{row.before ?? ''}</code></td>
              <td><code className={styles.after}>{row.after ?? ''}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {changed.length === 0 && <p className={styles.noState}>Nothing changed.</p>}
      {same > 0 && <p className={styles.noState}>{same} unchanged {same === 1 ? 'field' : 'fields'} not shown.</p>}
    </div>
  );
}
