'use client';
// Confirmation before a key stops working for good.
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';

export interface RevokeDialogProps {
  apiKey: ApiKeyFieldsFragment | null;
  onCancel: () => void;
  /** Resolves to an error message, or null on success. */
  onConfirm: (key: ApiKeyFieldsFragment) => Promise<string | null>;
}

export function RevokeDialog({ apiKey, onCancel, onConfirm }: RevokeDialogProps) {
  return (
    <ConfirmDialog
      open={apiKey !== null}
      title={apiKey ? `Revoke “${apiKey.name}”?` : ''}
      confirmLabel="Revoke key"
      onConfirm={() => (apiKey ? onConfirm(apiKey) : Promise.resolve(null))}
      onCancel={onCancel}
      data-testid="revoke-dialog"
    >
      {apiKey && <>Requests using <code>{apiKey.prefix}…</code> will be rejected immediately. This cannot be undone.</>}
    </ConfirmDialog>
  );
}
