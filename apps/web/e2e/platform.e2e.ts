// The main journey: account → organisation → API key lifecycle with live activity → sign out/in → marketplace.
import { expect, test } from '@playwright/test';
import { createOrganisation, signIn, signUp, uniqueSuffix } from './helpers';

test('a new user creates an organisation, manages an API key and browses the marketplace', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `e2e-${suffix}@example.com`;
  const orgName = `E2E Org ${suffix}`;
  const keyName = `ci-key-${suffix}`;

  await test.step('sign up and create an organisation', async () => {
    await signUp(page, { name: 'E2E Tester', email });
    await createOrganisation(page, orgName, `e2e-${suffix}`);
    await expect(page).toHaveURL(/\/console\/api-keys$/);
    await expect(page.getByTestId('nav-org')).toHaveText(orgName);
    await expect(page.getByTestId('api-keys-empty')).toBeVisible();
  });

  // The event must be published after the subscription exists, so wait for the socket first.
  await expect(page.getByTestId('activity-status')).toHaveAttribute('data-state', 'live');

  let secret = '';
  await test.step('create a key: the secret is shown once and can be copied', async () => {
    await page.getByLabel('Name', { exact: true }).fill(keyName);
    await page.getByTestId('scope-keys:manage').check();
    await page.getByTestId('create-key-submit').click();

    const secretBox = page.getByTestId('api-key-secret');
    await expect(secretBox).toBeVisible();
    secret = (await secretBox.textContent()) ?? '';
    expect(secret).toMatch(/^nxk_/);
    await expect(page.getByTestId('api-key-secret-box')).toContainText('will not be shown again');

    await page.getByTestId('copy-secret').click();
    await expect(page.getByTestId('copy-secret')).toHaveText('Copied!');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  });

  await test.step('the activity panel shows the creation live', async () => {
    const created = page.getByTestId('activity-event').and(page.locator('[data-type="API_KEY_CREATED"]'));
    await expect(created.first()).toBeVisible();
  });

  const row = page.getByTestId('api-key-row').and(page.locator(`[data-key-name="${keyName}"]`));
  await test.step('the key is listed, and after a reload its secret is gone', async () => {
    await expect(row.getByTestId('key-status')).toHaveText('active');
    await expect(row).toContainText('keys:manage');
    const prefix = (await row.locator('code').first().textContent())?.replace('…', '') ?? '';
    expect(secret.startsWith(prefix)).toBe(true);

    await page.reload();
    await expect(row).toBeVisible();
    await expect(page.getByTestId('api-key-secret')).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
  });

  await test.step('revoke after confirming', async () => {
    await expect(page.getByTestId('activity-status')).toHaveAttribute('data-state', 'live');
    await row.getByTestId('revoke-key').click();
    await expect(page.getByTestId('revoke-dialog')).toBeVisible();
    await page.getByTestId('revoke-dialog').getByTestId('confirm-action').click();
    await expect(page.getByTestId('revoke-dialog')).toBeHidden();
    await expect(row.getByTestId('key-status')).toHaveText('revoked');
    await expect(row.getByTestId('revoke-key')).toHaveCount(0);
    await expect(page.locator('[data-testid="activity-event"][data-type="API_KEY_REVOKED"]').first()).toBeVisible();

    await page.reload();
    await expect(row.getByTestId('key-status')).toHaveText('revoked');
  });

  await test.step('sign out, then sign in again', async () => {
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByTestId('nav-signin')).toBeVisible();

    await page.goto('/console/api-keys');
    await expect(page).toHaveURL(/\/signin\?next=/);

    await signIn(page, email);
    await expect(page).toHaveURL(/\/console\/api-keys$/);
    await expect(page.getByTestId('nav-org')).toHaveText(orgName);
  });

  await test.step('the marketplace lists seeded agents with their publishers, and search narrows it', async () => {
    await page.goto('/marketplace');
    const cards = page.getByTestId('agent-card');
    const invoiceCard = cards.filter({ has: page.getByTestId('agent-name').getByText('@acme/invoice-extractor', { exact: true }) });
    await expect(invoiceCard).toBeVisible();
    await expect(invoiceCard.getByTestId('agent-publisher')).toHaveText(/^by \S.+/);

    const allCount = await cards.count();
    expect(allCount).toBeGreaterThanOrEqual(3);
    const publishers = new Set(await cards.getByTestId('agent-publisher').allTextContents());
    expect(publishers.size).toBeGreaterThanOrEqual(2);

    await page.getByTestId('marketplace-search').fill('invoice');
    await page.getByTestId('marketplace-search-submit').click();
    await expect(page).toHaveURL(/[?&]q=invoice/);
    await expect(invoiceCard).toBeVisible();
    // Ranked, typo-tolerant search: the best match leads, and the list is narrower than everything.
    await expect(cards.first().getByTestId('agent-name')).toHaveText('@acme/invoice-extractor');
    const filtered = await cards.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(allCount);

    await page.getByTestId('marketplace-search').fill(`zzqxw${suffix}`);
    await page.getByTestId('marketplace-search-submit').click();
    await expect(page.getByTestId('agents-empty')).toBeVisible();
  });
});
