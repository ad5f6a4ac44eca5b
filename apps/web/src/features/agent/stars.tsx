// Read-only star rating, with the number for screen readers.
import styles from './agent.module.css';

export function Stars({ value, label }: { value: number; label?: string }) {
  const rounded = Math.round(value);
  return (
    <span className={styles.stars} role="img" aria-label={label ?? `${value.toFixed(1)} out of 5 stars`}>
      {'★'.repeat(rounded)}<span className={styles.starsOff}>{'★'.repeat(5 - rounded)}</span>
    </span>
  );
}
