/**
 * Made-up journeys of any size that branch the way real journeys do, for
 * benchmarks and tests of path generation.
 */
import { page, yesNo } from '../journeys/define.js';
import type {
  CouncilVariant,
  GuardDefinition,
  JourneyDefinition,
  StateConfig,
  TransitionConfig,
} from '../journeys/types.js';

function questionName(index: number): string {
  return `q${index}`;
}

type QuestionKind = 'plain' | 'extra' | 'exit' | 'skip';

function questionKind(index: number): QuestionKind {
  if (index % 7 === 3) return 'exit';
  if (index % 4 === 1) return 'extra';
  if (index % 5 === 4) return 'skip';
  return 'plain';
}

function answeredYes(index: number): GuardDefinition['test'] {
  return ({ answers }) => answers[questionName(index)] === 'yes';
}

/**
 * Returns a journey of exactly `stateCount` states (at least 4): a start page,
 * a run of yes or no questions, check answers and confirmation. Along the run,
 * some answers lead to an extra page and back, and some to an exit page.
 * Others skip the next question only when an earlier answer was yes, so a
 * page's way forward depends on the route to it, as in real journeys. The
 * council variant changes nothing.
 */
export function syntheticJourney(stateCount: number): { definition: JourneyDefinition; variant: CouncilVariant } {
  if (stateCount < 4) throw new Error(`A synthetic journey needs at least 4 states, not ${stateCount}`);
  const states: Record<string, StateConfig> = {};
  const guards: Record<string, GuardDefinition> = {};
  const question = (index: number) => `question${index}`;
  let free = stateCount - 3;

  // Each question takes one state; an extra page or an exit page takes one more.
  const plans: QuestionKind[] = [];
  for (let index = 0; free > 0; index += 1) {
    const kind = questionKind(index);
    const cost = kind === 'extra' || kind === 'exit' ? 2 : 1;
    plans.push(cost <= free ? kind : 'plain');
    free -= cost <= free ? cost : 1;
  }
  const last = plans.length - 1;
  const after = (index: number) => (index < last ? question(index + 1) : 'checkAnswers');

  plans.forEach((kind, index) => {
    const name = questionName(index);
    const label = `Question ${index + 1}: is the answer yes?`;
    let next: TransitionConfig[] = [{ target: after(index) }];

    if (kind === 'extra') {
      guards[`${name}Extra`] = { description: `${name} is yes`, test: answeredYes(index) };
      states[`extra${index}`] = { meta: page({ type: 'interruption', title: `Extra page ${index + 1}` }), on: { NEXT: after(index) } };
      next = [{ guard: `${name}Extra`, target: `extra${index}` }, ...next];
    } else if (kind === 'exit') {
      guards[`${name}Exit`] = { description: `${name} is yes`, test: answeredYes(index) };
      states[`exit${index}`] = { meta: page({ type: 'exit', title: `Exit page ${index + 1}` }), type: 'final' };
      next = [{ guard: `${name}Exit`, target: `exit${index}` }, ...next];
    } else if (kind === 'skip' && index + 2 <= last) {
      // The earlier question must not be one whose yes leads to an exit.
      const earlierIndex = plans[index - 2] === 'exit' ? index - 1 : index - 2;
      const earlier = answeredYes(earlierIndex);
      guards[`${name}Skip`] = {
        description: `${name} is no and ${questionName(earlierIndex)} is yes`,
        test: (args) => args.answers[name] === 'no' && earlier(args),
      };
      next = [{ guard: `${name}Skip`, target: question(index + 2) }, ...next];
    }
    states[question(index)] = {
      meta: page({ type: 'question', title: label, fields: [yesNo(name, label)] }),
      on: { NEXT: next },
    };
  });

  states.start = { meta: page({ type: 'start', title: 'A synthetic journey' }), on: { NEXT: question(0) } };
  states.checkAnswers = { meta: page({ type: 'checkAnswers', title: 'Check your answers' }), on: { NEXT: 'confirmation' } };
  states.confirmation = { meta: page({ type: 'confirmation', title: 'Done' }), type: 'final' };

  return {
    definition: {
      id: `synthetic-${stateCount}`,
      title: 'A synthetic journey',
      referencePrefix: 'SYN',
      settings: {},
      guards,
      machine: { initial: 'start', states },
    },
    variant: { council: { id: 'synthetic', name: 'Synthetic Council' } },
  };
}
