'use client';
// Form for a new API key: name, scopes from the permission catalogue, and a lifetime.
import { useRef } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { SelectField } from '@nexus/ui/select-field';
import { TextField } from '@nexus/ui/text-field';
import type { ApiKeyFieldsFragment, PermissionInfoFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { text, useFormSubmit } from '../auth/use-form-submit';
import { PermissionCheckboxes } from '../console/permission-checkboxes';
import { CreateApiKeyDocument } from './api-key-documents';
import styles from './api-keys.module.css';

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;
const DEFAULT_SCOPES = ['agents:read', 'agents:publish'];
const LIFETIMES = [
  { days: '', label: 'Never' },
  { days: '7', label: '7 days' },
  { days: '30', label: '30 days' },
  { days: '90', label: '90 days' },
  { days: '365', label: '1 year' },
  { days: '730', label: '2 years' },
];

export interface CreateKeyFormProps {
  token: string;
  catalogue: readonly PermissionInfoFieldsFragment[];
  /** The creator's own permissions: a key never does more than its creator may. */
  allowed: readonly string[];
  onCreated: (key: ApiKeyFieldsFragment, secret: string) => void;
}

export function CreateKeyForm({ token, catalogue, allowed, onCreated }: CreateKeyFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const days = text(data, 'expiresInDays');
    const input = { name: text(data, 'name'), scopes: data.getAll('scopes').map(String), expiresInDays: days ? Number(days) : null };
    const { createApiKey } = await request(CreateApiKeyDocument, { input }, { token });
    return {
      errors: createApiKey.errors,
      onSuccess: () => {
        if (!createApiKey.apiKey || !createApiKey.secret) throw new Error('The key was created but its secret was not returned.');
        onCreated(createApiKey.apiKey, createApiKey.secret);
        formRef.current?.reset();
      },
    };
  });

  return (
    <form className={styles.createForm} noValidate aria-label="Create API key" data-testid="create-key-form" ref={formRef} onSubmit={onSubmit}>
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <TextField name="name" label="Name" required maxLength={64} placeholder="CI deploys" error={errors.fields.name} autoComplete="off" />
      <SelectField name="expiresInDays" label="Expires after" defaultValue="90" error={errors.fields.expiresInDays} data-testid="key-expiry">
        {LIFETIMES.map((lifetime) => <option key={lifetime.days} value={lifetime.days}>{lifetime.label}</option>)}
      </SelectField>
      <PermissionCheckboxes
        catalogue={catalogue}
        name="scopes"
        legend="Scopes"
        defaultChecked={DEFAULT_SCOPES}
        allowed={allowed}
        disabledReason="Your role does not hold this permission, so a key you create cannot either."
        error={errors.fields.scopes}
        testIdPrefix="scope-"
      />
      <Button type="submit" loading={pending} data-testid="create-key-submit">Create key</Button>
    </form>
  );
}
