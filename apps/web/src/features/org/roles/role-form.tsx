'use client';
// Create a custom role, or edit one's description and permissions (a role's name is its identity and stays).
import { useRef } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import type { PermissionInfoFieldsFragment, RoleFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { text, useFormSubmit } from '../../auth/use-form-submit';
import { PermissionCheckboxes } from '../../console/permission-checkboxes';
import { CreateRoleDocument, UpdateRoleDocument } from './roles-documents';
import styles from '../org.module.css';

const FIELDS = ['name', 'description', 'permissions'] as const;

export interface RoleFormProps {
  token: string;
  catalogue: readonly PermissionInfoFieldsFragment[];
  /** The custom role being edited; null creates a new one. */
  editing: RoleFieldsFragment | null;
  onSaved: (role: RoleFieldsFragment | null) => void;
  onCancel: () => void;
}

export function RoleForm({ token, catalogue, editing, onSaved, onCancel }: RoleFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const permissions = data.getAll('permissions').map(String);
    const description = text(data, 'description');
    if (editing) {
      const { updateRole } = await request(UpdateRoleDocument, { name: editing.name, input: { description, permissions } }, { token });
      return { errors: updateRole.errors, onSuccess: () => onSaved(updateRole.role ?? null) };
    }
    const { createRole } = await request(CreateRoleDocument, { input: { name: text(data, 'name'), description, permissions } }, { token });
    return {
      errors: createRole.errors,
      onSuccess: () => {
        formRef.current?.reset();
        onSaved(createRole.role ?? null);
      },
    };
  });

  return (
    // Keyed by the role, so switching between roles resets every checkbox to that role's permissions.
    <form ref={formRef} key={editing?.name ?? 'new'} className={styles.form} onSubmit={onSubmit} noValidate aria-label={editing ? `Edit role ${editing.name}` : 'Create role'} data-testid="role-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <div className={styles.grid2}>
        {editing ? (
          <TextField name="name" label="Name" value={editing.name} readOnly hint="A role's name cannot change." />
        ) : (
          <TextField name="name" label="Name" required placeholder="release-manager" autoComplete="off" spellCheck={false} hint="Lower-case letters, digits and single dashes." error={errors.fields.name} />
        )}
        <TextField name="description" label="Description" defaultValue={editing?.description ?? ''} maxLength={200} placeholder="What this role is for" error={errors.fields.description} />
      </div>
      <PermissionCheckboxes
        catalogue={catalogue}
        name="permissions"
        legend="Permissions"
        defaultChecked={editing?.permissions ?? []}
        error={errors.fields.permissions}
        testIdPrefix="role-permission-"
      />
      <div className={styles.formActions}>
        <Button type="submit" loading={pending} data-testid="role-submit">{editing ? 'Save role' : 'Create role'}</Button>
        {editing && <Button variant="ghost" onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
