// Compares drawing a participant's marks by a fresh Graphviz layout with
// marking the cached map. Run with `npx vitest bench --run tests/unit/map`.
import { bench, describe } from 'vitest';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { journeyDot } from '../../../src/map/journey-dot.js';
import { JourneyMapCache, markSvg } from '../../../src/map/journey-map.js';
import { inlineSvg, loadGraphviz, renderDot } from '../../../src/map/render-svg.js';

const journey = (await loadJourneys()).find((j) => j.id === 'benefit-claim' && j.council.id === 'lambeth')!;
const marks = {
  currentState: 'rent',
  routeStates: ['start', 'postcode', 'dateOfBirth', 'universalCredit', 'partner', 'tenure', 'councilPlacement', 'rent'],
};
await loadGraphviz();
const cache = new JourneyMapCache({ linkFor: () => undefined });
const unmarked = await cache.unmarked(journey);

describe('benefit claim map with a participant marked', () => {
  bench('layout per request', async () => {
    inlineSvg(await renderDot(journeyDot(journey, marks)), { title: 'Map', titleId: 'map-title', className: 'map' });
  });

  bench('mark the cached map', () => {
    markSvg(unmarked, journey, marks);
  });
});
