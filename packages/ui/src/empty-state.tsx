// What a list shows when there is nothing in it, or when it could not load.
import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'error';
  'data-testid'?: string;
}

export function EmptyState({ icon = '◇', title, description, action, tone = 'neutral', 'data-testid': testId }: EmptyStateProps) {
  return (
    <div className={`${styles.empty} ${tone === 'error' ? styles.error : ''}`} data-testid={testId} role={tone === 'error' ? 'alert' : undefined}>
      <div className={styles.icon} aria-hidden="true">{icon}</div>
      <h3 className={styles.title}>{title}</h3>
      {description && <div className={styles.description}>{description}</div>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
