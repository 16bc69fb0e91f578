import type { Express } from 'express';
import { mergeAnswers } from '../../../src/journeys/build-machine.js';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import type { Answers } from '../../../src/fields/types.js';
import type { JourneyPath } from '../../../src/testing/journey-paths.js';
import { decodeHtml, expectedHeading, invalidSubmission } from '../../../src/testing/page-expectations.js';
import type { ScenarioAnswers } from '../../../src/testing/scenarios.js';
import { createJourneyViews } from '../../../src/server/journey-views.js';
import { csrfTokenOf, errorSummaryOf, headingOf, Participant, titleOf, type PageResponse } from '../../support/participant.js';

export interface DriveOptions {
  app: Express;
  journey: CompiledJourney;
  path: JourneyPath;
  /** Question pages on this path to send one invalid submission to first. */
  invalidAt: ReadonlySet<string>;
  today: Date;
}

const bodyTemplatesCache = new WeakMap<CompiledJourney, ReadonlyMap<string, string>>();

function bodyTemplatesOf(journey: CompiledJourney): ReadonlyMap<string, string> {
  let templates = bodyTemplatesCache.get(journey);
  if (!templates) {
    templates = createJourneyViews(journey).bodyTemplates;
    bodyTemplatesCache.set(journey, templates);
  }
  return templates;
}

function formOf(inputs: Record<string, string | string[] | undefined>): ScenarioAnswers {
  const form: ScenarioAnswers = {};
  for (const [name, value] of Object.entries(inputs)) if (value !== undefined) form[name] = value;
  return form;
}

/** Checks a page's status, h1 and title element; returns what was wrong. */
function pageProblems(journey: CompiledJourney, state: string, answers: Answers, page: PageResponse, status = 200): string[] {
  const compiled = journey.pages.get(state)!;
  if (page.status !== status) {
    return [`'${state}' returned ${page.status} instead of ${status}${page.location ? ` (to ${page.location})` : ''}`];
  }
  const problems: string[] = [];
  const heading = decodeHtml(headingOf(page.text));
  const expected = expectedHeading(journey, compiled, answers, bodyTemplatesOf(journey));
  if (heading !== expected) problems.push(`'${state}' has the heading '${heading}' instead of '${expected}'`);
  const title = decodeHtml(titleOf(page.text));
  const titleStart = `${status === 400 ? 'Error: ' : ''}${compiled.definition.title} – `;
  if (!title.startsWith(titleStart)) problems.push(`'${state}' has the title '${title}', which does not start '${titleStart}'`);
  return problems;
}

/** Sends an invalid submission and checks the error page; returns the problems and the error page's CSRF token. */
async function invalidSubmissionProblems(
  participant: Participant,
  options: DriveOptions,
  state: string,
  next: string,
  answers: Answers,
  csrf: string,
): Promise<{ problems: string[]; csrf: string }> {
  const { journey } = options;
  const invalid = invalidSubmission(journey, journey.pages.get(state)!, answers, options.today);
  if (!invalid) return { problems: [], csrf };

  const response = await participant.post(state, { ...formOf(invalid.inputs), _csrf: csrf });
  const problems = pageProblems(journey, state, answers, response, 400);
  const shown = errorSummaryOf(response.text).map(decodeHtml);
  const expected = invalid.errors.map((error) => error.text);
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    problems.push(`'${state}' shows the errors ${JSON.stringify(shown)} for an invalid submission instead of ${JSON.stringify(expected)}`);
  }
  // The route did not change when the next page still sends the participant back here.
  const ahead = await participant.get(next);
  if (ahead.status !== 302 || participant.stateAt(ahead.location) !== state) {
    problems.push(`after an invalid submission of '${state}', '${next}' returned ${ahead.status} to ${ahead.location ?? 'nowhere'} instead of sending the participant back`);
  }
  return { problems, csrf: response.status === 400 ? csrfTokenOf(response.text) : csrf };
}

/**
 * Drives one generated path through the app over HTTP with a new participant,
 * checking each page and, where asked, an invalid submission first. Returns
 * every problem found; an empty list means the path passed.
 */
export async function drivePath(options: DriveOptions): Promise<string[]> {
  const { app, journey, path } = options;
  const participant = new Participant(app, journey);
  let answers: Answers = {};

  for (const step of path.steps) {
    const page = await participant.get(step.state);
    const problems = pageProblems(journey, step.state, answers, page);
    if (page.status !== 200) return problems;

    let csrf = csrfTokenOf(page.text);
    if (options.invalidAt.has(step.state)) {
      const invalid = await invalidSubmissionProblems(participant, options, step.state, step.next, answers, csrf);
      problems.push(...invalid.problems);
      csrf = invalid.csrf;
    }
    const response = await participant.post(step.state, { ...formOf(step.inputs), _csrf: csrf });
    const reached = participant.stateAt(response.location);
    if (response.status !== 303 || reached !== step.next) {
      const errors = errorSummaryOf(response.text).map(decodeHtml);
      problems.push(`submitting '${step.state}' returned ${response.status} to '${reached ?? response.location ?? 'nowhere'}' instead of 303 to '${step.next}'${errors.length ? `: ${errors.join('; ')}` : ''}`);
    }
    if (problems.length) return problems;
    answers = mergeAnswers(answers, step.answers);
  }

  const end = path.states.at(-1)!;
  return pageProblems(journey, end, answers, await participant.get(end));
}
