import { flattenFields } from '../fields/index.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';

const namesCache = new WeakMap<CompiledJourney, Map<string, string[]>>();

/** Names of every field on a page, revealed fields included, cached per journey. */
export function pageAnswerNames(
  journey: CompiledJourney,
  pageId: string,
): readonly string[] {
  let byPage = namesCache.get(journey);
  if (!byPage) {
    byPage = new Map();
    for (const page of journey.pages.values()) {
      byPage.set(
        page.id,
        flattenFields(page.fields).map((field) => field.name),
      );
    }
    namesCache.set(journey, byPage);
  }
  return byPage.get(pageId) ?? [];
}
