/**
 * Exploring a journey machine with xstate's graph utilities. Each explored
 * node is a page together with the answers so far that can still change the
 * route (see live-answers.ts); answers that cannot are left out of the node's
 * key, so names and amounts do not multiply the graph.
 */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { getAdjacencyMap, type AdjacencyMap } from 'xstate/graph';
import { resolveFields } from '../engine/resolve-fields.js';
import { flattenFields } from '../fields/index.js';
import type { AnswerValue, Answers, FieldDefinition, InputValues } from '../fields/types.js';
import type { NextEvent } from '../journeys/build-machine.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { GuardDefinition, MachineConfig } from '../journeys/types.js';
import { ALL_ANSWERS, trackAnswers, type BranchReads } from './branch-reads.js';
import { liveAnswers, type LiveAnswers } from './live-answers.js';
import {
  pageSubmissions,
  type ChooseValues,
  type ExampleAnswers,
  type PageSubmission,
} from './page-submissions.js';
import { valueClasses } from './value-classes.js';

export interface Exploration {
  adjacency: AdjacencyMap<AnyMachineSnapshot, NextEvent>;
  /** The node key of a snapshot, as the adjacency map is keyed. */
  keyOf: (snapshot: AnyMachineSnapshot) => string;
  /** Form inputs for each event, by `submissionKey`. */
  inputs: Map<string, InputValues>;
  /** States whose page had no valid submission with the example answers. */
  unanswerable: Set<string>;
}

export interface ExploreOptions {
  machine: AnyStateMachine;
  journey: CompiledJourney;
  config: MachineConfig;
  examples: ExampleAnswers;
  reads: BranchReads;
  /** Guard definitions by name, the council's replacing the journey's. */
  guards: Readonly<Record<string, GuardDefinition>>;
  /** Maximum snapshots to visit before giving up. */
  limit: number;
}

export function submissionKey(state: string, answers: Answers): string {
  return `${state}\n${JSON.stringify(answers)}`;
}

function stateOf(snapshot: AnyMachineSnapshot): string {
  return String(snapshot.value);
}

function projectionKey(answers: Answers, live: LiveAnswers): string {
  const names = Object.keys(answers)
    .filter((name) => live === null || live.has(name))
    .sort();
  return JSON.stringify(names.map((name) => [name, answers[name]]));
}

/**
 * Returns which example values to try for each field. A field nothing has
 * read gets its first value only, and a field that guards read gets one value
 * of each group that the guards treat alike. A field that an option source
 * reads, or whose options come from earlier answers, gets every value.
 */
function valueChooser(options: ExploreOptions): ChooseValues {
  const { journey, examples, reads, guards } = options;
  const readNames = reads.allNames();
  if (readNames.has(ALL_ANSWERS)) return (_field, values) => values;

  const fields = [...journey.pages.values()].flatMap((page) => flattenFields(page.fields));
  const keep = new Set<string>(
    fields.filter((field) => field.type === 'radios' && field.optionsFrom !== undefined).map((field) => field.name),
  );
  for (const names of reads.byPage.values()) for (const name of names) keep.add(name);
  const classes = valueClasses({
    guards,
    settings: journey.settings,
    reads,
    values: new Map(fields.map((field: FieldDefinition) => [field.name, examples.valuesOf(field)])),
    keep,
  });
  const kept = new Map([...classes].map(([name, values]) => [name, new Set(values.map((value) => JSON.stringify(value)))]));

  return (field, values) => {
    if (!readNames.has(field.name)) return values.slice(0, 1);
    const chosen = kept.get(field.name);
    return chosen ? values.filter((value: AnswerValue | undefined) => chosen.has(JSON.stringify(value))) : values;
  };
}

/**
 * Explores every node reachable with the example answers that `valueChooser`
 * picks; `reads` grows with what this exploration reads.
 */
export function exploreJourney(options: ExploreOptions): Exploration {
  const { machine, journey, config, examples, reads, limit } = options;
  const live = liveAnswers(config, reads);
  const choose = valueChooser(options);

  const keyOf = (snapshot: AnyMachineSnapshot): string => {
    const state = stateOf(snapshot);
    const answers = (snapshot.context as { answers: Answers }).answers;
    return `${state}\n${projectionKey(answers, live.get(state) ?? null)}`;
  };

  const inputs = new Map<string, InputValues>();
  const unanswerable = new Set<string>();
  const cache = new Map<string, PageSubmission[]>();

  const eventsOf = (snapshot: AnyMachineSnapshot): NextEvent[] => {
    const state = stateOf(snapshot);
    const page = journey.pages.get(state);
    if (!page || snapshot.status !== 'active') return [];
    const answers = (snapshot.context as { answers: Answers }).answers;
    const fields = resolveFields(journey, page, trackAnswers(answers, reads.pageReads(state)));
    const cacheKey = fields === page.fields ? state : `${state}\n${JSON.stringify(fields)}`;

    let submissions = cache.get(cacheKey);
    if (!submissions) {
      submissions = pageSubmissions(fields, page.definition.rules, examples, choose);
      cache.set(cacheKey, submissions);
      for (const submission of submissions) {
        inputs.set(submissionKey(state, submission.answers), submission.inputs);
      }
      if (submissions.length === 0) unanswerable.add(state);
    }
    return submissions.map((submission) => ({ type: 'NEXT', answers: submission.answers }));
  };

  const adjacency = getAdjacencyMap<AnyMachineSnapshot, NextEvent, { settings: unknown }>(
    machine as never,
    {
      input: { settings: journey.settings },
      events: eventsOf,
      // Without this, xstate would add a bare { type: 'NEXT' } for a page with no valid submission.
      filterEvents: (_snapshot, event) => 'answers' in event,
      serializeState: keyOf,
      limit,
    },
  );
  return { adjacency, keyOf, inputs, unanswerable };
}
