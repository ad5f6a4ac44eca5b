// Organisation settings: name, handle, plan, and the identity providers people may sign in with.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@nexus/ui/card';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { IdentityProviders } from '../../../features/org/settings/identity-providers';
import { OrganizationForm } from '../../../features/org/settings/organization-form';
import { IdentityProvidersDocument, RoleNamesDocument } from '../../../features/org/settings/settings-documents';
import { formatDate } from '../../../lib/format';
import { request } from '../../../lib/graphql-client';
import styles from '../../../features/org/org.module.css';

export const metadata: Metadata = { title: 'Settings' };

const SPEC = { path: '/console/settings', title: 'settings' };
const BUILT_IN_ROLES = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'];

export default async function SettingsPage() {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const canManage = permissions.includes('members:manage');

  let providers = null;
  let roleNames = BUILT_IN_ROLES;
  if (canManage) {
    const data = await loadConsoleData({ ...SPEC, permission: 'members:manage' }, async () => {
      const [idps, roles] = await Promise.all([
        request(IdentityProvidersDocument, {}, { token }),
        permissions.includes('members:read') ? request(RoleNamesDocument, {}, { token }) : null,
      ]);
      return { providers: idps.identityProviders, roleNames: roles?.roles.map((role) => role.name) ?? BUILT_IN_ROLES };
    });
    if (!data.ok) return data.element;
    ({ providers, roleNames } = data.value);
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Settings</h1>
          <p className="page-subtitle">How <strong data-testid="console-org">{organization.tenant.name}</strong> is set up.</p>
        </div>
      </div>
      <div className="stack">
        <div className={styles.grid2}>
          <Card title="Organisation">
            <OrganizationForm key={organization.tenant.id} token={token} name={organization.tenant.name} slug={organization.tenant.slug} canManage={canManage} />
          </Card>
          <Card title="Plan" description={<Link href="/console/usage">See usage and change plan →</Link>}>
            <dl className={styles.facts}>
              <dt>Plan</dt>
              <dd data-testid="settings-plan">{organization.plan.name}</dd>
              <dt>Seats used</dt>
              <dd>{organization.seatsUsed}</dd>
              <dt>Your roles</dt>
              <dd>{organization.myRoles.join(', ')}</dd>
              <dt>Created</dt>
              <dd>{formatDate(organization.tenant.createdAt)}</dd>
            </dl>
          </Card>
        </div>
        <Card title="Identity providers" description="Let people sign in with your company's OIDC provider; its groups map to roles here.">
          {providers ? (
            <IdentityProviders key={organization.tenant.id} token={token} initial={providers} roleNames={roleNames} />
          ) : (
            <p className={styles.note} data-testid="idp-forbidden">Managing identity providers needs the <code>members:manage</code> permission.</p>
          )}
        </Card>
      </div>
    </>
  );
}
