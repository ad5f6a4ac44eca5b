// The organisation console end to end: invite and join, roles, the last-owner rule, keys, domains, audit, downloads, switching.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { PASSWORD, createOrganisation, signUp, uniqueSuffix } from './helpers';

async function contentOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

async function downloadBy(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

const row = (page: Page, testId: string, attribute: string, value: string) => page.getByTestId(testId).and(page.locator(`[${attribute}="${value}"]`));

test('an owner runs the organisation from the console', async ({ page, browser }) => {
  // One long journey: every step builds on the data of the step before.
  test.setTimeout(300_000);
  const suffix = uniqueSuffix();
  const owner = { name: 'Olive Owner', email: `owner-${suffix}@example.com` };
  const invitee = { name: 'Ivan Invitee', email: `invitee-${suffix}@example.com` };
  const orgName = `Console Org ${suffix}`;
  const hostname = `shop-${suffix}.example.com`;

  await test.step('the owner signs up and creates an organisation', async () => {
    await signUp(page, owner);
    await createOrganisation(page, orgName, `console-${suffix}`);
    await expect(page).toHaveURL(/\/console\/api-keys$/);
    await expect(page.getByTestId('org-switcher-current')).toHaveText(orgName);
  });

  let inviteUrl = '';
  await test.step('inviting a member shows the link, since no mail server is configured', async () => {
    await page.getByTestId('console-nav-members').click();
    await expect(page).toHaveURL(/\/console\/members$/);
    const form = page.getByTestId('invite-form');
    await form.getByLabel('Email').fill(invitee.email);
    await form.getByLabel('Role').selectOption('MEMBER');
    await form.getByTestId('invite-submit').click();
    await expect(page.getByTestId('invite-url')).toBeVisible();
    inviteUrl = (await page.getByTestId('invite-url').textContent()) ?? '';
    expect(inviteUrl).toMatch(/^https?:\/\/[^/]+\/invitations\/[^/\s]+$/);
    await expect(row(page, 'invitation-row', 'data-email', invitee.email).getByTestId('invitation-status')).toHaveText('pending');
  });

  let invitePath = '';
  await test.step('the invitee signs up from the link in their own browser and joins', async () => {
    const context = await browser.newContext();
    try {
      const guest = await context.newPage();
      // The link is absolute (the API's PUBLIC_WEB_URL); open its path on the app under test.
      invitePath = new URL(inviteUrl).pathname;
      await guest.goto(new URL(invitePath, test.info().project.use.baseURL).href);
      await expect(guest.getByTestId('invitation-org')).toHaveText(orgName);
      await expect(guest.getByTestId('invitation-email')).toHaveText(invitee.email);
      await expect(guest.getByTestId('invitation-role')).toHaveText('Member');

      await guest.getByTestId('invitation-signup').click();
      await expect(guest).toHaveURL(/\/signup\?next=/);
      await guest.getByLabel('Name', { exact: true }).fill(invitee.name);
      await guest.getByLabel('Email', { exact: true }).fill(invitee.email);
      await guest.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await guest.getByTestId('signup-submit').click();

      // Back on the invitation, now signed in as the invited address.
      await expect(guest).toHaveURL((url) => url.pathname === invitePath);
      await expect(guest.getByTestId('invitation-email-mismatch')).toHaveCount(0);
      await guest.getByTestId('accept-invitation').click();
      await expect(guest).toHaveURL(/\/console\/agents$/);
      await expect(guest.getByTestId('org-switcher-current')).toHaveText(orgName);
      await expect(guest.getByTestId('nav-org')).toHaveText(orgName);

      // As a plain member: the audit log is refused with a reason, and roles are read-only.
      await guest.getByTestId('console-nav-audit').click();
      await expect(guest.getByTestId('console-forbidden')).toContainText('audit:read');
      await guest.getByTestId('console-nav-members').click();
      await expect(row(guest, 'member-row', 'data-email', owner.email).getByTestId('member-role')).toBeDisabled();
      await expect(guest.getByTestId('invite-form')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  const member = row(page, 'member-row', 'data-email', invitee.email);
  await test.step('the owner makes the new member an admin', async () => {
    await page.reload();
    await expect(member).toBeVisible();
    await expect(member.getByTestId('member-role')).toHaveValue('MEMBER');
    await expect(row(page, 'invitation-row', 'data-email', invitee.email).getByTestId('invitation-status')).toHaveText('accepted');
    await member.getByTestId('member-role').selectOption('ADMIN');
    await expect(member).toHaveAttribute('data-role', 'ADMIN');
    await page.reload();
    await expect(member.getByTestId('member-role')).toHaveValue('ADMIN');
  });

  await test.step('the only owner cannot demote themselves, and is told why', async () => {
    const me = row(page, 'member-row', 'data-email', owner.email);
    await me.getByTestId('member-role').selectOption('MEMBER');
    await expect(me.getByTestId('member-error')).toContainText(/owner/i);
    await expect(me.getByTestId('member-role')).toHaveValue('OWNER');
    await page.reload();
    await expect(me.getByTestId('member-role')).toHaveValue('OWNER');
  });

  await test.step('an API key shows its secret once and can be revoked', async () => {
    await page.getByTestId('console-nav-api-keys').click();
    await expect(page).toHaveURL(/\/console\/api-keys$/);
    await page.getByLabel('Name', { exact: true }).fill(`console-key-${suffix}`);
    await page.getByTestId('scope-members:read').check();
    await page.getByTestId('create-key-submit').click();
    await expect(page.getByTestId('api-key-secret')).toHaveText(/^nxk_/);

    const key = row(page, 'api-key-row', 'data-key-name', `console-key-${suffix}`);
    await expect(key).toContainText('members:read');
    await expect(key.getByTestId('key-created-by')).toHaveText(owner.name);
    await page.getByTestId('dismiss-secret').click();
    await expect(page.getByTestId('api-key-secret')).toHaveCount(0);

    await key.getByTestId('revoke-key').click();
    await page.getByTestId('revoke-dialog').getByTestId('confirm-action').click();
    await expect(key.getByTestId('key-status')).toHaveText('revoked');
  });

  await test.step('a new domain lists the DNS records that prove it', async () => {
    await page.getByTestId('console-nav-domains').click();
    await page.getByLabel('Hostname').fill(hostname);
    await page.getByTestId('add-domain-submit').click();
    const domain = row(page, 'domain-row', 'data-hostname', hostname);
    await expect(domain).toBeVisible();
    const details = row(page, 'domain-details', 'data-hostname', hostname);
    await expect(details.locator('[data-testid="dns-record"][data-type="TXT"]').getByTestId('record-name')).toHaveText(`_nexus-verify.${hostname}`);
    await expect(details.locator('[data-testid="dns-record"][data-type="TXT"]').getByTestId('record-value')).toHaveText(/\S+/);
    await expect(details.locator('[data-testid="dns-record"][data-type="CNAME"]').getByTestId('record-name')).toHaveText(hostname);
    await expect(details.locator('[data-testid="dns-record"][data-type="TXT"]').getByTestId('record-satisfied')).toHaveText('✗');
    // Still pending: the page keeps checking by itself.
    await expect(page.getByTestId('domains-polling')).toBeVisible();
  });

  await test.step('usage shows the plan and the seats now taken', async () => {
    await page.getByTestId('console-nav-usage').click();
    await expect(page.getByTestId('plan-name')).not.toBeEmpty();
    await expect(page.locator('[data-testid="quota"][data-limit="seats"]').getByTestId('quota-value')).toHaveText(/^2 \//);
    await page.getByTestId('range-HOUR').click();
    await expect(page).toHaveURL(/range=HOUR/);
    await expect(page.getByTestId('range-HOUR')).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('usage-chart')).toBeVisible();
  });

  await test.step('the audit log records the invitation, the role change, the key and the domain', async () => {
    await page.getByTestId('console-nav-audit').click();
    for (const action of ['invitation.created', 'invitation.accepted', 'member.role_changed', 'api_key.created', 'api_key.revoked', 'domain.added']) {
      await expect(row(page, 'audit-row', 'data-action', action).first()).toBeVisible();
    }
    const roleChange = row(page, 'audit-row', 'data-action', 'member.role_changed').first();
    await expect(roleChange).toContainText(owner.email);
    await roleChange.getByTestId('audit-toggle').click();
    await expect(page.getByTestId('audit-diff')).toContainText('ADMIN');
  });

  await test.step('the audit CSV downloads with the rows the filter keeps', async () => {
    await page.getByLabel('Action starts with').fill('api_key.');
    await page.getByTestId('audit-apply').click();
    await expect(page).toHaveURL(/action=api_key\./);
    await expect(page.getByTestId('audit-action').first()).toHaveText(/^api_key\./);
    for (const action of await page.getByTestId('audit-action').allTextContents()) expect(action).toMatch(/^api_key\./);

    const download = await downloadBy(page, page.getByTestId('export-csv'));
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await contentOf(download);
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toContain('action');
    expect(lines.some((line) => line.includes('api_key.created'))).toBe(true);
    expect(lines.some((line) => line.includes('api_key.revoked'))).toBe(true);
    expect(csv).not.toContain('domain.added');
  });

  await test.step('the Kubernetes manifests download as <namespace>.yaml', async () => {
    await page.getByTestId('console-nav-kubernetes').click();
    const namespace = ((await page.getByTestId('isolation-namespace').textContent()) ?? '').trim();
    expect(namespace).not.toBe('');
    const download = await downloadBy(page, page.getByTestId('download-yaml'));
    expect(download.suggestedFilename()).toBe(`${namespace}.yaml`);
    const yaml = await contentOf(download);
    expect(yaml).toContain('kind: Namespace');
    expect(yaml).toContain(`name: ${namespace}`);
    expect(yaml).toContain('kind: ResourceQuota');
  });

  await test.step('the header switches between organisations', async () => {
    const second = `Second Org ${suffix}`;
    await page.getByTestId('org-switcher').click();
    await page.getByTestId('org-create').click();
    await createOrganisation(page, second, `second-${suffix}`);
    await expect(page.getByTestId('org-switcher-current')).toHaveText(second);

    await page.getByTestId('org-switcher').click();
    await expect(page.getByTestId('org-option')).toHaveCount(2);
    await page.locator(`[data-testid="org-option"][data-slug="console-${suffix}"]`).click();
    await expect(page.getByTestId('org-switcher-current')).toHaveText(orgName);
    await expect(page.getByTestId('console-org')).toHaveText(orgName);
  });
});
