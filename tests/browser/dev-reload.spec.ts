import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { linkJourneys, startDevServer } from './support/dev-server.js';

// The runner's kit server listens on BROWSER_TESTS_PORT, so the dev server takes the next port.
const devPort = Number(process.env.BROWSER_TESTS_PORT ?? 3100) + 1;
/** Generous limit, in milliseconds, for dev.js to start or restart the server on a loaded machine. */
const restartTimeoutMs = 90_000;

const postcodeLabel = 'What is the postcode of the home you are claiming for?';
const dateOfBirthTitle = 'What is your date of birth?';
const wordsBefore = 'Enter the date shown on your passport or driving licence.';
const wordsAfter = 'Enter the date shown on your birth certificate.';

function pageWords(words: string): string {
  return `<p class="govuk-body">${words}</p>\n`;
}

/**
 * Answers the postcode question on the dev server, rewrites the template of the
 * open date of birth page, and checks that the page reloads with the new words
 * while the session keeps the participant's place and answer.
 */
async function reloadAfterChange(page: Page, baseUrl: string, template: string): Promise<void> {
  const reloadScript = page.locator('script[src="/kit/dev-reload.js"]');

  await test.step('the participant answers the postcode question', async () => {
    await page.goto(`${baseUrl}/shropshire/benefit-claim/start`);
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByLabel(postcodeLabel).fill('SY3 9EX');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dateOfBirthTitle);
    await expect(page.getByText(wordsBefore)).toBeVisible();
  });

  const openUrl = page.url();
  const firstBuildId = await reloadScript.getAttribute('data-build-id');
  expect(firstBuildId, 'the page loads assets/dev-reload.js with a build id').toBeTruthy();
  // A reload replaces the document, and with it this property.
  await page.evaluate(() => {
    (globalThis as Record<string, unknown>).openedBeforeChange = true;
  });

  await test.step('a changed template reloads the page by itself', async () => {
    writeFileSync(template, pageWords(wordsAfter));
    await expect(page.getByText(wordsAfter)).toBeVisible({ timeout: restartTimeoutMs });
    await expect(page.getByText(wordsBefore)).toHaveCount(0);
    const marker = await page.evaluate(() => (globalThis as Record<string, unknown>).openedBeforeChange);
    expect(marker, 'the page was loaded again').toBeUndefined();
    const secondBuildId = await reloadScript.getAttribute('data-build-id');
    expect(secondBuildId, 'the page comes from the restarted server').not.toBe(firstBuildId);
  });

  await test.step('the participant keeps their place and answer', async () => {
    expect(page.url()).toBe(openUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dateOfBirthTitle);
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByLabel(postcodeLabel)).toHaveValue('SY3 9EX');
  });
}

test('template change reloads the open page', async ({ page }, testInfo) => {
  test.setTimeout(3 * restartTimeoutMs);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-dev-reload-'));
  try {
    const journeysDir = linkJourneys(path.join(folder, 'journeys'));
    // A words template of the open question page, which the test changes while the page is open.
    const template = path.join(journeysDir, 'benefit-claim', 'pages', 'dateOfBirth.njk');
    writeFileSync(template, pageWords(wordsBefore));
    const server = await startDevServer({
      port: devPort,
      dataDir: path.join(folder, 'data'),
      journeysDir,
      timeoutMs: restartTimeoutMs,
    });
    try {
      await reloadAfterChange(page, server.url, template);
    } catch (error) {
      await testInfo.attach('dev server output', { body: server.output(), contentType: 'text/plain' });
      throw error;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
