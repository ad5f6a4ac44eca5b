// Shared gate of console pages: a signed-in user acting for an organisation, or the response to give instead.
import { redirect } from 'next/navigation';
import { getSession, type Session } from './session-server';

export type ConsoleSession = Extract<Session, { status: 'signed-in' }> & { viewer: { tenant: NonNullable<Extract<Session, { status: 'signed-in' }>['viewer']['tenant']> } };

/** Redirects anonymous visitors to sign-in and users without an organisation to create one. */
export async function requireConsoleSession(path: string): Promise<ConsoleSession | Extract<Session, { status: 'error' }>> {
  const session = await getSession();
  if (session.status === 'anonymous') redirect(`/signin?next=${encodeURIComponent(path)}`);
  if (session.status === 'error') return session;
  if (!session.viewer.tenant) redirect('/orgs/new');
  return session as ConsoleSession;
}
