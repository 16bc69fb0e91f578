import { pageAnswerNames } from '../engine/page-answers.js';
import type { JourneyEvent } from '../server/journey-routes.js';
import type { Logger } from '../server/logger.js';
import type { NewResearchEvent } from './research-event.js';
import type { ResearchStore } from './research-store.js';
import { sessionLabelOf } from './session-label.js';

export interface ResearchRecorderOptions {
  store: ResearchStore;
  logger: Logger;
  /** Clock in milliseconds since the Unix epoch; Date.now by default. */
  now?: () => number;
  /** Runs whose last page view is kept in memory for back detection. Defaults to 10,000. */
  rememberedRuns?: number;
}

/** Records journey events; never throws, so recording cannot break a participant's request. */
export type ResearchRecorder = (event: JourneyEvent) => void;

/**
 * Returns true when `page` comes earlier on the participant's route than the page
 * they viewed before it. Following a Back link looks like this, and so does the
 * browser's back button when the browser requests the page again.
 */
export function isBackNavigation(
  route: readonly string[],
  previousPage: string | undefined,
  page: string,
): boolean {
  if (previousPage === undefined) return false;
  const index = route.indexOf(page);
  const previousIndex = route.indexOf(previousPage);
  return index >= 0 && previousIndex >= 0 && index < previousIndex;
}

/** Picks the page's own values: answers after a valid submission, typed inputs after an invalid one. */
function answersOf(event: JourneyEvent): Record<string, unknown> {
  const names = pageAnswerNames(event.journey, event.page.id);
  const picked: Record<string, unknown> = {};

  if (event.errors && event.errors.length > 0) {
    const body = (event.req.body ?? {}) as Record<string, unknown>;
    for (const [input, value] of Object.entries(body)) {
      if (names.some((name) => input === name || input.startsWith(`${name}-`))) picked[input] = value;
    }
    return picked;
  }
  for (const name of names) {
    const value = event.progress.answers[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/**
 * Creates the `onEvent` handler that records research events. Back detection needs
 * each run's previous page view: it is kept in memory for the latest runs and read
 * from the store for others, such as runs that began before a restart.
 */
export function createResearchRecorder(options: ResearchRecorderOptions): ResearchRecorder {
  const { store, logger } = options;
  const now = options.now ?? (() => Date.now());
  const rememberedRuns = options.rememberedRuns ?? 10_000;
  const lastViewed = new Map<string, string>();
  let failures = 0;

  const previousPageOf = (researchId: string): string | undefined =>
    lastViewed.get(researchId) ?? store.lastPageViewed(researchId);

  const rememberView = (researchId: string, page: string): void => {
    lastViewed.delete(researchId);
    lastViewed.set(researchId, page);
    if (lastViewed.size > rememberedRuns) {
      const oldest = lastViewed.keys().next().value;
      if (oldest !== undefined) lastViewed.delete(oldest);
    }
  };

  return (event) => {
    try {
      const { journey, page, progress, req } = event;
      const researchId = progress.runId;
      const label = sessionLabelOf(req);
      const recorded: NewResearchEvent = {
        researchId,
        council: journey.council.id,
        journey: journey.id,
        kind: event.kind,
        page: page.id,
        at: now(),
        back: false,
        change: false,
        errors: (event.errors ?? []).map((error) => ({ field: error.field, message: error.text })),
        ...(label === undefined ? {} : { label }),
      };

      if (event.kind === 'pageView') {
        recorded.change = req.query.change === 'true';
        recorded.back = !recorded.change && isBackNavigation(progress.route, previousPageOf(researchId), page.id);
        rememberView(researchId, page.id);
      } else {
        recorded.valid = recorded.errors.length === 0;
        if (event.next !== undefined) recorded.next = event.next;
      }
      if (journey.research?.recordAnswers && event.kind === 'submission') {
        recorded.answers = answersOf(event);
      }
      store.add(recorded);
    } catch (error) {
      failures += 1;
      // The first failure and every 100th are logged, so a broken database cannot flood the log.
      if (failures === 1 || failures % 100 === 0) {
        logger.error(
          { err: error, failures, journey: event.journey?.id, council: event.journey?.council?.id, page: event.page?.id },
          'recording a research event failed',
        );
      }
    }
  };
}
