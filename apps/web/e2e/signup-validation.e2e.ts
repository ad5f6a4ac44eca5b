// Malformed sign-up input is rejected by the API with messages next to the offending fields.
import { expect, test } from '@playwright/test';
import { signUp } from './helpers';

test('malformed sign-up shows per-field errors and keeps the user on the form', async ({ page }) => {
  await signUp(page, { name: 'Mallory', email: 'not-an-email', password: 'short' });

  await expect(page.getByTestId('field-error-email')).toBeVisible();
  await expect(page.getByTestId('field-error-password')).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  // The valid field has no error, and nothing signed the user in.
  await expect(page.getByTestId('field-error-name')).toHaveCount(0);
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByTestId('nav-signin')).toBeVisible();
});
