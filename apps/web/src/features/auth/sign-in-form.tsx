'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import { request } from '../../lib/graphql-client';
import { safeNextPath, saveToken } from '../../lib/session-client';
import { SignInDocument } from './auth-documents';
import { text, useFormSubmit } from './use-form-submit';
import styles from './auth.module.css';

const FIELDS = ['email', 'password'] as const;

export function SignInForm({ next }: { next: string | null }) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const input = { email: text(data, 'email'), password: String(data.get('password') ?? '') };
    const { signIn } = await request(SignInDocument, { input });
    return {
      errors: signIn.errors,
      onSuccess: () => {
        if (!signIn.token) throw new Error('Sign-in succeeded but no session was returned.');
        saveToken(signIn.token);
        // Without an organisation the console has nothing to show, but an invitation (`next`) is how one joins.
        router.push(signIn.tenant || next?.startsWith('/invitations/') ? safeNextPath(next, '/console/api-keys') : '/orgs/new');
        router.refresh();
      },
    };
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Sign in" data-testid="signin-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.fields.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.fields.password} />
      <Button type="submit" className={styles.submit} loading={pending} data-testid="signin-submit">Sign in</Button>
      <p className={styles.footer}>New to Nexus Forge? <Link href={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</Link></p>
    </form>
  );
}
