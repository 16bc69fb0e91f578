import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { Answers } from '../fields/types.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { JourneyDefinitionError } from '../journeys/errors.js';
import { pageAnswerNames } from './page-answers.js';

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
