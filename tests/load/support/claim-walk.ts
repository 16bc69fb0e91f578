import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import type { ScenarioAnswers } from '../../../src/testing/scenarios.js';
import { csrfTokenOf, errorSummaryOf } from '../../support/participant.js';
import type { Exchange, HttpParticipant } from './http-participant.js';

/** Where a participant's first GET after a lost connection took them. */
export interface Landing {
  /** State id of the page they were on when the connection failed. */
  was: string;
  status: number;
  /** State id of the page, or of the redirect's target. */
  landed: string | undefined;
}

export interface WalkResult {
  reference: string;
  landings: Landing[];
}

export interface WalkOptions {
  /** Called after a request fails at the network level; resolve to retry. Without it, the error is thrown. */
  recover?: (error: unknown) => Promise<void>;
  /** State id to start from instead of the initial page. */
  from?: string;
  /** State id to stop on, once its GET shows it, instead of the confirmation page. */
  until?: string;
}

function confirmationOf(journey: CompiledJourney): string {
  const page = [...journey.pages.values()].find((candidate) => candidate.definition.type === 'confirmation');
  if (!page) throw new Error(`Journey ${journey.id} has no confirmation page`);
  return page.id;
}

/**
 * Completes a journey over HTTP: GET each page, POST `answers` with its CSRF
 * token and follow the 303, until the confirmation page, and returns the
 * reference shown there. Requests that fail at the network level are retried
 * from a GET of the page the participant was on, once `recover` resolves.
 */
export async function completeJourney(
  participant: HttpParticipant,
  answers: ScenarioAnswers,
  options: Omit<WalkOptions, 'until'> = {},
): Promise<WalkResult> {
  const result = await walkJourney(participant, answers, options);
  if (result.reference === undefined) throw new Error(`The walk stopped on '${result.current}' without a reference`);
  return { reference: result.reference, landings: result.landings };
}

/** Answers pages over HTTP until the participant is on `target`, and returns that page. */
export async function walkUntil(participant: HttpParticipant, answers: ScenarioAnswers, target: string): Promise<Exchange> {
  const result = await walkJourney(participant, answers, { until: target });
  return result.page;
}

async function walkJourney(
  participant: HttpParticipant,
  answers: ScenarioAnswers,
  options: WalkOptions,
): Promise<{ current: string; page: Exchange; reference?: string; landings: Landing[] }> {
  const { journey } = participant;
  const confirmation = confirmationOf(journey);
  const landings: Landing[] = [];
  let current = options.from ?? journey.initial;
  let recovering = false;

  const attempt = async <T>(request: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await request();
    } catch (error) {
      if (!options.recover) throw error;
      await options.recover(error);
      recovering = true;
      return undefined;
    }
  };

  for (let step = 0; step < journey.pages.size * 4; step++) {
    const page = await attempt(() => participant.get(participant.pathOf(current)));
    if (!page) continue;
    const target = page.location ? participant.stateOf(page.location) : current;
    if (recovering) {
      landings.push({ was: current, status: page.status, landed: target });
      recovering = false;
    }
    if (page.status === 302 || page.status === 303) {
      if (!target) throw new Error(`GET ${page.path} redirected outside the journey to ${page.location}`);
      current = target;
      continue;
    }
    if (page.status !== 200) throw new Error(`GET ${page.path} gave ${page.status}`);

    if (current === options.until) return { current, page, landings };
    if (current === confirmation) {
      const reference = /<strong>([A-Z0-9-]+)<\/strong>/.exec(page.text)?.[1];
      if (!reference) throw new Error(`The confirmation page at ${page.path} shows no reference`);
      return { current, page, reference, landings };
    }
    if (journey.pages.get(current)?.final) throw new Error(`The journey ended on '${current}', not on the confirmation page`);

    const posted = await attempt(() => participant.post(page.path, { ...answers, _csrf: csrfTokenOf(page.text) }));
    if (!posted) continue;
    const next = participant.stateOf(posted.location);
    if (posted.status !== 303 || !next) {
      throw new Error(`POST ${posted.path} gave ${posted.status}: ${errorSummaryOf(posted.text).join('; ')}`);
    }
    current = next;
  }
  throw new Error(`The journey did not end within ${journey.pages.size * 4} pages`);
}
