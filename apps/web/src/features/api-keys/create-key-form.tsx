'use client';
// Form for a new API key: name, scopes and optional lifetime.
import { useRef } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { text, useFormSubmit } from '../auth/use-form-submit';
import { CreateApiKeyDocument } from './api-key-documents';
import styles from './api-keys.module.css';

const SCOPES = [
  { value: 'agents:read', label: 'Read agents', defaultChecked: true },
  { value: 'agents:write', label: 'Publish agents', defaultChecked: true },
  { value: 'keys:manage', label: 'Manage API keys', defaultChecked: false },
] as const;

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;

export function CreateKeyForm({ token, onCreated }: { token: string; onCreated: (key: ApiKeyFieldsFragment, secret: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const days = text(data, 'expiresInDays');
    const input = {
      name: text(data, 'name'),
      scopes: data.getAll('scopes').map(String),
      // Left to the API to reject values out of range, so the message matches its rules.
      expiresInDays: days ? Number(days) : null,
    };
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
    <form
      className={styles.createForm}
      noValidate
      aria-label="Create API key"
      data-testid="create-key-form"
      ref={formRef}
      onSubmit={onSubmit}
    >
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <TextField name="name" label="Name" required maxLength={64} placeholder="CI deploys" error={errors.fields.name} autoComplete="off" />
      <fieldset className={styles.scopes} aria-describedby={errors.fields.scopes ? 'scopes-error' : undefined}>
        <legend className={styles.legend}>Scopes</legend>
        {SCOPES.map((scope) => (
          <label key={scope.value} className={styles.scope}>
            <input type="checkbox" name="scopes" value={scope.value} defaultChecked={scope.defaultChecked} data-testid={`scope-${scope.value}`} />
            <span>{scope.label}</span>
            <code>{scope.value}</code>
          </label>
        ))}
        {errors.fields.scopes && <p id="scopes-error" className={styles.fieldError} role="alert">{errors.fields.scopes}</p>}
      </fieldset>
      <TextField
        name="expiresInDays"
        label="Expires after (days)"
        type="number"
        min={1}
        max={730}
        inputMode="numeric"
        placeholder="Never"
        hint="Optional, 1–730. Leave empty for a key that does not expire."
        error={errors.fields.expiresInDays}
      />
      <Button type="submit" loading={pending} data-testid="create-key-submit">Create key</Button>
    </form>
  );
}
