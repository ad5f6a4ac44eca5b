// Top navigation: product links on the left, the session (user, organisation, sign-out) on the right.
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import { getSession } from '../../lib/session-server';
import { SignOutButton } from './sign-out-button';
import styles from './site-nav.module.css';

export async function SiteNav() {
  const session = await getSession();
  return (
    <header className={styles.nav}>
      <div className={`container ${styles.inner}`}>
        <Link href="/marketplace" className={styles.brand} aria-label="Nexus Forge home">
          <span className={styles.logo} aria-hidden="true">◆</span>
          <span>Nexus Forge</span>
        </Link>
        <nav aria-label="Main" className={styles.links}>
          <Link href="/marketplace" className={styles.link}>Marketplace</Link>
          {session.status === 'signed-in' && (
            <>
              <Link href="/console/agents" className={styles.link} data-testid="nav-my-agents">My agents</Link>
              <Link href="/console/publish" className={styles.link} data-testid="nav-publish">Publish</Link>
              <Link href="/console/review" className={styles.link} data-testid="nav-review">Review</Link>
              <Link href="/console/api-keys" className={styles.link}>API keys</Link>
            </>
          )}
        </nav>
        <div className={styles.session}>
          {session.status === 'signed-in' ? (
            <>
              {session.viewer.tenant ? (
                <span className={styles.org} data-testid="nav-org" title="Organisation you are acting for">
                  <span className={styles.orgDot} aria-hidden="true" />
                  {session.viewer.tenant.name}
                </span>
              ) : (
                <Link href="/orgs/new" className={buttonClassName('secondary', 'sm')}>Create organisation</Link>
              )}
              <span className={styles.user} data-testid="nav-user" title={session.viewer.user.email}>
                <span className={styles.avatar} aria-hidden="true">{session.viewer.user.name.charAt(0).toUpperCase()}</span>
                <span className={styles.userName}>{session.viewer.user.name}</span>
              </span>
              <SignOutButton />
            </>
          ) : session.status === 'error' ? (
            // Signed in as far as we know, but the API could not confirm it: still allow signing out.
            <>
              <span className={styles.offline} data-testid="nav-api-offline" title={session.error.message}>API offline</span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className={buttonClassName('ghost', 'sm')} data-testid="nav-signin">Sign in</Link>
              <Link href="/signup" className={buttonClassName('primary', 'sm')} data-testid="nav-signup">Sign up</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
