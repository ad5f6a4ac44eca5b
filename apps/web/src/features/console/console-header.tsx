// Top of every console page: which organisation the console acts for (with the switcher), then the section links.
import { getSession } from '../../lib/session-server';
import { ConsoleNav } from './console-nav';
import { OrgSwitcher } from './org-switcher';
import styles from './console.module.css';

export async function ConsoleHeader() {
  const session = await getSession();
  const tenant = session.status === 'signed-in' ? session.viewer.tenant : null;
  return (
    <>
      {session.status === 'signed-in' && tenant && (
        <div className={styles.header}>
          <span className={styles.headerLabel}>Organisation</span>
          <OrgSwitcher token={session.token} currentId={tenant.id} memberships={session.viewer.memberships} />
        </div>
      )}
      <ConsoleNav />
    </>
  );
}
