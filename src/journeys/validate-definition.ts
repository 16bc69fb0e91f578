import { isIsoDate } from '../fields/date.js';
import type { FieldDefinition } from '../fields/types.js';
import { transitionsOf } from './apply-variant.js';
import { JourneyDefinitionError, type DefinitionLocation } from './errors.js';
import type { MachineConfig, PageType } from './types.js';

/** Receives each problem found: start-up raises it, the check command collects it. */
type Report = (problem: JourneyDefinitionError) => void;

const pageTypes: ReadonlySet<PageType> = new Set([
  'start',
  'question',
  'interruption',
  'exit',
  'checkAnswers',
  'declaration',
  'confirmation',
]);
const finalPageTypes: ReadonlySet<PageType> = new Set(['exit', 'confirmation']);

function* allFields(fields: FieldDefinition[]): Generator<FieldDefinition> {
  for (const field of fields) {
    yield field;
    if (field.type === 'radios' || field.type === 'checkboxes') {
      for (const option of field.options) yield* allFields(option.reveals ?? []);
    }
  }
}

function checkPages(config: MachineConfig, at: DefinitionLocation, report: Report): void {
  const fieldOwners = new Map<string, string>();

  for (const [id, state] of Object.entries(config.states)) {
    const location = { ...at, state: id };
    const page = state.meta?.page;
    const fail = (problem: string, fix: string) => {
      report(new JourneyDefinitionError(location, problem, fix));
    };

    if (!page) {
      fail('the state has no page', "Add `meta: page({ type, title })`");
      continue;
    }
    if (!pageTypes.has(page.type)) {
      fail(
        `the page type '${String(page.type)}' is not known`,
        `Use one of: ${[...pageTypes].join(', ')}`,
      );
    }
    if (!page.title?.trim()) fail('the page has no title', 'Give the page a `title`');
    if (page.type === 'question' && !page.fields?.length) {
      fail('the question page has no fields', 'Add `fields`, or make it an interruption page');
    }

    for (const field of allFields(page.fields ?? [])) {
      if (!field.name) {
        fail('a field has no name', 'Give every field a `name`');
        continue;
      }
      if (!field.label?.trim()) {
        fail(`the field '${field.name}' has no label`, 'Give the field a `label`');
      }
      const owner = fieldOwners.get(field.name);
      if (owner !== undefined) {
        fail(
          `the field name '${field.name}' is also used on the page '${owner}', so one answer would overwrite the other`,
          'Give each field a name that no other page of the journey uses',
        );
      }
      fieldOwners.set(field.name, id);
      if (field.type === 'date' && field.earliest !== undefined && !isIsoDate(field.earliest)) {
        fail(
          `the field '${field.name}' has earliest '${String(field.earliest)}', which is not a real date in the form YYYY-MM-DD`,
          "Write `earliest` as a date such as '1900-01-01'",
        );
      }
    }
  }
}

function checkTransitions(
  config: MachineConfig,
  guards: ReadonlySet<string>,
  at: DefinitionLocation,
  report: Report,
): void {
  const ids = Object.keys(config.states);

  if (!config.states[config.initial]) {
    report(new JourneyDefinitionError(
      at,
      `the initial state '${config.initial}' does not exist`,
      `Set initial to one of: ${ids.join(', ')}`,
    ));
  }

  for (const [id, state] of Object.entries(config.states)) {
    const location = { ...at, state: id };
    const transitions = transitionsOf(state);
    const pageType = state.meta?.page?.type;
    const isFinalPage = pageType !== undefined && finalPageTypes.has(pageType);

    if (state.type === 'final' && transitions.length > 0) {
      report(new JourneyDefinitionError(location, 'a final state has transitions', 'Remove `on`, or remove `type: final`'));
    }
    if (state.type !== 'final' && transitions.length === 0) {
      report(new JourneyDefinitionError(
        location,
        'the page has no way forward and is not final',
        "Add `on: { NEXT: 'nextPage' }`, or mark an exit page `type: 'final'`",
      ));
    }
    if (pageType !== undefined && isFinalPage !== (state.type === 'final')) {
      report(new JourneyDefinitionError(
        location,
        `a ${pageType} page must ${isFinalPage ? '' : 'not '}be a final state`,
        isFinalPage ? "Add `type: 'final'`" : "Remove `type: 'final'`, or make it an exit page",
      ));
    }
    for (const transition of transitions) {
      if (!config.states[transition.target]) {
        report(new JourneyDefinitionError(
          location,
          `a transition goes to '${transition.target}', which does not exist`,
          `Use one of: ${ids.join(', ')}`,
        ));
      }
      if (transition.guard !== undefined && !guards.has(transition.guard)) {
        report(new JourneyDefinitionError(
          location,
          `the guard '${transition.guard}' is used but not provided`,
          'Add it to the journey’s `guards`, or to the council variant’s `guards`',
        ));
      }
    }
  }
}

function checkReachable(config: MachineConfig, at: DefinitionLocation, report: Report): void {
  if (!config.states[config.initial]) return;
  const reached = new Set([config.initial]);
  const queue = [config.initial];

  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const { target } of transitionsOf(config.states[id]!)) {
      if (!reached.has(target) && config.states[target]) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  for (const id of Object.keys(config.states)) {
    if (!reached.has(id)) {
      report(new JourneyDefinitionError(
        { ...at, state: id },
        'no transition leads to this page, so nobody can reach it',
        'Add a transition to it, or remove the page',
      ));
    }
  }
}

function raise(problem: JourneyDefinitionError): never {
  throw problem;
}

/** Checks a council's machine config; raises JourneyDefinitionError on the first problem. */
export function validateDefinition(
  config: MachineConfig,
  guards: ReadonlySet<string>,
  location: DefinitionLocation,
): void {
  checkPages(config, location, raise);
  checkTransitions(config, guards, location, raise);
  checkReachable(config, location, raise);
}

/**
 * Checks a council's machine config with the same rules as
 * `validateDefinition`, and returns every problem instead of raising the first.
 */
export function definitionProblems(
  config: MachineConfig,
  guards: ReadonlySet<string>,
  location: DefinitionLocation,
): JourneyDefinitionError[] {
  const problems: JourneyDefinitionError[] = [];
  const report = (problem: JourneyDefinitionError) => {
    problems.push(problem);
  };
  checkPages(config, location, report);
  checkTransitions(config, guards, location, report);
  checkReachable(config, location, report);
  return problems;
}
