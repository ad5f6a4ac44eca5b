'use client';
// Built-in and custom roles with what they grant; custom ones can be created, edited and deleted.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import type { PermissionInfoFieldsFragment, RoleFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { roleLabel } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import { RoleForm } from './role-form';
import { DeleteRoleDocument } from './roles-documents';
import styles from '../org.module.css';

export interface RolesManagerProps {
  token: string;
  roles: readonly RoleFieldsFragment[];
  catalogue: readonly PermissionInfoFieldsFragment[];
  canManage: boolean;
}

export function RolesManager({ token, roles, catalogue, canManage }: RolesManagerProps) {
  const router = useRouter();
  const [editing, setEditing] = useState<RoleFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<RoleFieldsFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function remove(role: RoleFieldsFragment): Promise<string | null> {
    try {
      const { deleteRole } = await request(DeleteRoleDocument, { name: role.name }, { token });
      const failure = errorText(deleteRole.errors);
      if (failure) return failure;
      setDeleting(null);
      if (editing?.name === role.name) setEditing(null);
      setSaved(`Role ${role.name} deleted.`);
      router.refresh();
      return null;
    } catch (cause) {
      return describeRequestError(cause);
    }
  }

  return (
    <div className="stack">
      {saved && <Banner tone="success" data-testid="role-saved">{saved}</Banner>}
      <Card title="Roles" description="Built-in roles cannot change. A custom role ranks with the lowest built-in role that covers its permissions.">
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="roles-table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Permissions</th>
                <th scope="col">Members</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role.name} data-testid="role-row" data-role={role.name}>
                  <td>
                    <span className={styles.strong}>{roleLabel(role.name)}</span> <Badge tone={role.builtIn ? 'neutral' : 'accent'}>{role.builtIn ? 'built-in' : 'custom'}</Badge>
                    {role.description && <span className={styles.sub}>{role.description}</span>}
                  </td>
                  <td>
                    <span className={styles.badges} data-testid="role-permissions">
                      {role.permissions.map((permission) => <Badge key={permission}>{permission}</Badge>)}
                    </span>
                  </td>
                  <td>{role.memberCount}</td>
                  <td className={styles.actions}>
                    {canManage && !role.builtIn && (
                      <>
                        <Button variant="secondary" size="sm" onClick={() => setEditing(role)} data-testid="edit-role">Edit</Button>
                        <Button variant="danger" size="sm" onClick={() => setDeleting(role)} data-testid="delete-role">Delete</Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {canManage ? (
        <Card title={editing ? `Edit ${editing.name}` : 'Create a custom role'} description="Pick what the role allows, feature by feature.">
          <RoleForm
            token={token}
            catalogue={catalogue}
            editing={editing}
            onCancel={() => setEditing(null)}
            onSaved={(role) => {
              setSaved(`Role ${role?.name ?? editing?.name ?? ''} saved.`);
              setEditing(null);
              router.refresh();
            }}
          />
        </Card>
      ) : (
        <p className="muted" data-testid="roles-readonly">Creating and editing roles needs the <code>roles:manage</code> permission.</p>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the role ${deleting?.name ?? ''}?`}
        confirmLabel="Delete role"
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve(null))}
        onCancel={() => setDeleting(null)}
        data-testid="delete-role-dialog"
      >
        <p>Only a role that nobody holds can be deleted.</p>
      </ConfirmDialog>
    </div>
  );
}
