import type { CompiledJourney } from '../journeys/compiled-journey.js';

/** The URL of a page of a council's journey: /<council>/<journey>/<page>. */
export function pageUrl(journey: CompiledJourney, stateId: string): string {
  const slug = journey.pages.get(stateId)?.slug ?? stateId;
  return `/${journey.council.id}/${journey.id}/${slug}`;
}
