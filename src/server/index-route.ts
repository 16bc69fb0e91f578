import { Router } from 'express';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { CouncilProfile } from '../journeys/types.js';
import type nunjucks from 'nunjucks';
import { pageUrl } from './urls.js';

interface CouncilGroup {
  council: CouncilProfile;
  journeys: Array<{ title: string; url: string }>;
}

/** Groups journeys by council, councils in name order. */
export function groupByCouncil(journeys: readonly CompiledJourney[]): CouncilGroup[] {
  const groups = new Map<string, CouncilGroup>();
  for (const journey of journeys) {
    const group = groups.get(journey.council.id) ?? { council: journey.council, journeys: [] };
    group.journeys.push({ title: journey.title, url: pageUrl(journey, journey.initial) });
    groups.set(journey.council.id, group);
  }
  return [...groups.values()].sort((a, b) => a.council.name.localeCompare(b.council.name));
}

/** GET /: every council and its journeys, with links to start them. */
export function indexRoute(journeys: readonly CompiledJourney[], env: nunjucks.Environment): Router {
  const router = Router();
  const councils = groupByCouncil(journeys);
  router.get('/', (_req, res) => {
    res.type('html').send(
      env.render('index.njk', { councils, pageTitle: 'Journey Kit prototypes', cspNonce: res.locals.cspNonce }),
    );
  });
  return router;
}
