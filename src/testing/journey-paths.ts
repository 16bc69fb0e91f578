/**
 * Paths through a journey that together visit every reachable state and take
 * every transition, with example answers for each page.
 *
 * The machine is explored with xstate's getAdjacencyMap. Guards read answers
 * from earlier pages as well as the page being submitted, so a state's way
 * forward depends on the route to it. A serializeState that ignored context
 * would explore each page once, with whatever answers first reached it, and
 * miss branches such as "working age, on Universal Credit, with a partner".
 * One that kept all of the context would make every distinct name or amount a
 * new node. So exploration runs in rounds: each round records which answers
 * the guards read (branch-reads.ts), and the next round keys nodes by those
 * answers only, until a round reads nothing new.
 */
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Answers, InputValues } from '../fields/types.js';
import type { NextEvent } from '../journeys/build-machine.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { applyVariant } from '../journeys/apply-variant.js';
import type { CouncilVariant, JourneyDefinition } from '../journeys/types.js';
import { flattenFields } from '../fields/index.js';
import { BranchReads, seedGuardReads, trackingMachine } from './branch-reads.js';
import { coverageOf, type JourneyCoverage } from './coverage.js';
import { exploreJourney, submissionKey, type Exploration } from './explore-journey.js';
import { journeyStructure, transitionId } from './journey-transitions.js';
import { ExampleAnswers } from './page-submissions.js';
import { coverLabels, type CoverEdge } from './path-cover.js';
import { answersFor, type Scenario } from './scenarios.js';
import { combinations } from './value-classes.js';

/** Everything path generation needs about one council's journey. */
export interface JourneyModel {
  compiled: CompiledJourney;
  definition: JourneyDefinition;
  variant: CouncilVariant;
  scenarios: Scenario[];
}

/** One page submission on a path. */
export interface PathStep {
  /** State id of the page submitted. */
  state: string;
  /** Canonical answers, as the NEXT event carries them. */
  answers: Answers;
  /** Form input values that validate to `answers`. */
  inputs: InputValues;
  /** State id of the page the submission leads to. */
  next: string;
  /** Id of the transition taken (see journey-transitions.ts). */
  transition: string;
}

/** A route from the initial page to a final page. */
export interface JourneyPath {
  steps: PathStep[];
  /** State ids in visiting order, the initial page first and the final page last. */
  states: string[];
}

export interface JourneyPlan {
  journey: CompiledJourney;
  paths: JourneyPath[];
  coverage: JourneyCoverage;
  /** Faults found in the journey while making paths, such as a page no example answer passes. */
  problems: string[];
  explored: { nodes: number; edges: number; rounds: number };
}

export interface PlanOptions {
  /** The day that date answers are relative to. */
  today?: Date;
  /** Maximum snapshots to visit in one exploration round. */
  limit?: number;
}

const MAX_ROUNDS = 20;
/** Random answer sets each guard is tried on before exploring. */
const SEED_SAMPLES = 32;
const DEFAULT_LIMIT = 1_000_000;

interface EdgeData {
  state: string;
  next: string;
  event: NextEvent;
}

function stateOf(snapshot: AnyMachineSnapshot): string {
  return String(snapshot.value);
}

function describeAnswers(answers: Answers): string {
  return JSON.stringify(answers);
}

/** Turns explored nodes into edges labelled with the transition each takes. */
function edgesOf(exploration: Exploration, machine: AnyStateMachine, problems: string[]) {
  const edgesFrom = new Map<string, Array<CoverEdge<EdgeData>>>();
  const ends = new Set<string>();
  const stuck = new Set<string>();

  for (const [key, { state: snapshot, transitions }] of Object.entries(exploration.adjacency)) {
    if (snapshot.status === 'done') ends.add(key);
    const state = stateOf(snapshot);
    const available = machine.root.states[state]?.transitions.get('NEXT') ?? [];
    const edges: Array<CoverEdge<EdgeData>> = [];

    const outgoing: Array<{ event: NextEvent; state: AnyMachineSnapshot }> = Object.values(transitions);
    for (const { event, state: nextSnapshot } of outgoing) {
      const next = stateOf(nextSnapshot);
      // The target names the transition unless two of the state's transitions share it.
      let index = available.findIndex((t) => t.target?.[0]?.key === next);
      const shared = available.filter((t) => t.target?.[0]?.key === next).length > 1;
      if (shared || index < 0) {
        const [enabled] = machine.getTransitionData(snapshot, event);
        index = enabled ? available.indexOf(enabled) : -1;
      }
      if (index < 0) {
        if (!stuck.has(state)) {
          stuck.add(state);
          problems.push(`state '${state}': the answers ${describeAnswers(event.answers)} lead nowhere, because no transition's guard holds for them`);
        }
        continue;
      }
      edges.push({
        from: key,
        to: exploration.keyOf(nextSnapshot),
        label: transitionId(state, index),
        data: { state, next, event },
      });
    }
    edgesFrom.set(key, edges);
  }
  return { edgesFrom, ends };
}

