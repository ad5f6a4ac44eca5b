import type { Metadata } from 'next';
import { AuthCard } from '../../features/auth/auth-card';
import { SignInForm } from '../../features/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <AuthCard title="Welcome back" subtitle="Sign in to manage your organisation on Nexus Forge.">
      <SignInForm next={typeof next === 'string' ? next : null} />
    </AuthCard>
  );
}
