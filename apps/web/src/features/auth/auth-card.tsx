// Centered card that frames the sign-up, sign-in and new-organisation forms.
import type { ReactNode } from 'react';
import styles from './auth.module.css';

export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.wrap}>
      <div className={styles.card}>
        <span className={styles.logo} aria-hidden="true">◆</span>
        <h1 className={styles.title}>{title}</h1>
        {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        {children}
      </div>
    </div>
  );
}
