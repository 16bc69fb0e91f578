import { loadJourneys, type JourneyFolders } from '../journeys/load-journeys.js';
import { defaultJourneyFolders, importJourneyModules } from './journey-definitions.js';
import type { JourneyModel } from './journey-paths.js';
import { loadScenarios } from './scenarios.js';

/**
 * Loads every journey under `folders` for every council, compiled as the kit
 * serves it, with the definition, variant and persona scenarios that path
 * generation also needs. Raises JourneyDefinitionError as loadJourneys does.
 */
export async function loadJourneyModels(
  folders: JourneyFolders = defaultJourneyFolders,
): Promise<JourneyModel[]> {
  const compiled = await loadJourneys(folders);
  const { journeys } = await importJourneyModules(folders);

  return compiled.map((journey) => {
    const module = journeys.find((candidate) => candidate.definition.id === journey.id);
    const variant = module?.variants.find((candidate) => candidate.variant.council.id === journey.council.id);
    if (!module || !variant) {
      throw new Error(`No definition found for journey '${journey.id}' of council '${journey.council.id}'`);
    }
    return {
      compiled: journey,
      definition: module.definition,
      variant: variant.variant,
      scenarios: loadScenarios(journey.id, folders.sources),
    };
  });
}
