import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { signInAsFacilitator } from './support/facilitator.js';

const dashboardUrl = '/research/shropshire/benefit-claim';
const pages = {
  start: 'Apply for Housing Benefit and Council Tax Reduction',
  postcode: 'What is the postcode of the home you are claiming for?',
  dateOfBirth: 'What is your date of birth?',
  universalCredit: 'Do you get Universal Credit?',
};

/** The funnel table's "Reached" count for each page title, or an empty map before any session. */
async function reachedCounts(page: Page): Promise<Map<string, number>> {
  await page.goto(dashboardUrl);
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'Participants who reached each page' }) });
  if ((await table.count()) === 0) return new Map();
  const rows = await table.locator('tbody tr').all();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const title = (await row.locator('th').innerText()).replace(/\s*\(end of journey\)$/, '').trim();
    counts.set(title, Number(await row.locator('td').first().innerText()));
  }
  return counts;
}

async function continueOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a labelled session shows on the research dashboard', async ({ page }) => {
  const label = `Browser P${Date.now() % 100_000}`;
  await signInAsFacilitator(page);
  const before = await reachedCounts(page);

  await test.step('the facilitator labels the session', async () => {
    await page.goto('/facilitator');
    await page.getByLabel('Label for this research session').fill(label);
    await page.getByRole('button', { name: 'Save label' }).click();
    await expect(page.getByText(`This browser’s session is labelled ${label}.`)).toBeVisible();
  });

  await test.step('the participant meets an error and goes back', async () => {
    await page.goto('/shropshire/benefit-claim/start');
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByLabel(pages.postcode).fill('SY3 9EX');
    await continueOn(page);
    await continueOn(page);
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter your date of birth');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1980');
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.universalCredit);
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.dateOfBirth);
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.universalCredit);
  });

  await test.step('the dashboard counts the session', async () => {
    const after = await reachedCounts(page);
    for (const title of Object.values(pages)) {
      expect(after.get(title), title).toBe((before.get(title) ?? 0) + 1);
    }
    const errors = page.locator('table', { has: page.locator('caption', { hasText: 'Validation errors on each field' }) });
    // Rows are found by page title, because other field names such as
    // partnerDateOfBirth contain 'dateOfBirth'.
    await expect(errors.locator('tbody tr', { hasText: pages.dateOfBirth })).toContainText('Enter your date of birth');
    const times = page.locator('table', { has: page.locator('caption', { hasText: 'Median time on each page' }) });
    await expect(times.locator('tbody tr', { hasText: pages.dateOfBirth })).toHaveCount(1);
    await expect(page.locator('svg.app-chart')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/research-dashboard.png', fullPage: true });
  });

  await test.step('the timeline shows the error, the back link and times', async () => {
    await page.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    const rows = page.locator('table tbody tr');
    await expect(rows.filter({ hasText: 'Errors shown' })).toContainText('Enter your date of birth');
    await expect(rows.filter({ hasText: 'Viewed (went back)' })).toContainText(pages.dateOfBirth);
    const startView = rows.filter({ hasText: 'Viewed' }).first();
    await expect(startView.locator('td').last()).toHaveText(/^\d+(\.\d)? s$/);
    await expect(rows.last().locator('td').last()).toHaveText('Not known');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/research-timeline.png', fullPage: true });
  });

  await test.step('the team deletes the participant', async () => {
    await page.getByRole('button', { name: 'Delete this participant’s data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Are you sure you want to delete the data of ${label}?`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Delete data' }).click();
    await expect(page.locator('.govuk-notification-banner')).toContainText('The participant’s data has been deleted.');
    await expect(page.getByRole('link', { name: label })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test('the research list passes an axe scan', async ({ page }) => {
  await signInAsFacilitator(page);
  await page.goto('/research');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research sessions');
  await expect(page.getByRole('link', { name: pages.start }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
