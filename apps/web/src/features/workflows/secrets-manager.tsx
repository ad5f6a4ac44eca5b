'use client';
// Tenant secrets (names and dates only; values go in and never come back) and the hosts HTTP request nodes may call.
import { useRef, useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import { TextAreaField } from '@nexus/ui/textarea-field';
import { TextField } from '@nexus/ui/text-field';
import type { WorkflowSecretsSettingsQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { text, useFormSubmit } from '../auth/use-form-submit';
import { DeleteTenantSecretDocument, SetTenantSecretDocument, SetWorkflowAllowedHostsDocument } from './workflow-documents';
import styles from './workflows.module.css';

type Secret = WorkflowSecretsSettingsQuery['tenantSecrets'][number];

export interface SecretsManagerProps { token: string; secrets: Secret[]; allowedHosts: string[]; canWrite: boolean }

export function SecretsManager({ token, secrets: initialSecrets, allowedHosts, canWrite }: SecretsManagerProps) {
  const [secrets, setSecrets] = useState(initialSecrets);
  const [deleting, setDeleting] = useState<Secret | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const secretForm = useFormSubmit(['name', 'value'], async (data) => {
    const { setTenantSecret } = await request(SetTenantSecretDocument, { name: text(data, 'name'), value: String(data.get('value') ?? '') }, { token });
    return {
      errors: setTenantSecret.errors,
      onSuccess: () => {
        const saved = setTenantSecret.secret;
        if (saved) setSecrets((current) => [...current.filter((s) => s.name !== saved.name), saved].sort((a, b) => a.name.localeCompare(b.name)));
        formRef.current?.reset();
      },
    };
  });
  const [hostsMessage, setHostsMessage] = useState<string | null>(null);
  const hostsForm = useFormSubmit(['hosts'], async (data) => {
    const hosts = String(data.get('hosts') ?? '').split('\n').map((h) => h.trim()).filter(Boolean);
    setHostsMessage(null);
    const { setWorkflowAllowedHosts } = await request(SetWorkflowAllowedHostsDocument, { hosts }, { token });
    return { errors: setWorkflowAllowedHosts.errors, onSuccess: () => setHostsMessage(`Saved ${hosts.length} ${hosts.length === 1 ? 'host' : 'hosts'}.`) };
  });

  async function remove(secret: Secret): Promise<string | null> {
    try {
      const { deleteTenantSecret } = await request(DeleteTenantSecretDocument, { name: secret.name }, { token });
      if (deleteTenantSecret.errors.length) return deleteTenantSecret.errors.map((e) => e.message).join(' ');
      setSecrets((current) => current.filter((s) => s.name !== secret.name));
      setDeleting(null);
      return null;
    } catch (error) {
      return describeRequestError(error);
    }
  }

  return (
    <div className={styles.twoCols}>
      <Card title="Secrets" description="Referenced from node config as {{secrets.NAME}}. Values are stored sealed and never shown again." data-testid="secrets-card">
        <div className="stack">
          {secrets.length === 0 ? <p className="muted">No secrets yet.</p> : (
            <ul className={styles.list} data-testid="secret-list">
              {secrets.map((s) => (
                <li key={s.name} className={styles.versionRow} data-testid="secret-row" data-name={s.name}>
                  <div><code>{s.name}</code><div className={styles.fieldHint}>created {formatDate(s.createdAt)} · changed {formatDate(s.updatedAt)}</div></div>
                  {canWrite && <Button size="sm" variant="ghost" onClick={() => setDeleting(s)} data-testid="secret-delete">Delete</Button>}
                </li>
              ))}
            </ul>
          )}
          {canWrite && (
            <form ref={formRef} className={styles.createForm} noValidate aria-label="Set secret" onSubmit={secretForm.onSubmit} data-testid="secret-form">
              {secretForm.errors.banner && <Banner tone="error">{secretForm.errors.banner}</Banner>}
              <TextField name="name" label="Name" required placeholder="OPENAI_API_KEY" autoComplete="off" error={secretForm.errors.fields.name} />
              <TextField name="value" label="Value" type="password" required autoComplete="new-password" error={secretForm.errors.fields.value} hint="Setting an existing name replaces its value." />
              <Button type="submit" loading={secretForm.pending} data-testid="secret-submit">Save secret</Button>
            </form>
          )}
        </div>
      </Card>
      <Card title="HTTP allowed hosts" description="HTTP request nodes may only call these hosts: exact names or *.example.com, one per line." data-testid="hosts-card">
        <form className={styles.createForm} noValidate aria-label="Allowed hosts" onSubmit={hostsForm.onSubmit}>
          {hostsForm.errors.banner && <Banner tone="error">{hostsForm.errors.banner}</Banner>}
          {hostsMessage && <Banner tone="success">{hostsMessage}</Banner>}
          <TextAreaField name="hosts" label="Hosts" rows={8} defaultValue={allowedHosts.join('\n')} disabled={!canWrite} error={hostsForm.errors.fields.hosts} data-testid="hosts-input" />
          {canWrite && <Button type="submit" loading={hostsForm.pending} data-testid="hosts-submit">Save hosts</Button>}
        </form>
      </Card>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? `Delete secret “${deleting.name}”?` : ''}
        confirmLabel="Delete secret"
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve(null))}
        onCancel={() => setDeleting(null)}
      >
        Nodes that reference it will fail until it is set again.
      </ConfirmDialog>
    </div>
  );
}
