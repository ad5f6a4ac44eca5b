'use client';
// Modal confirmation for an action that cannot be undone; the caller's action reports its own failure.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Banner } from './banner';
import { Button } from './button';
import styles from './confirm-dialog.module.css';

export interface ConfirmDialogProps {
  /** Open while true. */
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  /** Resolves to an error message to show, or null when done (the caller then closes the dialog). */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
  'data-testid'?: string;
}

export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, 'data-testid': testId }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  async function confirm() {
    setPending(true);
    const message = await onConfirm();
    setPending(false);
    if (message) setError(message);
  }

  return (
    // Escape closes a modal <dialog> natively; `onClose` keeps the caller's state in step.
    <dialog ref={ref} className={styles.dialog} onClose={onCancel} aria-label={typeof title === 'string' ? title : undefined} data-testid={testId}>
      {open && (
        <>
          <h2 className={styles.title}>{title}</h2>
          {children && <div className={styles.text}>{children}</div>}
          {error && <Banner tone="error" data-testid="confirm-error">{error}</Banner>}
          <div className={styles.actions}>
            <Button variant="secondary" onClick={onCancel} disabled={pending}>Cancel</Button>
            <Button variant="danger" onClick={confirm} loading={pending} data-testid="confirm-action" autoFocus>{confirmLabel}</Button>
          </div>
        </>
      )}
    </dialog>
  );
}
