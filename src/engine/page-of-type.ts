import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { PageType } from '../journeys/types.js';

const cache = new WeakMap<CompiledJourney, Map<PageType, string | undefined>>();

/** Returns the state id of the journey's first page of a type, looked up once per journey. */
export function pageOfType(journey: CompiledJourney, type: PageType): string | undefined {
  let byType = cache.get(journey);
  if (!byType) {
    byType = new Map();
    cache.set(journey, byType);
  }
  if (!byType.has(type)) {
    byType.set(type, [...journey.pages.values()].find((page) => page.definition.type === type)?.id);
  }
  return byType.get(type);
}
