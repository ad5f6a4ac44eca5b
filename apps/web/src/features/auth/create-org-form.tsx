'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import { request } from '../../lib/graphql-client';
import { readToken, saveToken } from '../../lib/session-client';
import { CreateTenantDocument } from './auth-documents';
import { slugify } from './slugify';
import { text, useFormSubmit } from './use-form-submit';
import styles from './auth.module.css';

const FIELDS = ['name', 'slug'] as const;

export function CreateOrgForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  // Follow the name until the person edits the slug themselves.
  const [slugTouched, setSlugTouched] = useState(false);

  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const input = { name: text(data, 'name'), slug: text(data, 'slug') };
    const { createTenant } = await request(CreateTenantDocument, { input }, { token: readToken() });
    return {
      errors: createTenant.errors,
      onSuccess: () => {
        if (!createTenant.token) throw new Error('The organisation was created but no session was returned.');
        // The new token acts for the new organisation.
        saveToken(createTenant.token);
        router.push('/console/api-keys');
        router.refresh();
      },
    };
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Create organisation" data-testid="org-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <TextField
        name="name"
        label="Organisation name"
        required
        value={name}
        placeholder="Acme Robotics"
        onChange={(event) => {
          setName(event.target.value);
          if (!slugTouched) setSlug(slugify(event.target.value));
        }}
        error={errors.fields.name}
      />
      <TextField
        name="slug"
        label="Handle"
        required
        value={slug}
        placeholder="acme-robotics"
        spellCheck={false}
        autoCapitalize="off"
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.target.value.toLowerCase());
        }}
        error={errors.fields.slug}
        hint={`Your agents will be published as @${slug || 'handle'}/agent-name. 2–39 lower-case letters, digits or hyphens.`}
      />
      <Button type="submit" className={styles.submit} loading={pending} data-testid="org-submit">Create organisation</Button>
    </form>
  );
}
