'use client';
// The organisation's keys; secrets are never listed, only their public prefix.
import { Badge } from '@nexus/ui/badge';
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../console/format';
import { formatDate, keyStatus } from './format';
import styles from './api-keys.module.css';

const statusTone = { active: 'success', revoked: 'danger', expired: 'warning' } as const;

export function KeysTable({ keys, onRevoke }: { keys: readonly ApiKeyFieldsFragment[]; onRevoke: ((key: ApiKeyFieldsFragment) => void) | null }) {
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={<KeyIcon />}
        title="No API keys yet"
        description="Create a key to call the Nexus Forge API from scripts, CI or your own services."
        data-testid="api-keys-empty"
      />
    );
  }
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="api-keys-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Created by</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const status = keyStatus(key);
            return (
              <tr key={key.id} data-testid="api-key-row" data-key-name={key.name} data-status={status}>
                <td className={styles.keyName}>{key.name}</td>
                <td><code className={styles.prefix}>{key.prefix}…</code></td>
                <td>
                  <span className={styles.badges}>
                    {key.scopes.map((scope) => <Badge key={scope}>{scope}</Badge>)}
                  </span>
                </td>
                <td className={styles.date}>{formatDate(key.createdAt)}</td>
                <td className={styles.date} data-testid="key-last-used">
                  {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}
                  {key.lastUsedIp && <span className={styles.sub}>from <span className="mono">{key.lastUsedIp}</span></span>}
                </td>
                <td className={styles.date} data-testid="key-created-by">{key.createdBy ? <span title={key.createdBy.email}>{key.createdBy.name}</span> : 'An API key'}</td>
                <td className={styles.date}>{key.expiresAt ? formatDate(key.expiresAt) : 'Never'}</td>
                <td><Badge tone={statusTone[status]} data-testid="key-status">{status}</Badge></td>
                <td className={styles.actions}>
                  {status !== 'revoked' && onRevoke && (
                    <Button variant="danger" size="sm" onClick={() => onRevoke(key)} data-testid="revoke-key" aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Drawn inline: system fonts here have no glyph for the key symbols. */
function KeyIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="7.5" cy="15.5" r="4.5" />
      <path d="M10.7 12.3 21 2M16 7l3 3M18.5 4.5l2 2" />
    </svg>
  );
}
