'use client';
// Owns the key list on the client: creation prepends, revocation replaces, the secret shows once.
import { useState, type ReactNode } from 'react';
import { Card } from '@nexus/ui/card';
import type { ApiKeyFieldsFragment, PermissionInfoFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { RevokeApiKeyDocument } from './api-key-documents';
import { CreateKeyForm } from './create-key-form';
import { KeysTable } from './keys-table';
import { RevokeDialog } from './revoke-dialog';
import { SecretReveal } from './secret-reveal';
import styles from './api-keys.module.css';

export interface ApiKeysManagerProps {
  token: string;
  initialKeys: ApiKeyFieldsFragment[];
  catalogue: readonly PermissionInfoFieldsFragment[];
  /** The caller's permissions: creating and revoking need `keys:manage`, and a key's scopes stay within them. */
  permissions: readonly string[];
  activity: ReactNode;
}

export function ApiKeysManager({ token, initialKeys, catalogue, permissions, activity }: ApiKeysManagerProps) {
  const canManage = permissions.includes('keys:manage');
  const [keys, setKeys] = useState(initialKeys);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);

  async function revoke(key: ApiKeyFieldsFragment): Promise<string | null> {
    try {
      const { revokeApiKey } = await request(RevokeApiKeyDocument, { id: key.id }, { token });
      if (revokeApiKey.errors.length) return revokeApiKey.errors.map((error) => error.message).join(' ');
      const updated = revokeApiKey.apiKey ?? { ...key, revokedAt: new Date().toISOString() };
      setKeys((current) => current.map((k) => (k.id === key.id ? updated : k)));
      setRevoking(null);
      return null;
    } catch (error) {
      return describeRequestError(error);
    }
  }

  return (
    <div className="stack">
      {created && <SecretReveal name={created.name} secret={created.secret} onDismiss={() => setCreated(null)} />}
      <div className={styles.topRow}>
        <Card title="Create a key" description="Keys act for this organisation with the scopes you choose.">
          {canManage ? (
            <CreateKeyForm
              token={token}
              catalogue={catalogue}
              allowed={permissions}
              onCreated={(key, secret) => {
                setKeys((current) => [key, ...current.filter((k) => k.id !== key.id)]);
                setCreated({ name: key.name, secret });
              }}
            />
          ) : (
            <p className={styles.activityEmpty} data-testid="keys-readonly">Creating and revoking keys needs the <code>keys:manage</code> permission.</p>
          )}
        </Card>
        {activity}
      </div>
      <Card title="Keys" description={`${keys.length} ${keys.length === 1 ? 'key' : 'keys'} in this organisation.`}>
        <KeysTable keys={keys} onRevoke={canManage ? setRevoking : null} />
      </Card>
      <RevokeDialog apiKey={revoking} onCancel={() => setRevoking(null)} onConfirm={revoke} />
    </div>
  );
}
