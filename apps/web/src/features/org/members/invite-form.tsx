'use client';
// Invite by email with a role; shows the link when the API could not email it.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { SelectField } from '@nexus/ui/select-field';
import { TextField } from '@nexus/ui/text-field';
import { request } from '../../../lib/graphql-client';
import { roleLabel } from '../../console/format';
import { text, useFormSubmit } from '../../auth/use-form-submit';
import { InviteMemberDocument } from './members-documents';
import styles from '../org.module.css';

const FIELDS = ['email', 'role'] as const;

export interface SentInvitation {
  email: string;
  url: string | null;
}

export function InviteForm({ token, roleNames, onSent }: { token: string; roleNames: readonly string[]; onSent: (sent: SentInvitation) => void }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [emailed, setEmailed] = useState<string | null>(null);
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    setEmailed(null);
    const input = { email: text(data, 'email'), role: text(data, 'role') || null };
    const { inviteMember } = await request(InviteMemberDocument, { input }, { token });
    return {
      errors: inviteMember.errors,
      onSuccess: () => {
        const email = inviteMember.invitation?.email ?? input.email;
        onSent({ email, url: inviteMember.inviteUrl ?? null });
        if (!inviteMember.inviteUrl) setEmailed(email);
        formRef.current?.reset();
        router.refresh();
      },
    };
  });

  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate aria-label="Invite a member" data-testid="invite-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      {emailed && <Banner tone="success" data-testid="invite-emailed">Invitation emailed to {emailed}.</Banner>}
      <div className={styles.inlineForm}>
        <TextField name="email" label="Email" type="email" required autoComplete="off" placeholder="teammate@example.com" error={errors.fields.email} />
        <SelectField name="role" label="Role" defaultValue="MEMBER" error={errors.fields.role} data-testid="invite-role">
          {roleNames.map((name) => <option key={name} value={name}>{roleLabel(name)}</option>)}
        </SelectField>
        <Button type="submit" loading={pending} data-testid="invite-submit">Send invitation</Button>
      </div>
    </form>
  );
}
