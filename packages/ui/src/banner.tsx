// Page- or form-level message; errors use role="alert" so screen readers announce them.
import type { ReactNode } from 'react';
import styles from './banner.module.css';

export type BannerTone = 'error' | 'warning' | 'success' | 'info';

const icons: Record<BannerTone, string> = { error: '!', warning: '!', success: '✓', info: 'i' };

export interface BannerProps {
  tone?: BannerTone;
  title?: string;
  children?: ReactNode;
  'data-testid'?: string;
}

export function Banner({ tone = 'info', title, children, 'data-testid': testId }: BannerProps) {
  return (
    <div className={`${styles.banner} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className={styles.icon} aria-hidden="true">{icons[tone]}</span>
      <div className={styles.body}>
        {title && <p className={styles.title}>{title}</p>}
        {children && <div className={styles.text}>{children}</div>}
      </div>
    </div>
  );
}
