import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { mergeAnswers } from '../../src/journeys/build-machine.js';
import type { CompiledJourney } from '../../src/journeys/compiled-journey.js';
import type { Answers, InputValues } from '../../src/fields/types.js';
import { createJourneyViews } from '../../src/server/journey-views.js';
import { pageUrl } from '../../src/server/urls.js';
import { loadJourneyModels } from '../../src/testing/journey-models.js';
import { planJourney, type JourneyPath } from '../../src/testing/journey-paths.js';
import { expectedHeading, invalidSubmission } from '../../src/testing/page-expectations.js';
import { faultyPagesFolder, startFixtureKit, type FixtureKit } from '../generated/support/fixture-kit.js';
import { expectNoAxeViolations, wcagTags } from './support/axe.js';

// The generated paths of every journey and council (src/testing/journey-paths.ts),
// followed through real pages. Each distinct page, and each question page's
// error state, is checked once with axe and html-validate.
const today = new Date();
const plans = (await loadJourneyModels()).map((model) => planJourney(model, { today }));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // govuk-frontend's Nunjucks macros write lines that end in spaces.
    'no-trailing-whitespace': 'off',
    // The GOV.UK error summary and notification banner put an h2 above the page's h1.
    'heading-level': ['error', { minInitialRank: 'h2' }],
    // GOV.UK page titles are "<page> – <service> – <organisation>", which is
    // often longer than the 70 characters this rule allows.
    'long-title': 'off',
    // govuk-frontend's checkboxes macro gives every box of a group the same name.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // govuk-frontend's date input sets role="group" on its fieldset so that JAWS
    // announces the fieldset's description (govuk-frontend 6.6 date-input/template.njk).
    'no-redundant-role': ['error', { exclude: ['group'] }],
    // Integrity hashes guard against a compromised third-party host. Every
    // script and stylesheet here comes from the kit's own origin.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});

/**
 * For each path, the states whose pages it checks with axe and html-validate:
 * those no earlier path of the journey visits. The choice is made when paths
 * are made, not as tests run, because Playwright starts a new worker after a
 * failed test and a record kept in memory would be lost.
 */
function pagesToCheck(paths: readonly JourneyPath[]): Array<Set<string>> {
  const seen = new Set<string>();
  return paths.map((path) => {
    const fresh = new Set(path.states.filter((state) => !seen.has(state)));
    for (const state of fresh) seen.add(state);
    return fresh;
  });
}

/** Keeps the last document response of the page's main frame that was not a redirect. */
function trackDocuments(page: Page): () => Response | undefined {
  let last: Response | undefined;
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && ![301, 302, 303].includes(response.status())) {
      last = response;
    }
  });
  return () => last;
}

async function checkPage(page: Page, key: string, document: Response | undefined): Promise<void> {
  await expectNoAxeViolations(page);
  const html = document ? await document.text() : await page.content();
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`),
  );
  expect.soft(messages, `html-validate on ${key}`).toEqual([]);
}

async function fillInputs(page: Page, inputs: InputValues): Promise<void> {
  for (const [name, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    const first = page.locator(`[name=${JSON.stringify(name)}]`).first();
    const type = await first.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') {
      for (const item of values) {
        await page.locator(`input[name=${JSON.stringify(name)}][value=${JSON.stringify(item)}]`).check();
      }
    } else {
      await first.fill(values[0] ?? '');
    }
  }
}

async function submit(page: Page): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await page.locator('main form .govuk-button').first().click();
  await navigated;
  await page.waitForLoadState('load');
}

async function expectHeading(page: Page, journey: CompiledJourney, state: string, answers: Answers, templates: ReadonlyMap<string, string>): Promise<void> {
  const expected = expectedHeading(journey, journey.pages.get(state)!, answers, templates);
  await expect(page.locator('h1').first(), `heading of '${state}'`).toHaveText(expected, { useInnerText: true });
}

/** Submits a question page with errors, checks the error page, then opens the page again. */
async function checkErrorState(
  page: Page,
  journey: CompiledJourney,
  state: string,
  answers: Answers,
  lastDocument: () => Response | undefined,
): Promise<void> {
  const compiled = journey.pages.get(state)!;
  if (compiled.definition.type !== 'question') return;
  const invalid = invalidSubmission(journey, compiled, answers, today);
  if (!invalid?.typeable) return;

  await fillInputs(page, invalid.inputs);
  await submit(page);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await checkPage(page, `${journey.council.id}/${journey.id}/${state} with errors`, lastDocument());
  await page.goto(pageUrl(journey, state));
}

/** Follows a path through real pages, checking the pages in `toCheck` and their error states. */
async function followPath(page: Page, journey: CompiledJourney, path: JourneyPath, toCheck: ReadonlySet<string>): Promise<void> {
  const templates = createJourneyViews(journey).bodyTemplates;
  const lastDocument = trackDocuments(page);
  const keyOf = (state: string) => `${journey.council.id}/${journey.id}/${state}`;
  let answers: Answers = {};

  await page.goto(pageUrl(journey, journey.initial));
  for (const step of path.steps) {
    await expect(page).toHaveURL(new RegExp(`${pageUrl(journey, step.state)}$`));
    await expectHeading(page, journey, step.state, answers, templates);
    if (toCheck.has(step.state)) {
      await checkPage(page, keyOf(step.state), lastDocument());
      await checkErrorState(page, journey, step.state, answers, lastDocument);
    }
    await fillInputs(page, step.inputs);
    await submit(page);
    answers = mergeAnswers(answers, step.answers);
  }

  const end = path.states.at(-1)!;
  await expect(page).toHaveURL(new RegExp(`${pageUrl(journey, end)}$`));
  await expectHeading(page, journey, end, answers, templates);
  if (toCheck.has(end)) await checkPage(page, keyOf(end), lastDocument());
}

for (const plan of plans) {
  const { journey } = plan;
  test.describe(`${journey.id} for ${journey.council.id}`, () => {
    const toCheck = pagesToCheck(plan.paths);
    plan.paths.forEach((path, index) => {
      test(`path ${index + 1} ends on ${path.states.at(-1)}`, async ({ page }) => {
        // The first path of a journey checks most of its pages with axe and html-validate.
        test.setTimeout(180_000);
        await followPath(page, journey, path, toCheck[index]!);
      });
    });
  });
}

test.describe('faulty journeys', () => {
  let kit: FixtureKit;
  let server: Server;
  let baseUrl: string;

  test.beforeAll(async () => {
    kit = await startFixtureKit(faultyPagesFolder);
    // BROWSER_FIXTURE_PORT picks the port; without it the system picks a free one.
    const port = Number(process.env.BROWSER_FIXTURE_PORT ?? 0);
    server = await new Promise<Server>((resolve) => {
      const listening = kit.app.listen(port, '127.0.0.1', () => resolve(listening));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    kit?.dispose();
  });

  test('axe finds the image without alt text', async ({ page }) => {
    await page.goto(`${baseUrl}/testshire/inaccessible-page/start`);
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find the number on the street light');

    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();

    expect(results.violations.map((violation) => violation.id)).toContain('image-alt');
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });
});
