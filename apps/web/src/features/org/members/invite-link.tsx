'use client';
// The link to pass on by hand when no invitation email went out.
import { Button } from '@nexus/ui/button';
import { CopyButton } from '@nexus/ui/copy-button';
import styles from '../org.module.css';

export function InviteLink({ email, url, onDismiss }: { email: string; url: string; onDismiss: () => void }) {
  return (
    <div className="stack" data-testid="invite-link-box">
      <p className={styles.note} role="status">
        No email was sent to <strong>{email}</strong>. Share this link with them; it works once and expires.
      </p>
      <div className={styles.linkBox}>
        <code className={styles.linkValue} data-testid="invite-url">{url}</code>
        <CopyButton text={url} variant="primary" data-testid="copy-invite-url" />
        <Button variant="ghost" size="sm" onClick={onDismiss}>Done</Button>
      </div>
    </div>
  );
}
