import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '../../../features/auth/auth-card';
import { CreateOrgForm } from '../../../features/auth/create-org-form';
import { getToken } from '../../../lib/session-server';

export const metadata: Metadata = { title: 'New organisation' };

export default async function NewOrgPage() {
  // Only the cookie is checked here: the form itself reports an expired session or an unreachable API.
  if (!(await getToken())) redirect('/signin?next=/orgs/new');
  return (
    <AuthCard title="Create an organisation" subtitle="Organisations publish agents and own API keys. You can invite teammates later.">
      <CreateOrgForm />
    </AuthCard>
  );
}
