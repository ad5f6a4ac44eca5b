// What a console page shows to someone whose role does not grant the page's permission.
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';

export interface NoPermissionProps {
  title: string;
  permission: string | null;
  roles?: readonly string[];
  /** The API's own refusal, when it refused after the page thought the caller could. */
  message?: string;
}

export function NoPermission({ title, permission, roles, message }: NoPermissionProps) {
  const held = roles?.length ? ` Your role here is ${roles.join(', ')}.` : '';
  return (
    <EmptyState
      icon={<LockIcon />}
      title={`You don't have access to ${title}`}
      description={
        <>
          {permission ? <>This page needs the <code>{permission}</code> permission.</> : message}
          {held} Ask an owner or admin of the organisation if you need it.
        </>
      }
      action={<Link href="/console/agents" className={buttonClassName('secondary')}>Back to the console</Link>}
      data-testid="console-forbidden"
    />
  );
}

function LockIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}
