'use client';
// Organisation switcher of the console header: a new token acting for the chosen organisation, then fresh data.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { request } from '../../lib/graphql-client';
import { saveToken } from '../../lib/session-client';
import { describeRequestError } from '../../lib/user-errors';
import { SwitchTenantDocument } from './console-documents';
import styles from './console.module.css';

export interface SwitcherMembership {
  role: string;
  tenant: { id: string; name: string; slug: string };
}

export function OrgSwitcher({ token, currentId, memberships }: { token: string; currentId: string; memberships: readonly SwitcherMembership[] }) {
  const router = useRouter();
  const menu = useRef<HTMLDetailsElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = memberships.find((m) => m.tenant.id === currentId);

  // A <details> menu stays open until toggled; close it like any menu, on a click elsewhere or Escape.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) details.removeAttribute('open');
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  async function switchTo(tenantId: string) {
    if (tenantId === currentId) return menu.current?.removeAttribute('open');
    setPending(tenantId);
    setError(null);
    try {
      const { switchTenant } = await request(SwitchTenantDocument, { tenantId }, { token });
      if (switchTenant.errors.length || !switchTenant.token) {
        setError(switchTenant.errors.map((e) => e.message).join(' ') || 'The switch returned no session.');
        return;
      }
      saveToken(switchTenant.token);
      menu.current?.removeAttribute('open');
      // Server components read the new cookie; the nav, header and page all re-render for the new organisation.
      router.refresh();
    } catch (cause) {
      setError(describeRequestError(cause));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className={styles.switcherWrap}>
      <details ref={menu} className={styles.switcher}>
        <summary className={styles.switcherButton} data-testid="org-switcher" aria-label="Switch organisation">
          <span className={styles.orgDot} aria-hidden="true" />
          <span data-testid="org-switcher-current">{current?.tenant.name ?? 'Organisation'}</span>
          {current && <span className={styles.switcherRole}>{current.role.toLowerCase()}</span>}
          <span aria-hidden="true" className={styles.chevron}>▾</span>
        </summary>
        <div className={styles.menu} role="menu" aria-label="Your organisations">
          {memberships.map((m) => (
            <button
              key={m.tenant.id}
              type="button"
              role="menuitemradio"
              aria-checked={m.tenant.id === currentId}
              className={styles.menuItem}
              onClick={() => void switchTo(m.tenant.id)}
              disabled={pending !== null}
              data-testid="org-option"
              data-slug={m.tenant.slug}
            >
              <span className={styles.menuName}>{m.tenant.name}</span>
              <span className={styles.menuMeta}>@{m.tenant.slug} · {m.role.toLowerCase()}{pending === m.tenant.id ? ' · switching…' : ''}</span>
            </button>
          ))}
          <Link href="/orgs/new" className={styles.menuCreate} role="menuitem" data-testid="org-create">+ New organisation</Link>
        </div>
      </details>
      {error && <Banner tone="error" data-testid="org-switch-error">{error}</Banner>}
    </div>
  );
}
