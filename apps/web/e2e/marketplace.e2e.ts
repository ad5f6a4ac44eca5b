// Marketplace journeys: browse and filter, typo-tolerant search, an agent's page, and publish → review → find.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn, uniqueSuffix } from './helpers';
import { helloAgentPackage } from './tar';

const DEMO = { email: 'demo@nexus.dev', password: 'demo-password-123' };

const cards = (page: Page) => page.getByTestId('agent-card');
const cardNames = (page: Page) => cards(page).getByTestId('agent-name').allTextContents();

async function totalCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('agents-count').textContent()) ?? '';
  return Number(/(\d[\d,]*)\s+agents?/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

/** Downloads from the card's exact tooltip ("18,420 downloads"), not the compact label. */
async function downloadsOf(card: Locator): Promise<number> {
  const title = (await card.locator('[title$=" downloads"]').getAttribute('title')) ?? '';
  return Number(title.replace(/[^\d]/g, ''));
}

test.describe('marketplace', () => {
  test('browse: lists agents, a facet narrows them, and sorting by usage orders by downloads', async ({ page }) => {
    await page.goto('/marketplace');
    await expect(cards(page).first()).toBeVisible();
    expect(await cards(page).count()).toBeGreaterThanOrEqual(3);
    const all = await totalCount(page);

    await test.step('a publisher facet narrows the list and lands in the URL', async () => {
      await page.getByTestId('facet-publisher-acme').check();
      await expect(page).toHaveURL(/[?&]publisher=acme(&|$)/);
      await expect.poll(async () => (await cardNames(page)).every((name) => name.startsWith('@acme/'))).toBe(true);
      const narrowed = await totalCount(page);
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(all);
      // The URL is shareable: a reload renders the same filtered page on the server.
      await page.reload();
      await expect(page.getByTestId('facet-publisher-acme')).toBeChecked();
      expect((await cardNames(page)).every((name) => name.startsWith('@acme/'))).toBe(true);
      await page.getByTestId('facet-publisher-acme').uncheck();
      await expect(page).not.toHaveURL(/publisher=/);
      await expect.poll(() => totalCount(page)).toBe(all);
    });

    await test.step('sort by "Most used" orders cards by downloads', async () => {
      await page.getByTestId('sort-select').selectOption('usage');
      await expect(page).toHaveURL(/[?&]sort=usage/);
      await expect.poll(async () => {
        const downloads: number[] = [];
        for (const card of await cards(page).all()) downloads.push(await downloadsOf(card));
        return downloads.length > 1 && downloads.every((value, i) => i === 0 || downloads[i - 1]! >= value);
      }).toBe(true);
    });
  });

  test('search as you type finds Invoice Extractor first, even with a typo', async ({ page }) => {
    await page.goto('/marketplace');
    await expect(cards(page).first()).toBeVisible();

    await page.getByTestId('marketplace-search').fill('invoice');
    await expect(page).toHaveURL(/[?&]q=invoice(&|$)/);
    await expect(cards(page).first().getByTestId('agent-name')).toHaveText('@acme/invoice-extractor');

    await page.getByTestId('marketplace-search').fill('invioce');
    await expect(page).toHaveURL(/[?&]q=invioce(&|$)/);
    await expect(cards(page).first().getByTestId('agent-name')).toHaveText('@acme/invoice-extractor');
  });

  test('agent page: README, versions, dependencies, report, and copying the install command', async ({ page }) => {
    await page.goto('/agents/acme/invoice-extractor');
    await expect(page.getByTestId('agent-title')).toHaveText('Invoice Extractor');
    await expect(page.getByTestId('agent-scoped-name')).toHaveText('@acme/invoice-extractor');

    await test.step('README is rendered as HTML, not markdown source', async () => {
      const readme = page.getByTestId('readme');
      await expect(readme).toBeVisible();
      await expect(readme.locator('h2, h3, p').first()).toBeVisible();
      await expect(readme).not.toContainText('](http');
    });

    await test.step('versions table', async () => {
      await page.getByTestId('tab-versions').click();
      const rows = page.getByTestId('version-row');
      await expect(rows.first()).toBeVisible();
      const latest = ((await page.getByTestId('agent-latest-version').textContent()) ?? '').replace(/^v/, '');
      const latestRow = page.locator(`[data-testid="version-row"][data-version="${latest}"]`);
      await expect(latestRow.getByTestId('version-status')).toHaveText('Published');
      await expect(latestRow.getByTestId('version-dist-tag').filter({ hasText: 'latest' })).toBeVisible();
    });

    await test.step('dependencies', async () => {
      await page.getByTestId('tab-dependencies').click();
      await expect(page.getByTestId('dependencies')).toBeVisible();
      await expect(page.getByTestId('dependencies-status')).toBeVisible();
      await expect(page.getByTestId('install-order').locator('li').last()).toContainText('@acme/invoice-extractor');
      await expect(page.getByTestId('dependency-graph').or(page.getByTestId('dependencies-empty'))).toBeVisible();
    });

    await test.step('security and benchmark report', async () => {
      await page.getByTestId('tab-report').click();
      const steps = page.getByTestId('report-step');
      await expect(steps.first()).toBeVisible();
      await expect(page.locator('[data-testid="report-step"][data-step="security"]')).toBeVisible();
      const benchmark = page.locator('[data-testid="report-step"][data-step="benchmark"]');
      await expect(benchmark).toBeVisible();
      await expect(benchmark.locator('[data-metric="p95Ms"]')).toBeVisible();
    });

    await test.step('install command copies to the clipboard', async () => {
      const command = (await page.getByTestId('install-command').textContent()) ?? '';
      expect(command).toContain('@acme/invoice-extractor');
      await page.getByTestId('copy-install').click();
      await expect(page.getByTestId('copy-install')).toHaveText('Copied!');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    });
  });

  test('publish a package, approve it in review, then find and run it', async ({ page }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    const name = `@acme/e2e-hello-${suffix}`;

    await signIn(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(/\/console\//);

    await test.step('upload with progress, then the pipeline report', async () => {
      await page.goto('/console/publish');
      await page.getByTestId('package-file').setInputFiles({ name: `e2e-hello-${suffix}.tgz`, mimeType: 'application/gzip', buffer: helloAgentPackage(name) });
      await expect(page.getByTestId('package-selected')).toContainText('.tgz');
      await page.getByTestId('publish-submit').click();
      await expect(page.getByTestId('upload-progress')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
      await expect(page.getByTestId('upload-percent')).toHaveText('100%');
      await expect(page.getByTestId('publish-status')).toHaveAttribute('data-status', 'PENDING_REVIEW', { timeout: 90_000 });
      const steps = page.getByTestId('publish-report').getByTestId('report-step');
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      await expect(page.locator('[data-testid="report-step"][data-status="failed"]')).toHaveCount(0);
      await expect(page.locator('[data-testid="report-step"][data-step="benchmark"]')).toBeVisible();
    });

    await test.step('the new version is listed under My agents as in review', async () => {
      await page.goto('/console/agents');
      const mine = page.locator(`[data-testid="my-agent"][data-agent-name="${name}"]`);
      await expect(mine.getByTestId('version-chip')).toHaveAttribute('data-status', 'PENDING_REVIEW');
    });

    await test.step('a platform admin approves it', async () => {
      await page.goto('/console/review');
      const item = page.locator(`[data-testid="review-item"][data-agent-name="${name}"]`);
      await expect(item).toBeVisible();
      await expect(item.getByTestId('report-step').first()).toBeAttached();
      await item.getByTestId('approve-version').click();
      await expect(page.getByTestId('review-outcome').filter({ hasText: name })).toContainText('approved');
      await expect(item).toHaveCount(0);
    });

    await test.step('search finds it and its page opens', async () => {
      // Indexing may lag the approval by a moment; each reload is a fresh search.
      await expect(async () => {
        await page.goto(`/marketplace?q=${encodeURIComponent(`e2e-hello-${suffix}`)}`);
        await expect(page.locator(`[data-testid="agent-card"][data-agent-name="${name}"]`)).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 45_000 });
      await page.locator(`[data-testid="agent-card"][data-agent-name="${name}"]`).getByTestId('agent-link').click();
      await expect(page).toHaveURL(new RegExp(`/agents/acme/e2e-hello-${suffix}$`));
      await expect(page.getByTestId('agent-title')).toHaveText('E2E Hello Agent');
      await expect(page.getByTestId('readme')).toContainText('Greets a name.');
      await expect(page.getByTestId('install-command')).toContainText(name);
    });

    await test.step('try it runs the published version', async () => {
      await page.getByTestId('tab-try').click();
      await page.getByTestId('try-input').fill('{ "name": "Ada" }');
      await page.getByTestId('try-run').click();
      await expect(page.getByTestId('try-output')).toContainText('"greeting": "hello Ada"', { timeout: 30_000 });
      await expect(page.getByTestId('try-duration')).toBeVisible();
    });
  });
});
