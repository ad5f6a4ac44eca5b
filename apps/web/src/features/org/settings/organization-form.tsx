'use client';
// Renames the organisation; the handle is its agents' scope and does not change here.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import { request } from '../../../lib/graphql-client';
import { text, useFormSubmit } from '../../auth/use-form-submit';
import { UpdateOrganizationDocument } from './settings-documents';
import styles from '../org.module.css';

export function OrganizationForm({ token, name, slug, canManage }: { token: string; name: string; slug: string; canManage: boolean }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { errors, pending, onSubmit } = useFormSubmit(['name'], async (data) => {
    setSaved(false);
    const { updateOrganization } = await request(UpdateOrganizationDocument, { input: { name: text(data, 'name') } }, { token });
    return {
      errors: updateOrganization.errors,
      onSuccess: () => {
        setSaved(true);
        // The header, the site nav and every page title show the name.
        router.refresh();
      },
    };
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Organisation settings" data-testid="organization-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      {saved && <Banner tone="success" data-testid="organization-saved">Saved.</Banner>}
      <TextField name="name" label="Organisation name" required maxLength={80} defaultValue={name} disabled={!canManage} error={errors.fields.name} />
      <TextField name="slug" label="Handle" value={slug} readOnly hint={`Agents are published as @${slug}/agent-name; the handle cannot change.`} />
      {canManage ? (
        <Button type="submit" loading={pending} data-testid="organization-submit">Save</Button>
      ) : (
        <p className={styles.note}>Renaming the organisation needs the <code>members:manage</code> permission.</p>
      )}
    </form>
  );
}
