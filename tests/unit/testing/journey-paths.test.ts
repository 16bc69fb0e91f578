import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { compileJourney } from '../../../src/journeys/compile-journey.js';
import { page, yesNo } from '../../../src/journeys/define.js';
import type { JourneyDefinition, StateConfig } from '../../../src/journeys/types.js';
import { isComplete } from '../../../src/testing/coverage.js';
import { planJourney, type JourneyModel } from '../../../src/testing/journey-paths.js';
import { syntheticJourney } from '../../../src/testing/synthetic-journey.js';

const today = new Date(2026, 5, 15);

function modelOf(definition: JourneyDefinition): JourneyModel {
  const variant = { council: { id: 'testshire', name: 'Testshire Council' } };
  const compiled = compileJourney(definition, variant, { journey: os.tmpdir(), council: os.tmpdir() });
  return { compiled, definition, variant, scenarios: [] };
}

/** start → first → second → (guarded branches) … → done, with the given guards. */
function journeyOf(secondNext: StateConfig['on'], guards: JourneyDefinition['guards'], extra: Record<string, StateConfig> = {}): JourneyDefinition {
  return {
    id: 'test-journey',
    title: 'Test journey',
    referencePrefix: 'TST',
    settings: { limit: 100 },
    guards,
    machine: {
      initial: 'start',
      states: {
        start: { meta: page({ type: 'start', title: 'Start' }), on: { NEXT: 'first' } },
        first: { meta: page({ type: 'question', title: 'First', fields: [yesNo('first', 'First?')] }), on: { NEXT: 'second' } },
        second: {
          meta: page({ type: 'question', title: 'Second', fields: [{ type: 'money', name: 'amount', label: 'Amount', min: 0, max: 1_000 }] }),
          ...(secondNext ? { on: secondNext } : {}),
        },
        both: { meta: page({ type: 'exit', title: 'Both' }), type: 'final' },
        done: { meta: page({ type: 'confirmation', title: 'Done' }), type: 'final' },
        ...extra,
      },
    },
  };
}

describe('planJourney', () => {
  it('covers a branch that depends on an earlier page', () => {
    const definition = journeyOf(
      { NEXT: [{ guard: 'yesAndOverLimit', target: 'both' }, { target: 'done' }] },
      {
        yesAndOverLimit: {
          description: 'First is yes and the amount is over the limit',
          test: ({ answers, settings }) => answers.first === 'yes' && Number(answers.amount) > (settings.limit as number),
        },
      },
    );

    const plan = planJourney(modelOf(definition), { today });

    expect(plan.problems).toEqual([]);
    expect(isComplete(plan.coverage)).toBe(true);
    const toBoth = plan.paths.find((path) => path.states.at(-1) === 'both')!;
    expect(toBoth.steps.map((step) => step.answers)).toEqual([{}, { first: 'yes' }, { amount: 1_000 }]);
    expect(toBoth.steps[2]!.inputs).toEqual({ amount: '1000' });
  });

  it('reports a transition no answer takes', () => {
    const definition = journeyOf(
      { NEXT: [{ guard: 'overMaximum', target: 'both' }, { target: 'done' }] },
      { overMaximum: { description: 'Over the field maximum', test: ({ answers }) => Number(answers.amount) > 1_000 } },
    );

    const { coverage, problems } = planJourney(modelOf(definition), { today });

    expect(problems).toEqual([]);
    expect(coverage.transitions.uncovered).toEqual(['second → both when overMaximum']);
    expect(coverage.states.uncovered).toEqual(['both']);
  });

  it('reports a page where valid answers lead nowhere', () => {
    const definition = journeyOf(
      { NEXT: [{ guard: 'isYes', target: 'both' }, { guard: 'overLimit', target: 'done' }] },
      {
        isYes: { description: 'First is yes', test: ({ answers }) => answers.first === 'yes' },
        overLimit: { description: 'Over the limit', test: ({ answers }) => Number(answers.amount) > 100 },
      },
    );

    const { problems } = planJourney(modelOf(definition), { today });

    expect(problems).toEqual([`state 'second': the answers {"amount":0} lead nowhere, because no transition's guard holds for them`]);
  });

  it('reports a page no example answer passes', () => {
    const definition = journeyOf(
      { NEXT: [{ guard: 'isYes', target: 'both' }, { target: 'done' }] },
      { isYes: { description: 'First is yes', test: ({ answers }) => answers.first === 'yes' } },
    );
    definition.machine.states.second!.meta.page.fields = [{ type: 'number', name: 'count', label: 'Count', min: 10, max: 1 }];

    const { problems, paths } = planJourney(modelOf(definition), { today });

    expect(problems).toEqual(["state 'second': no example answers pass the page's validation, so nothing gets past it"]);
    expect(paths).toEqual([]);
  });

  it('covers a synthetic journey with paths the machine takes', () => {
    const { definition } = syntheticJourney(50);
    const model = modelOf({ ...definition, id: 'test-journey' });

    const plan = planJourney(model, { today });

    expect(plan.problems).toEqual([]);
    expect(plan.coverage.states).toEqual({ covered: 50, total: 50, uncovered: [] });
    expect(plan.coverage.transitions.uncovered).toEqual([]);
    for (const path of plan.paths) {
      let [snapshot] = initialTransition(model.compiled.machine, { settings: {} });
      for (const step of path.steps) {
        expect(snapshot.value).toBe(step.state);
        [snapshot] = transition(model.compiled.machine, snapshot, { type: 'NEXT', answers: step.answers });
      }
      expect(snapshot.status).toBe('done');
      expect(snapshot.value).toBe(path.states.at(-1));
    }
  });
});

describe('syntheticJourney', () => {
  it('has the number of states asked for', () => {
    for (const size of [4, 50, 301]) {
      expect(Object.keys(syntheticJourney(size).definition.machine.states)).toHaveLength(size);
    }
  });
});
