import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';

async function continueOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a participant completes a Lambeth claim', async ({ page }) => {
  await page.goto('/');
  await page.locator('a[href="/lambeth/benefit-claim/start"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for Housing Benefit and Council Tax Reduction');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start now' }).click();

  await page.getByLabel('What is the postcode of the home you are claiming for?').fill('sw2 1rw');
  await continueOn(page);

  await test.step('an empty date moves focus to the day input from the error summary', async () => {
    await continueOn(page);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.locator('.govuk-error-summary a').first().click();
    await expect(page.locator('#dateOfBirth-day')).toBeFocused();
  });

  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('jun');
  await page.getByLabel('Year').fill('1990');
  await continueOn(page);

  await page.getByLabel('No').check();
  await continueOn(page);
  await page.getByLabel('No').check();
  await continueOn(page);
  await page.getByLabel('I rent from a private landlord').check();
  await continueOn(page);
  await page.getByLabel('No').check();
  await continueOn(page);
  await page.getByLabel('How much rent do you pay?').fill('£1,234.50');
  await page.getByLabel('Every month').check();
  await continueOn(page);
  await page.getByLabel('What is the name of your landlord or letting agent?').fill('Acme Lettings');
  await continueOn(page);

  await test.step('a revealed question appears when its option is chosen', async () => {
    await expect(page.getByLabel('How many children?')).toBeHidden();
    await page.getByLabel('Yes').check();
    await page.getByLabel('How many children?').fill('2');
    await expectNoAxeViolations(page);
    await continueOn(page);
  });

  await page.getByLabel('No').check();
  await continueOn(page);
  await page.getByLabel('None of these').check();
  await continueOn(page);
  await page.getByLabel('None of these').check();
  await continueOn(page);
  await page.getByLabel('How much do you and your partner have in savings and investments?').fill('250');
  await continueOn(page);
  await page.getByLabel('No').check();
  await continueOn(page);

  await test.step('bad input keeps every value typed', async () => {
    await page.getByLabel('Full name').fill('Siân O’Brien-Smith');
    await page.getByLabel('National Insurance number').fill('AB123456');
    await continueOn(page);
    await expect(page.locator('.govuk-error-summary')).toContainText('National Insurance number');
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter an email address or a phone number');
    await expect(page.getByLabel('Full name')).toHaveValue('Siân O’Brien-Smith');
    await page.getByLabel('National Insurance number').fill('ab 12 34 56 c');
    await page.getByLabel('Email address').fill('sian@example.com');
    await continueOn(page);
  });

  await test.step('an answer changed from check answers returns there', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your application');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Change Landlord or letting agent' }).click();
    await page.getByLabel('What is the name of your landlord or letting agent?').fill('Brixton Homes');
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your application');
    await expect(page.locator('.govuk-summary-list')).toContainText('Brixton Homes');
  });

  await continueOn(page);
  await page.getByRole('button', { name: 'Accept and send' }).click();

  const panel = page.locator('.govuk-panel--confirmation');
  await expect(panel).toContainText('Application complete');
  await expect(panel).toContainText(/HBC-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(page.locator('.govuk-panel--confirmation')).toBeVisible();
});
