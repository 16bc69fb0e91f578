import type { FieldError, InputValues } from '../fields/types.js';
import { inputValuesFromAnswers } from '../fields/index.js';
import { previousPageOf, routeAnswers } from '../engine/journey-engine.js';
import { pageOfType } from '../engine/page-of-type.js';
import { resolveFields } from '../engine/resolve-fields.js';
import type { JourneyProgress } from '../engine/progress.js';
import type { CompiledJourney, CompiledPage } from '../journeys/compiled-journey.js';
import type { PageType } from '../journeys/types.js';
import { summarySections } from './check-answers.js';
import type { JourneyViews } from './journey-views.js';
import { journeyHeader } from './journey-header.js';
import { pageUrl } from './urls.js';

const templates: Record<PageType, string> = {
  start: 'page-types/start.njk',
  question: 'page-types/question.njk',
  interruption: 'page-types/interruption.njk',
  exit: 'page-types/exit.njk',
  checkAnswers: 'page-types/check-answers.njk',
  declaration: 'page-types/declaration.njk',
  confirmation: 'page-types/confirmation.njk',
};

/** Page types whose words may quote earlier answers, so they need the route's answers. */
const quotesAnswers: ReadonlySet<PageType> = new Set([
  'interruption',
  'exit',
  'checkAnswers',
  'declaration',
  'confirmation',
]);

export interface PageRequest {
  journey: CompiledJourney;
  views: JourneyViews;
  page: CompiledPage;
  progress: JourneyProgress;
  csrfToken: string;
  cspNonce: string;
  /** True when the participant came from a Change link on check answers. */
  change: boolean;
  /** The submitted values and their errors, when showing validation errors. */
  submitted?: { values: InputValues; errors: FieldError[] };
  /** Template variables that middleware adds through res.locals.viewContext. */
  extraContext?: Record<string, unknown> | undefined;
}

function backLinkOf(request: PageRequest): string | undefined {
  const { journey, page, progress, change } = request;
  const type = page.definition.type;
  if (type === 'start' || type === 'confirmation') return undefined;

  const checkAnswers = pageOfType(journey, 'checkAnswers');
  if (change && checkAnswers && progress.route.includes(checkAnswers)) {
    return pageUrl(journey, checkAnswers);
  }
  const previous = previousPageOf(progress, page.id);
  return previous ? pageUrl(journey, previous) : undefined;
}

/** Renders one page of a journey for a participant. */
export function renderPage(request: PageRequest): string {
  const { journey, views, page, progress, submitted } = request;
  const type = page.definition.type;
  const answers = quotesAnswers.has(type)
    ? routeAnswers(journey, progress)
    : progress.answers;
  const errors = submitted?.errors ?? [];
  const fields = resolveFields(journey, page, progress.answers);

  const context = {
    settings: journey.settings,
    ...journey.templateData?.({ answers, settings: journey.settings }),
    ...journeyHeader(journey),
    pageTitle: page.definition.title,
    page: page.definition,
    fields,
    values: submitted?.values ?? inputValuesFromAnswers(fields, progress.answers),
    errors: Object.fromEntries(errors.map((error) => [error.field, error])),
    errorList: errors.map((error) => ({ text: error.text, href: error.href })),
    answers,
    backLink: backLinkOf(request),
    bodyTemplate: views.bodyTemplates.get(page.id),
    notice: progress.notice,
    reference: progress.submitted?.reference,
    summarySections:
      type === 'checkAnswers'
        ? summarySections(journey, progress.route, answers)
        : undefined,
    pageUrl: (id: string) => pageUrl(journey, id),
    csrfToken: request.csrfToken,
    cspNonce: request.cspNonce,
    ...request.extraContext,
  };
  return views.env.render(templates[type], context);
}
