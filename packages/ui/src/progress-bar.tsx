// Determinate progress (0–100), or indeterminate while the total is unknown.
import styles from './progress-bar.module.css';

export interface ProgressBarProps {
  /** Percent 0–100; null for indeterminate. */
  value: number | null;
  label: string;
  'data-testid'?: string;
}

export function ProgressBar({ value, label, 'data-testid': testId }: ProgressBarProps) {
  const percent = value == null ? null : Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className={`${styles.track} ${percent == null ? styles.indeterminate : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      data-testid={testId}
      data-value={percent ?? undefined}
    >
      <div className={styles.fill} style={percent == null ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
