// Shared steps for the e2e flows.
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-battery';

/** Unique per run so tests never collide with earlier data in the same database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function signUp(page: Page, user: { name: string; email: string; password?: string }) {
  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password ?? PASSWORD);
  await page.getByTestId('signup-submit').click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('signin-submit').click();
}

export async function createOrganisation(page: Page, name: string, slug: string) {
  await expect(page).toHaveURL(/\/orgs\/new$/);
  await page.getByLabel('Organisation name').fill(name);
  await page.getByLabel('Handle').fill(slug);
  await page.getByTestId('org-submit').click();
}
