'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import { request } from '../../lib/graphql-client';
import { safeNextPath, saveToken } from '../../lib/session-client';
import { SignUpDocument } from './auth-documents';
import { text, useFormSubmit } from './use-form-submit';
import styles from './auth.module.css';

const FIELDS = ['name', 'email', 'password'] as const;

export function SignUpForm({ next = null }: { next?: string | null }) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useFormSubmit(FIELDS, async (data) => {
    const input = { name: text(data, 'name'), email: text(data, 'email'), password: String(data.get('password') ?? '') };
    const { signUp } = await request(SignUpDocument, { input });
    return {
      errors: signUp.errors,
      onSuccess: () => {
        if (!signUp.token) throw new Error('Sign-up succeeded but no session was returned.');
        saveToken(signUp.token);
        // A new account belongs to no organisation yet, unless it came to accept an invitation (`next`).
        router.push(safeNextPath(next, '/orgs/new'));
        router.refresh();
      },
    };
  });

  return (
    // noValidate: the API's per-field messages are the ones we show, consistently.
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Sign up" data-testid="signup-form">
      {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
      <TextField name="name" label="Name" autoComplete="name" required error={errors.fields.name} placeholder="Ada Lovelace" />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.fields.email} placeholder="ada@example.com" />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" required minLength={10} error={errors.fields.password} hint="At least 10 characters." />
      <Button type="submit" className={styles.submit} loading={pending} data-testid="signup-submit">Create account</Button>
      <p className={styles.footer}>Already have an account? <Link href={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Sign in</Link></p>
    </form>
  );
}
