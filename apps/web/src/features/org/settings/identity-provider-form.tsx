'use client';
// Adds an OIDC identity provider, or updates one (the issuer identifies it): claims, role mapping and default role.
import { useRef } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { SelectField } from '@nexus/ui/select-field';
import { TextAreaField } from '@nexus/ui/textarea-field';
import { TextField } from '@nexus/ui/text-field';
import type { IdentityProviderFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { text, useFormSubmit } from '../../auth/use-form-submit';
import { roleLabel } from '../../console/format';
import { ConfigureIdentityProviderDocument } from './settings-documents';
import styles from '../org.module.css';

const FIELDS = ['issuer', 'audience', 'emailClaim', 'rolesClaim', 'roleMapping', 'defaultRole', 'enabled'] as const;

/** Null when `text` is a JSON object of strings; otherwise what is wrong, in the form's words. */
export function roleMappingProblem(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'Not valid JSON. Example: {"platform-admins": "ADMIN", "developers": "MEMBER"}';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Must be a JSON object: IdP value → role.';
  return Object.values(value).every((role) => typeof role === 'string') ? null : 'Every value must be a role name (a string).';
}

export interface IdentityProviderFormProps {
  token: string;
  roleNames: readonly string[];
  editing: IdentityProviderFieldsFragment | null;
  onSaved: (provider: IdentityProviderFieldsFragment) => void;
  onCancel: () => void;
}

export function IdentityProviderForm({ token, roleNames, editing, onSaved, onCancel }: IdentityProviderFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const roleMapping = text(data, 'roleMapping') || '{}';
    // Caught here so a typo in the JSON never reaches the API as a half-valid provider.
    const problem = roleMappingProblem(roleMapping);
    if (problem) return { errors: [{ code: 'BAD_USER_INPUT', message: problem, field: 'roleMapping' }] };
    const input = {
      issuer: text(data, 'issuer'),
      audience: text(data, 'audience'),
      emailClaim: text(data, 'emailClaim') || null,
      rolesClaim: text(data, 'rolesClaim') || null,
      roleMapping,
      defaultRole: text(data, 'defaultRole') || null,
      enabled: data.get('enabled') === 'on',
    };
    const { configureIdentityProvider } = await request(ConfigureIdentityProviderDocument, { input }, { token });
    return {
      errors: configureIdentityProvider.errors,
      onSuccess: () => {
        if (!configureIdentityProvider.identityProvider) return;
        onSaved(configureIdentityProvider.identityProvider);
        formRef.current?.reset();
      },
    };
  });

  const assignable = roleNames.filter((name) => name.toUpperCase() !== 'OWNER');
  return (
    <form ref={formRef} key={editing?.id ?? 'new'} className={styles.form} onSubmit={onSubmit} noValidate aria-label="Identity provider" data-testid="idp-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <div className={styles.grid2}>
        <TextField name="issuer" label="Issuer URL" required type="url" placeholder="https://login.example.com" defaultValue={editing?.issuer} readOnly={!!editing} hint="Its /.well-known/openid-configuration must be reachable." error={errors.fields.issuer} />
        <TextField name="audience" label="Audience" required placeholder="nexus-forge" defaultValue={editing?.audience} error={errors.fields.audience} />
        <TextField name="emailClaim" label="Email claim" placeholder="email" defaultValue={editing?.emailClaim ?? 'email'} error={errors.fields.emailClaim} />
        <TextField name="rolesClaim" label="Roles claim" placeholder="roles" defaultValue={editing?.rolesClaim ?? 'roles'} error={errors.fields.rolesClaim} />
      </div>
      <TextAreaField
        name="roleMapping"
        label="Role mapping (JSON)"
        rows={4}
        defaultValue={editing?.roleMapping ?? '{}'}
        hint='Values of the roles claim → role here, e.g. {"platform-admins": "ADMIN"}.'
        error={errors.fields.roleMapping}
      />
      <div className={styles.inlineForm}>
        <SelectField name="defaultRole" label="Default role" defaultValue={editing?.defaultRole ?? 'MEMBER'} hint="When no mapping matches. Never owner." error={errors.fields.defaultRole}>
          {assignable.map((name) => <option key={name} value={name}>{roleLabel(name)}</option>)}
        </SelectField>
        <label className={styles.checkbox}>
          <input type="checkbox" name="enabled" defaultChecked={editing?.enabled ?? true} /> Accept tokens from this provider
        </label>
      </div>
      <div className={styles.formActions}>
        <Button type="submit" loading={pending} data-testid="idp-submit">{editing ? 'Save provider' : 'Add provider'}</Button>
        {editing && <Button variant="ghost" onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
