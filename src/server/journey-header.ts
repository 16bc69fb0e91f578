import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { pageUrl } from './urls.js';

/** Template values that the layout's header reads: the council, the service name and their links. */
export interface JourneyHeader {
  council: CompiledJourney['council'];
  serviceName: string;
  serviceUrl: string;
  councilUrl: string;
}

/** Returns the header values of a council's journey, whose links go to its first page. */
export function journeyHeader(journey: CompiledJourney): JourneyHeader {
  const start = pageUrl(journey, journey.initial);
  return { council: journey.council, serviceName: journey.title, serviceUrl: start, councilUrl: start };
}