/**
 * Replays a path through the compiled machine with xstate's pure transition
 * function and returns what went differently, if anything. Paths are made on
 * a copy of the machine whose guards record what they read, so this confirms
 * each path on the machine the kit serves.
 */
function replayProblems(journey: CompiledJourney, path: JourneyPath): string[] {
  let [snapshot] = initialTransition(journey.machine, { settings: journey.settings });
  for (const step of path.steps) {
    if (stateOf(snapshot) !== step.state) {
      return [`the path expects '${step.state}' but the machine is at '${stateOf(snapshot)}'`];
    }
    const available = journey.machine.root.states[step.state]?.transitions.get('NEXT') ?? [];
    const event: NextEvent = { type: 'NEXT', answers: step.answers };
    const [enabled] = journey.machine.getTransitionData(snapshot, event);
    [snapshot] = transition(journey.machine, snapshot, event);
    if (stateOf(snapshot) !== step.next || transitionId(step.state, available.indexOf(enabled!)) !== step.transition) {
      return [`from '${step.state}' the path expects ${step.transition} to '${step.next}', but the machine went to '${stateOf(snapshot)}'`];
    }
  }
  return snapshot.status === 'done' ? [] : [`the path ends on '${stateOf(snapshot)}', which is not final`];
}

function toJourneyPath(edges: Array<CoverEdge<EdgeData>>, exploration: Exploration, initial: string): JourneyPath {
  const steps = edges.map(({ label, data }) => ({
    state: data.state,
    answers: data.event.answers,
    inputs: exploration.inputs.get(submissionKey(data.state, data.event.answers)) ?? {},
    next: data.next,
    transition: label,
  }));
  return { steps, states: [initial, ...steps.map((step) => step.next)] };
}

/**
 * Makes paths for one council's journey that take every transition that the
 * example answers can take, checks each on the compiled machine, and measures
 * the state and transition coverage.
 */
export function planJourney(model: JourneyModel, options: PlanOptions = {}): JourneyPlan {
  const { compiled: journey, definition, variant } = model;
  const today = options.today ?? new Date();
  const bodies = [journey.examples, ...model.scenarios.map((scenario) => answersFor(scenario, journey.examples, today))];
  const examples = new ExampleAnswers(bodies, today);
  const config = applyVariant(definition, variant);
  const reads = new BranchReads();
  const machine = trackingMachine(journey.machine, definition, variant, reads);
  const guards = { ...definition.guards, ...variant.guards };
  const domains = [...journey.pages.values()]
    .flatMap((page) => flattenFields(page.fields))
    .map((field): [string, ReturnType<ExampleAnswers['valuesOf']>] => [field.name, [...examples.valuesOf(field), undefined]]);
  const firstValues = Object.fromEntries(domains.map(([name, values]) => [name, values[0]]));
  seedGuardReads(reads, guards, journey.settings, [firstValues, ...combinations(domains, SEED_SAMPLES)]);
  const structure = journeyStructure(journey.machine);
  const problems: string[] = [];

  let exploration: Exploration | undefined;
  let rounds = 0;
  try {
    let known = -1;
    for (; rounds < MAX_ROUNDS && known !== reads.size; rounds += 1) {
      known = reads.size;
      exploration = exploreJourney({ machine, journey, config, examples, reads, guards, limit: options.limit ?? DEFAULT_LIMIT });
    }
    if (known !== reads.size) problems.push(`exploring the journey did not settle after ${MAX_ROUNDS} rounds`);
  } catch (error) {
    problems.push(`exploring the journey failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const paths: JourneyPath[] = [];
  let explored = { nodes: 0, edges: 0, rounds };
  if (exploration) {
    for (const state of exploration.unanswerable) {
      problems.push(`state '${state}': no example answers pass the page's validation, so nothing gets past it`);
    }
    const { edgesFrom, ends } = edgesOf(exploration, machine, problems);
    const start = exploration.keyOf(initialTransition(machine, { settings: journey.settings })[0]);
    const cover = coverLabels({ start, ends, edgesFrom }, structure.transitions.map((t) => t.id));
    for (const edges of cover.paths) {
      const path = toJourneyPath(edges, exploration, structure.initial);
      const replay = replayProblems(journey, path);
      if (replay.length) problems.push(...replay.map((problem) => `path to '${path.states.at(-1)}': ${problem}`));
      else paths.push(path);
    }
    let edgeCount = 0;
    for (const edges of edgesFrom.values()) edgeCount += edges.length;
    explored = { nodes: edgesFrom.size, edges: edgeCount, rounds };
  }

  return {
    journey,
    paths,
    coverage: coverageOf(journey, structure, paths),
    problems,
    explored,
  };
}
