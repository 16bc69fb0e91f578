import type { CompiledJourney } from '../journeys/compiled-journey.js';

/** Path of the page that switches the facilitator view on and off. */
export const facilitatorHome = '/facilitator';

/** URL of one of a journey's facilitator tools, such as 'map' or 'start-again'. */
export function toolUrl(journey: CompiledJourney, tool: 'map' | 'map.svg' | 'jump' | 'start-again'): string {
  return `${facilitatorHome}/${journey.council.id}/${journey.id}/${tool}`;
}

/** URL of the form that jumps to a page, with the page chosen. */
export function jumpUrl(journey: CompiledJourney, stateId: string): string {
  const slug = journey.pages.get(stateId)?.slug ?? stateId;
  return `${toolUrl(journey, 'jump')}?page=${encodeURIComponent(slug)}`;
}
