'use client';
// Section links of the console; the current section is marked for screen readers and styled.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './console.module.css';

const SECTIONS = [
  { href: '/console/agents', label: 'My agents' },
  { href: '/console/publish', label: 'Publish' },
  { href: '/console/review', label: 'Review queue' },
  { href: '/console/api-keys', label: 'API keys' },
];

export function ConsoleNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className={styles.nav}>
      {SECTIONS.map((section) => {
        const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
        return (
          <Link key={section.href} href={section.href} className={styles.link} aria-current={current ? 'page' : undefined} data-testid={`console-nav-${section.href.split('/').pop()}`}>
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
