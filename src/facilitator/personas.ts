import { loadScenarios, type Scenario } from '../testing/scenarios.js';

const cache = new Map<string, Scenario[]>();

/**
 * Returns a journey's persona scenarios from journeys/<id>/scenarios/*.json,
 * read once per process.
 */
export function personasOf(journeyId: string): Scenario[] {
  let personas = cache.get(journeyId);
  if (!personas) {
    personas = loadScenarios(journeyId);
    cache.set(journeyId, personas);
  }
  return personas;
}
