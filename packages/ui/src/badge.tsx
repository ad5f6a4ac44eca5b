// Small pill for tags, scopes and statuses.
import type { ReactNode } from 'react';
import styles from './badge.module.css';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'danger' | 'warning';

export function Badge({ tone = 'neutral', children, 'data-testid': testId }: { tone?: BadgeTone; children: ReactNode; 'data-testid'?: string }) {
  return <span className={`${styles.badge} ${styles[tone]}`} data-testid={testId}>{children}</span>;
}
