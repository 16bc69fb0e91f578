import { expect, type Page } from '@playwright/test';

/** FACILITATOR_PASSWORD of the browser tests' server, set in playwright.config.ts. */
export const facilitatorPassword = 'browser tests facilitator phrase';

/** Signs this browser in as a facilitator through the sign-in form. */
export async function signInAsFacilitator(page: Page): Promise<void> {
  await page.goto('/facilitator/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in as a facilitator');
  await page.getByLabel('Password').fill(facilitatorPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/facilitator$/);
}
