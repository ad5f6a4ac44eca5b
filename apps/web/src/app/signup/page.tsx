import type { Metadata } from 'next';
import { AuthCard } from '../../features/auth/auth-card';
import { SignUpForm } from '../../features/auth/sign-up-form';

export const metadata: Metadata = { title: 'Sign up' };

export default function SignUpPage() {
  return (
    <AuthCard title="Create your account" subtitle="Publish agents, manage API keys and collaborate with your organisation.">
      <SignUpForm />
    </AuthCard>
  );
}
