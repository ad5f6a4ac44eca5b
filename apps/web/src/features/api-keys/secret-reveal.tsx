'use client';
// The one and only time a key's secret is visible.
import { Button } from '@nexus/ui/button';
import { CopyButton } from '@nexus/ui/copy-button';
import styles from './api-keys.module.css';

export function SecretReveal({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  return (
    <section className={styles.secret} aria-labelledby="secret-title" data-testid="api-key-secret-box">
      <div className={styles.secretHeader}>
        <h2 id="secret-title" className={styles.secretTitle}>Key “{name}” created</h2>
        <Button variant="ghost" size="sm" onClick={onDismiss} data-testid="dismiss-secret">Done</Button>
      </div>
      <p className={styles.secretWarning} role="status">
        <strong>Copy this secret now.</strong> For your security it will not be shown again — if you lose it, revoke the key and create a new one.
      </p>
      <div className={styles.secretRow}>
        <code className={styles.secretValue} data-testid="api-key-secret" aria-label="API key secret">{secret}</code>
        <CopyButton text={secret} variant="primary" data-testid="copy-secret" />
      </div>
    </section>
  );
}
