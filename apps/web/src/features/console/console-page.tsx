// Gate shared by console pages: signed in, acting for an organisation, holding the page's permission; then the page's data.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { cache, type ReactElement } from 'react';
import { buttonClassName } from '@nexus/ui/button';
import type { ConsoleOrganizationQuery } from '../../gql/graphql';
import { requireConsoleSession, type ConsoleSession } from '../../lib/console-session';
import { GraphQLRequestError, request } from '../../lib/graphql-client';
import { RequestErrorState } from '../shell/request-error-state';
import { ConsoleOrganizationDocument } from './console-documents';
import { NoPermission } from './no-permission';

export type ConsoleOrganization = ConsoleOrganizationQuery['organization'];

export interface ConsolePageSpec {
  /** The page's path, where sign-in returns to. */
  path: string;
  /** What the page is called in the no-permission message. */
  title: string;
  /** Permission needed to see the page at all. */
  permission?: string;
}

export interface ConsolePage {
  session: ConsoleSession;
  token: string;
  organization: ConsoleOrganization;
  /** The caller's effective permissions here, for hiding or disabling what they cannot do. */
  permissions: string[];
}

export type Opened<T> = { ok: true; value: T } | { ok: false; element: ReactElement };

// One organisation lookup per request, however many components ask.
const loadOrganization = cache((token: string) => request(ConsoleOrganizationDocument, {}, { token }));

const retry = (path: string) => <Link href={path} className={buttonClassName('secondary')}>Try again</Link>;

export async function openConsolePage(spec: ConsolePageSpec): Promise<Opened<ConsolePage>> {
  const session = await requireConsoleSession(spec.path);
  if (session.status === 'error') return { ok: false, element: <RequestErrorState error={session.error} action={retry(spec.path)} /> };
  const loaded = await loadConsoleData(spec, () => loadOrganization(session.token));
  if (!loaded.ok) return loaded;
  const { organization } = loaded.value;
  if (spec.permission && !organization.myPermissions.includes(spec.permission)) {
    return { ok: false, element: <NoPermission title={spec.title} permission={spec.permission} roles={organization.myRoles} /> };
  }
  return { ok: true, value: { session, token: session.token, organization, permissions: organization.myPermissions } };
}

/** Runs a page's query: sign-in again when the session is gone, the no-permission state when refused, the error state otherwise. */
export async function loadConsoleData<T>(spec: ConsolePageSpec, load: () => Promise<T>): Promise<Opened<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === 'UNAUTHENTICATED') redirect(`/signin?next=${encodeURIComponent(spec.path)}`);
    if (error.code === 'FORBIDDEN') {
      return { ok: false, element: <NoPermission title={spec.title} permission={spec.permission ?? null} message={error.message} /> };
    }
    return { ok: false, element: <RequestErrorState error={error} action={retry(spec.path)} /> };
  }
}
