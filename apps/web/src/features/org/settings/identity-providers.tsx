'use client';
// External OIDC identity providers whose tokens sign people in to this organisation.
import { useState } from 'react';
import { Badge } from '@nexus/ui/badge';
import { Button } from '@nexus/ui/button';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import type { IdentityProviderFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { roleLabel } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import { IdentityProviderForm } from './identity-provider-form';
import { RemoveIdentityProviderDocument } from './settings-documents';
import styles from '../org.module.css';

export function IdentityProviders({ token, initial, roleNames }: { token: string; initial: readonly IdentityProviderFieldsFragment[]; roleNames: readonly string[] }) {
  const [providers, setProviders] = useState(initial);
  const [editing, setEditing] = useState<IdentityProviderFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<IdentityProviderFieldsFragment | null>(null);

  async function remove(provider: IdentityProviderFieldsFragment): Promise<string | null> {
    try {
      const { removeIdentityProvider } = await request(RemoveIdentityProviderDocument, { id: provider.id }, { token });
      const failure = errorText(removeIdentityProvider.errors);
      if (failure) return failure;
      setProviders((current) => current.filter((p) => p.id !== provider.id));
      if (editing?.id === provider.id) setEditing(null);
      setRemoving(null);
      return null;
    } catch (cause) {
      return describeRequestError(cause);
    }
  }

  return (
    <div className="stack">
      {providers.length === 0 ? (
        <p className={styles.note} data-testid="idp-empty">No identity providers. People sign in with their Nexus Forge password.</p>
      ) : (
        <div className={styles.tableInset}>
          <table className={styles.table} data-testid="idp-table">
            <thead>
              <tr>
                <th scope="col">Issuer</th>
                <th scope="col">Claims</th>
                <th scope="col">Role mapping</th>
                <th scope="col">Status</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.id} data-testid="idp-row" data-issuer={provider.issuer}>
                  <td>
                    <span className={`${styles.strong} mono`}>{provider.issuer}</span>
                    <span className={styles.sub}>audience {provider.audience}</span>
                  </td>
                  <td className={styles.date}>email: <code>{provider.emailClaim}</code><br />roles: <code>{provider.rolesClaim}</code></td>
                  <td>
                    <code className={styles.sub}>{provider.roleMapping}</code>
                    <span className={styles.sub}>otherwise {roleLabel(provider.defaultRole)}</span>
                  </td>
                  <td><Badge tone={provider.enabled ? 'success' : 'neutral'}>{provider.enabled ? 'enabled' : 'disabled'}</Badge></td>
                  <td className={styles.actions}>
                    <Button variant="secondary" size="sm" onClick={() => setEditing(provider)} data-testid="edit-idp">Edit</Button>
                    <Button variant="danger" size="sm" onClick={() => setRemoving(provider)} data-testid="remove-idp">Remove</Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <IdentityProviderForm
        token={token}
        roleNames={roleNames}
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setProviders((current) => (current.some((p) => p.id === saved.id) ? current.map((p) => (p.id === saved.id ? saved : p)) : [...current, saved]));
          setEditing(null);
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this identity provider?"
        confirmLabel="Remove provider"
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
        data-testid="remove-idp-dialog"
      >
        {removing && <p>Tokens from <strong>{removing.issuer}</strong> stop being accepted at once.</p>}
      </ConfirmDialog>
    </div>
  );
}
