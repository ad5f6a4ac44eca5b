// Indeterminate progress indicator with an accessible label.
import styles from './spinner.module.css';

export function Spinner({ label = 'Loading', size = 20 }: { label?: string; size?: number }) {
  return <span className={styles.spinner} role="status" aria-label={label} style={{ width: size, height: size }} />;
}

/** Placeholder block while content loads. */
export function Skeleton({ height = 16, width = '100%' }: { height?: number | string; width?: number | string }) {
  return <span className={styles.skeleton} aria-hidden="true" style={{ height, width }} />;
}
