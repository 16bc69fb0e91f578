import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { Answers } from '../fields/types.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { JourneyDefinitionError } from '../journeys/errors.js';
import { pageAnswerNames } from './page-answers.js';
import { resolveFields } from './resolve-fields.js';

export interface ReplayResult {
  /** State ids from the initial page to the first page not yet continued from. */
  route: string[];
  /** The machine's context answers: only those given on the route. */
  answers: Answers;
}

function pick(answers: Answers, names: readonly string[]): Answers {
  const picked: Answers = {};
  for (const name of names) {
    if (answers[name] !== undefined) picked[name] = answers[name];
  }
  return picked;
}

function stateOf(snapshot: AnyMachineSnapshot): string {
  return String(snapshot.value);
}

/**
 * True when every option-sourced answer on the page is still one of the
 * options the earlier answers give, such as an address after the postcode
 * changed. A page that fails this must be answered again.
 */
function sourcedAnswersFit(
  journey: CompiledJourney,
  pageId: string,
  contextAnswers: Answers,
  pageAnswers: Answers,
): boolean {
  const page = journey.pages.get(pageId);
  if (!page) return true;
  for (const field of resolveFields(journey, page, contextAnswers)) {
    if (field.type !== 'radios' || field.optionsFrom === undefined) continue;
    const value = pageAnswers[field.name];
    if (value !== undefined && !field.options.some((option) => option.value === value)) return false;
  }
  return true;
}

/**
 * Replays a participant's submissions through the machine: from the initial
 * page, every page they have continued from is submitted again with its stored
 * answers, until a page they have not continued from (or a final page). The
 * machine decides every branch, so answers on a branch the participant left
 * never reach the context.
 */
export function replayRoute(
  journey: CompiledJourney,
  answers: Answers,
  done: ReadonlySet<string>,
): ReplayResult {
  let [snapshot] = initialTransition(journey.machine, {
    settings: journey.settings,
  });
  const route = [stateOf(snapshot)];
  const maxSteps = journey.pages.size * 2;

  while (done.has(stateOf(snapshot)) && snapshot.status === 'active') {
    const current = stateOf(snapshot);
    const event = {
      type: 'NEXT',
      answers: pick(answers, pageAnswerNames(journey, current)),
    };
    const contextAnswers = (snapshot.context as { answers: Answers }).answers;
    if (!sourcedAnswersFit(journey, current, contextAnswers, event.answers)) break;
    const [next] = transition(journey.machine, snapshot, event);
    if (next.status === 'error' || stateOf(next) === current) break;
    snapshot = next;
    route.push(stateOf(snapshot));
    if (route.length > maxSteps) {
      throw new JourneyDefinitionError(
        { journey: journey.id, council: journey.council.id, state: current },
        'the route loops back on itself without end',
        'Make sure every loop has a branch that leaves it',
      );
    }
  }

  return {
    route,
    answers: (snapshot.context as { answers: Answers }).answers,
  };
}
