import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';

test('a missing page keeps the council header', async ({ page }) => {
  const response = await page.goto('/lambeth/benefit-claim/no-such-page');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('.app-council-header')).toContainText('Lambeth Council');
  await expect(page).toHaveTitle('Page not found – Apply for Housing Benefit and Council Tax Reduction – Lambeth Council');
  await expectNoAxeViolations(page);
});

test('a form too large to read leads back to its page', async ({ page }) => {
  await page.goto('/shropshire/benefit-claim/start');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('What is the postcode of the home you are claiming for?').fill('A'.repeat(70_000));
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you entered was too long');
  await expect(page.locator('.app-council-header')).toContainText('Shropshire Council');
  await expect(page.getByText(/quote the reference [0-9a-f-]{36}/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Go back to the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is the postcode of the home you are claiming for?');
});
