import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { signInAsFacilitator } from './support/facilitator.js';

const mapNode = (page: Page, slug: string) => page.locator(`#map-node-${slug}`);

test('a facilitator follows a participant, jumps as a persona and starts again', async ({ page }) => {
  await test.step('switch the facilitator view on and label the session', async () => {
    await signInAsFacilitator(page);
    await page.goto('/facilitator');
    await expectNoAxeViolations(page);
    await expect(page.locator('main .govuk-tag')).toHaveText('Off');
    await page.getByRole('button', { name: 'Switch facilitator view on' }).click();
    await expect(page.locator('main .govuk-tag')).toHaveText('On');

    await page.getByLabel('Label for this research session').fill('P3, Tuesday morning');
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect(page.locator('main')).toContainText('This browser’s session is labelled P3, Tuesday morning.');
    await expectNoAxeViolations(page);
  });

  const panel = page.locator('aside.app-facilitator-panel');

  await test.step('the panel shows the label and the page notes', async () => {
    await page.goto('/lambeth/benefit-claim/start');
    await expect(panel).toContainText('Session: P3, Tuesday morning');
    await expect(panel).toContainText('ask what they expect to happen when they apply');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByLabel('What is the postcode of the home you are claiming for?').fill('SW2 1RW');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is your date of birth?');
  });

  await test.step('the map shows the participant’s current page', async () => {
    await panel.getByRole('link', { name: 'Journey map' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey map');
    await expect(mapNode(page, 'date-of-birth')).toHaveClass(/app-map--current/);
    await expect(mapNode(page, 'postcode')).toHaveClass(/app-map--route/);
    await expect(mapNode(page, 'postcode')).not.toHaveClass(/app-map--current/);
    await expect(mapNode(page, 'rent')).not.toHaveClass(/app-map--route/);
    await expect(page.locator('#outline-date-of-birth')).toContainText('Current page');
    await expectNoAxeViolations(page);
  });

  await test.step('a page on the map jumps there as a persona', async () => {
    await mapNode(page, 'rent').locator('a').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jump to a page as a persona');
    await expect(page.getByLabel('Page to jump to')).toHaveValue('rent');
    await expectNoAxeViolations(page);

    await page.getByLabel('Someone who lives in another council\'s area').check();
    await page.getByRole('button', { name: 'Jump to page' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('does not reach ‘Your rent’');
    await expectNoAxeViolations(page);

    await page.getByLabel('Working-age private renter with a job').check();
    await page.getByRole('button', { name: 'Jump to page' }).click();
    await expect(page).toHaveURL(/\/lambeth\/benefit-claim\/rent$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your rent');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Has the council placed you in temporary accommodation?');
    await expect(page.getByLabel('No')).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();

    await panel.getByRole('link', { name: 'Journey map' }).click();
    await expect(mapNode(page, 'rent')).toHaveClass(/app-map--current/);
    await expect(mapNode(page, 'tenure')).toHaveClass(/app-map--route/);
  });

  await test.step('start again clears the answers and opens the first page', async () => {
    await page.goto('/lambeth/benefit-claim/rent');
    await panel.getByRole('button', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/lambeth\/benefit-claim\/start$/);
    await page.goto('/lambeth/benefit-claim/rent');
    await expect(page).toHaveURL(/\/lambeth\/benefit-claim\/start$/);

    await panel.getByRole('link', { name: 'Journey map' }).click();
    await expect(mapNode(page, 'start')).toHaveClass(/app-map--current/);
    await expect(mapNode(page, 'postcode')).not.toHaveClass(/app-map--route/);
  });

  await test.step('switching the view off hides the panel', async () => {
    await page.goto('/facilitator');
    await page.getByRole('button', { name: 'Switch facilitator view off' }).click();
    await page.goto('/lambeth/benefit-claim/start');
    await expect(panel).toHaveCount(0);
  });
});

test('participants do not see the facilitator panel', async ({ page }) => {
  await page.goto('/lambeth/benefit-claim/start');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for Housing Benefit and Council Tax Reduction');
  await expect(page.locator('aside.app-facilitator-panel')).toHaveCount(0);
});
