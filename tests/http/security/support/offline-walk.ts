/**
 * Works out, without HTTP, which pages a participant with given form answers
 * reaches, so that tests can pick answers that lead to each page. It follows
 * the same steps as a POST to the server: the page's fields (with options
 * from the journey's option sources), validatePage, then submitPage.
 */
import { flattenFields, validatePage } from '../../../../src/fields/index.js';
import type { FieldDefinition } from '../../../../src/fields/types.js';
import { submitPage } from '../../../../src/engine/journey-engine.js';
import { newProgress } from '../../../../src/engine/progress.js';
import { resolveFields } from '../../../../src/engine/resolve-fields.js';
import type { CompiledJourney } from '../../../../src/journeys/compiled-journey.js';
import { answersFor, type Scenario, type ScenarioAnswers } from '../../../../src/testing/scenarios.js';

/** Answers that lead a participant to a page, and where they came from. */
export interface PageReach {
  /** The scenario's name, with the changed answer when one was changed. */
  source: string;
  answers: ScenarioAnswers;
}

/** Returns the state ids a walk with `form` visits, from the initial page to where it stops. */
export function simulateRoute(journey: CompiledJourney, form: ScenarioAnswers): string[] {
  let progress = newProgress(journey.initial, journey.fingerprint);
  let current = journey.initial;
  const route = [current];

  while (!journey.pages.get(current)?.final && route.length <= journey.pages.size * 2) {
    const page = journey.pages.get(current)!;
    const validation = validatePage(resolveFields(journey, page, progress.answers), form, {
      today: new Date(),
      ...(page.definition.rules ? { rules: page.definition.rules } : {}),
    });
    if (!validation.ok) break;
    const result = submitPage(journey, progress, current, validation.answers, { change: false });
    progress = result.progress;
    current = result.next;
    route.push(current);
  }
  return route;
}

// Amounts around the usual benefit savings and income limits.
const AMOUNTS = ['0', '100', '3000', '6000.01', '10000', '16000.01', '20000'];

function alternativeValues(field: FieldDefinition): string[] {
  if (field.type === 'radios') return field.options.map((option) => option.value);
  if (field.type === 'checkboxes') {
    return [...field.options.map((option) => option.value), ...(field.exclusive ? [field.exclusive.value] : [])];
  }
  if (field.type === 'money' || field.type === 'number') return AMOUNTS;
  return [];
}

/**
 * Finds answers reaching each page: first each scenario's own answers, then
 * each scenario with one radios, checkboxes, money or number answer on its
 * route changed. Pages that neither reaches are returned as unreached.
 */
export function answersReachingPages(
  journey: CompiledJourney,
  scenarios: readonly Scenario[],
): { reached: Map<string, PageReach>; unreached: string[] } {
  const reached = new Map<string, PageReach>();
  const record = (route: string[], reach: PageReach) => {
    for (const id of route) if (!reached.has(id)) reached.set(id, reach);
  };
  const bases = scenarios.map((scenario) => {
    const answers = answersFor(scenario, journey.examples);
    const route = simulateRoute(journey, answers);
    record(route, { source: scenario.name, answers });
    return { scenario, answers, route };
  });

  for (const base of bases) {
    if (reached.size === journey.pages.size) break;
    const fields = base.route.flatMap((id) => flattenFields(journey.pages.get(id)?.fields ?? []));
    for (const field of fields) {
      for (const value of alternativeValues(field)) {
        if (base.answers[field.name] === value) continue;
        const answers = { ...base.answers, [field.name]: value };
        const route = simulateRoute(journey, answers);
        if (route.some((id) => !reached.has(id))) {
          record(route, { source: `${base.scenario.name} with ${field.name}=${value}`, answers });
        }
      }
    }
  }
  const unreached = [...journey.pages.keys()].filter((id) => !reached.has(id));
  return { reached, unreached };
}
