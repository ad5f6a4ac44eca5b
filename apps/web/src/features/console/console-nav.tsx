'use client';
// Section links of the console; the current section is marked for screen readers and styled.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Fragment } from 'react';
import styles from './console.module.css';

const GROUPS = [
  [
    { href: '/console/agents', label: 'My agents' },
    { href: '/console/publish', label: 'Publish' },
    { href: '/console/review', label: 'Review queue' },
    { href: '/console/workflows', label: 'Workflows' },
  ],
  [
    { href: '/console/settings', label: 'Settings' },
    { href: '/console/members', label: 'Members' },
    { href: '/console/roles', label: 'Roles' },
    { href: '/console/api-keys', label: 'API keys' },
    { href: '/console/domains', label: 'Domains' },
    { href: '/console/usage', label: 'Usage' },
    { href: '/console/kubernetes', label: 'Kubernetes' },
    { href: '/console/audit', label: 'Audit log' },
  ],
];

export function ConsoleNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className={styles.nav}>
      {GROUPS.map((group, index) => (
        <Fragment key={group[0]!.href}>
          {index > 0 && <span className={styles.divider} aria-hidden="true" />}
          {group.map((section) => {
            const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
            return (
              <Link key={section.href} href={section.href} className={styles.link} aria-current={current ? 'page' : undefined} data-testid={`console-nav-${section.href.split('/').pop()}`}>
                {section.label}
              </Link>
            );
          })}
        </Fragment>
      ))}
    </nav>
  );
}
