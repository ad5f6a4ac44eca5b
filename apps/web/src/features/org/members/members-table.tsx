'use client';
// Members with their roles: the role select changes it at once, removal asks first; refusals show on the row.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@nexus/ui/badge';
import { Button } from '@nexus/ui/button';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { roleLabel } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import { ChangeMemberRoleDocument, RemoveMemberDocument } from './members-documents';
import styles from '../org.module.css';

export interface MembersTableProps {
  token: string;
  members: readonly MemberFieldsFragment[];
  roleNames: readonly string[];
  currentUserId: string;
  canManage: boolean;
}

export function MembersTable({ token, members, roleNames, currentUserId, canManage }: MembersTableProps) {
  const router = useRouter();
  // Changes made here show at once; the refresh that follows brings the server's view.
  const [roles, setRoles] = useState<Record<string, string>>({});
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberFieldsFragment | null>(null);

  async function changeRole(member: MemberFieldsFragment, role: string) {
    const id = member.user.id;
    setPending(id);
    setErrors((current) => ({ ...current, [id]: null }));
    try {
      const { changeMemberRole } = await request(ChangeMemberRoleDocument, { userId: id, role }, { token });
      const failure = errorText(changeMemberRole.errors);
      if (failure) return setErrors((current) => ({ ...current, [id]: failure }));
      setRoles((current) => ({ ...current, [id]: changeMemberRole.member?.role ?? role }));
      router.refresh();
    } catch (cause) {
      setErrors((current) => ({ ...current, [id]: describeRequestError(cause) }));
    } finally {
      setPending(null);
    }
  }

  async function remove(member: MemberFieldsFragment): Promise<string | null> {
    try {
      const { removeMember } = await request(RemoveMemberDocument, { userId: member.user.id }, { token });
      const failure = errorText(removeMember.errors);
      if (failure) return failure;
      setRemoved((current) => new Set([...current, member.user.id]));
      setRemoving(null);
      // Leaving the organisation yourself ends this console's access to it.
      if (member.user.id === currentUserId) router.push('/console');
      router.refresh();
      return null;
    } catch (cause) {
      return describeRequestError(cause);
    }
  }

  const visible = members.filter((m) => !removed.has(m.user.id));
  return (
    <>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {visible.map((member) => {
              const id = member.user.id;
              const role = roles[id] ?? member.role;
              const options = roleNames.includes(role) ? roleNames : [role, ...roleNames];
              const self = id === currentUserId;
              return (
                <tr key={id} data-testid="member-row" data-email={member.user.email} data-role={role}>
                  <td>
                    <span className={styles.strong}>{member.user.name}</span> {self && <Badge tone="accent">you</Badge>}
                    <span className={styles.sub}>{member.user.email}</span>
                  </td>
                  <td>
                    <select
                      className={styles.roleSelect}
                      value={role}
                      disabled={!canManage || pending === id}
                      onChange={(event) => void changeRole(member, event.target.value)}
                      aria-label={`Role of ${member.user.name}`}
                      data-testid="member-role"
                    >
                      {options.map((name) => <option key={name} value={name}>{roleLabel(name)}</option>)}
                    </select>
                    {errors[id] && <p className={styles.inlineError} role="alert" data-testid="member-error">{errors[id]}</p>}
                  </td>
                  <td className={styles.date}>{formatDate(member.joinedAt)}</td>
                  <td className={styles.actions}>
                    {(canManage || self) && (
                      <Button variant="danger" size="sm" onClick={() => setRemoving(member)} data-testid="remove-member" aria-label={self ? 'Leave the organisation' : `Remove ${member.user.name}`}>
                        {self ? 'Leave' : 'Remove'}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={removing?.user.id === currentUserId ? 'Leave this organisation?' : `Remove ${removing?.user.name ?? ''}?`}
        confirmLabel={removing?.user.id === currentUserId ? 'Leave' : 'Remove member'}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
        data-testid="remove-member-dialog"
      >
        {removing && <p><strong>{removing.user.email}</strong> loses access to the organisation&apos;s agents, keys and settings at once.</p>}
      </ConfirmDialog>
    </>
  );
}
