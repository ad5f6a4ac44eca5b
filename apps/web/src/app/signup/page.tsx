import type { Metadata } from 'next';
import { AuthCard } from '../../features/auth/auth-card';
import { SignUpForm } from '../../features/auth/sign-up-form';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <AuthCard title="Create your account" subtitle="Publish agents, manage API keys and collaborate with your organisation.">
      <SignUpForm next={typeof next === 'string' ? next : null} />
    </AuthCard>
  );
}
