import { assign, setup, type AnyStateMachine } from 'xstate';
import type { Answers } from '../fields/types.js';
import { transitionsOf } from './apply-variant.js';
import type {
  ActionDefinition,
  GuardDefinition,
  MachineConfig,
  Settings,
} from './types.js';

/** What a journey machine holds: the answers on the participant's route. */
export interface JourneyContext {
  answers: Answers;
  settings: Settings;
}

/** The one event of a journey: a valid submission of the current page. */
export interface NextEvent {
  type: 'NEXT';
  answers: Answers;
}

/**
 * Copies answers into a new object, dropping keys whose value is undefined,
 * which is how a page discards what was stored for a field it no longer shows.
 */
export function mergeAnswers(stored: Answers, submitted: Answers): Answers {
  const merged: Answers = { ...stored };
  for (const [name, value] of Object.entries(submitted)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

type XStateGuard = (args: { context: JourneyContext; event: NextEvent }) => boolean;

function toXStateGuards(
  guards: Record<string, GuardDefinition>,
): Record<string, XStateGuard> {
  const result: Record<string, XStateGuard> = {};
  for (const [name, guard] of Object.entries(guards)) {
    result[name] = ({ context, event }) =>
      guard.test({
        answers: mergeAnswers(context.answers, event.answers ?? {}),
        settings: context.settings,
      });
  }
  return result;
}

function toXStateActions(actions: Record<string, ActionDefinition>) {
  const result: Record<string, ReturnType<typeof assign>> = {};
  for (const [name, action] of Object.entries(actions)) {
    result[name] = assign({
      answers: ({ context }: { context: JourneyContext }) =>
        mergeAnswers(
          context.answers,
          action.update({ answers: context.answers, settings: context.settings }),
        ),
    }) as ReturnType<typeof assign>;
  }
  return result;
}

function toXStateConfig(id: string, config: MachineConfig) {
  const states: Record<string, object> = {};

  for (const [name, state] of Object.entries(config.states)) {
    const transitions = transitionsOf(state).map((transition) => ({
      target: transition.target,
      ...(transition.guard ? { guard: transition.guard } : {}),
      actions: ['saveAnswers', ...(transition.actions ?? [])],
    }));
    states[name] = {
      meta: state.meta,
      ...(state.type ? { type: state.type } : {}),
      ...(transitions.length ? { on: { NEXT: transitions } } : {}),
    };
  }

  return {
    id,
    initial: config.initial,
    context: ({ input }: { input: { settings: Settings } }) => ({
      answers: {},
      settings: input.settings,
    }),
    states,
  };
}

/**
 * Builds the XState machine of one council's journey. The journey's guards
 * come through `setup`, and the council's through `machine.provide()`, so a
 * council replaces a rule without touching the journey's own file.
 */
export interface Rules {
  guards: Record<string, GuardDefinition>;
  actions: Record<string, ActionDefinition>;
}

export function buildMachine(
  id: string,
  config: MachineConfig,
  journeyRules: Rules,
  councilRules: Rules,
): AnyStateMachine {
  const base = setup({
    types: {} as {
      context: JourneyContext;
      events: NextEvent;
      input: { settings: Settings };
    },
    actions: {
      saveAnswers: assign({
        answers: ({ context, event }) =>
          mergeAnswers(context.answers, event.answers),
      }),
      ...toXStateActions(journeyRules.actions),
    },
    guards: toXStateGuards(journeyRules.guards),
  }).createMachine(toXStateConfig(id, config) as never);

  const machine = base.provide({
    guards: toXStateGuards(councilRules.guards) as never,
    actions: toXStateActions(councilRules.actions) as never,
  });
  return machine as unknown as AnyStateMachine;
}
