import { validatePage } from '../fields/index.js';
import type { Answers, FieldError, FormBody } from '../fields/types.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { submitPage } from './journey-engine.js';
import { newProgress, type JourneyProgress } from './progress.js';
import { resolveFields } from './resolve-fields.js';

export type JumpResult =
  | {
      ok: true;
      /** Fresh progress with every page before the target submitted. */
      progress: JourneyProgress;
      /** State ids from the initial page to the target. */
      route: string[];
      /** Set when the target is the confirmation page: the answers to store with the claim. */
      completedAnswers?: Answers;
    }
  | {
      ok: false;
      reason: 'unknownPage';
    }
  | {
      ok: false;
      /** The route reached a final page without passing the target. */
      reason: 'notOnRoute';
      /** The route these input values take, ending on a final page. */
      route: string[];
    }
  | {
      ok: false;
      /** The input values do not pass a page's validation before the target. */
      reason: 'invalidAnswers';
      pageId: string;
      errors: FieldError[];
      /** The route up to and including the page that failed. */
      route: string[];
    };

export interface JumpOptions {
  /** The date "today" is, for date fields that must be in the past or future. */
  today: Date;
}

/**
 * Starts a journey afresh and fills in the pages before `targetId` as a
 * participant typing `inputValues` would: from the initial page, each page's
 * inputs are validated with validatePage and submitted with submitPage, so
 * the machine chooses every branch. Stops on the target, or reports that the
 * route ends without reaching it or that a page rejects the values. Nothing
 * is stored: the caller saves the returned progress.
 */
export function jumpToPage(
  journey: CompiledJourney,
  inputValues: FormBody,
  targetId: string,
  options: JumpOptions,
): JumpResult {
  if (!journey.pages.has(targetId)) return { ok: false, reason: 'unknownPage' };

  let progress = newProgress(journey.initial, journey.fingerprint);
  let completedAnswers: Answers | undefined;
  const route = [journey.initial];
  const maxSteps = journey.pages.size * 2;

  for (let current = journey.initial; current !== targetId; ) {
    const page = journey.pages.get(current)!;
    if (page.final) return { ok: false, reason: 'notOnRoute', route };

    const validation = validatePage(resolveFields(journey, page, progress.answers), inputValues, {
      today: options.today,
      ...(page.definition.rules ? { rules: page.definition.rules } : {}),
    });
    if (!validation.ok) {
      return { ok: false, reason: 'invalidAnswers', pageId: current, errors: validation.errors, route };
    }

    const result = submitPage(journey, progress, current, validation.answers, { change: false });
    progress = result.progress;
    completedAnswers = result.completedAnswers;
    if (result.next === current || route.length > maxSteps) {
      throw new Error(
        `Journey '${journey.id}' for '${journey.council.id}': submitting '${current}' did not move the route forward`,
      );
    }
    current = result.next;
    route.push(current);
  }

  return completedAnswers
    ? { ok: true, progress, route, completedAnswers }
    : { ok: true, progress, route };
}
