import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { facilitatorPassword } from './support/facilitator.js';

test('a signed-in facilitator reaches research, a participant does not', async ({ page, browser }) => {
  await test.step('the facilitator is asked to sign in and gets it wrong once', async () => {
    await page.goto('/research');
    await expect(page).toHaveURL(/\/facilitator\/sign-in\?returnTo=%2Fresearch$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in as a facilitator');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/facilitator-sign-in.png', fullPage: true });

    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('The password is not correct');
    await expect(page).toHaveTitle(/^Error: Sign in as a facilitator/);
    await expectNoAxeViolations(page);
  });

  await test.step('the right password opens the page asked for', async () => {
    await page.getByLabel('Password').fill(facilitatorPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/research$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research sessions');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  await test.step('the facilitator switches the view on and sees the panel', async () => {
    await page.goto('/facilitator');
    await page.getByRole('button', { name: 'Switch facilitator view on' }).click();
    await page.goto('/lambeth/benefit-claim/start');
    await expect(page.locator('aside.app-facilitator-panel')).toBeVisible();
  });

  const participantContext = await browser.newContext();
  try {
    const participant = await participantContext.newPage();

    await test.step('a participant in another browser cannot reach research or the panel', async () => {
      await participant.goto('/research');
      await expect(participant).toHaveURL(/\/facilitator\/sign-in\?returnTo=%2Fresearch$/);
      await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Sign in as a facilitator');
      await participant.goto('/research/lambeth/benefit-claim');
      await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Sign in as a facilitator');
      await participant.goto('/lambeth/benefit-claim/start');
      await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Apply for Housing Benefit and Council Tax Reduction');
      await expect(participant.locator('aside.app-facilitator-panel')).toHaveCount(0);
    });
  } finally {
    await participantContext.close();
  }

  await test.step('signing out closes research again', async () => {
    await page.goto('/facilitator');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/facilitator\/sign-in$/);
    await page.goto('/lambeth/benefit-claim/start');
    await expect(page.locator('aside.app-facilitator-panel')).toHaveCount(0);
    await page.goto('/research');
    await expect(page).toHaveURL(/\/facilitator\/sign-in\?returnTo=%2Fresearch$/);
  });
});
