'use client';
// Modal confirmation before a key stops working for good.
import { useEffect, useRef, useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import styles from './api-keys.module.css';

export interface RevokeDialogProps {
  apiKey: ApiKeyFieldsFragment | null;
  onCancel: () => void;
  /** Resolves to an error message, or null on success. */
  onConfirm: (key: ApiKeyFieldsFragment) => Promise<string | null>;
}

export function RevokeDialog({ apiKey, onCancel, onConfirm }: RevokeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (apiKey && !dialog.open) {
      setError(null);
      dialog.showModal();
    } else if (!apiKey && dialog.open) {
      dialog.close();
    }
  }, [apiKey]);

  async function confirm() {
    if (!apiKey) return;
    setPending(true);
    const message = await onConfirm(apiKey);
    setPending(false);
    if (message) setError(message);
  }

  return (
    // Escape closes a modal <dialog> natively; `onClose` keeps React state in step.
    <dialog ref={ref} className={styles.dialog} onClose={onCancel} aria-labelledby="revoke-title" data-testid="revoke-dialog">
      {apiKey && (
        <>
          <h2 id="revoke-title" className={styles.dialogTitle}>Revoke “{apiKey.name}”?</h2>
          <p className={styles.dialogText}>
            Requests using <code>{apiKey.prefix}…</code> will be rejected immediately. This cannot be undone.
          </p>
          {error && <Banner tone="error">{error}</Banner>}
          <div className={styles.dialogActions}>
            <Button variant="secondary" onClick={onCancel} disabled={pending}>Cancel</Button>
            <Button variant="danger" onClick={confirm} loading={pending} data-testid="confirm-revoke" autoFocus>Revoke key</Button>
          </div>
        </>
      )}
    </dialog>
  );
}
