import { Router } from 'express';
import type nunjucks from 'nunjucks';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { CouncilProfile } from '../journeys/types.js';
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

/**
 * Keeps the councils whose name contains `filter`, with all their journeys,
 * and from other councils the journeys whose title contains it. Case is ignored.
 */
export function filterGroups(groups: CouncilGroup[], filter: string): CouncilGroup[] {
  const words = filter.trim().toLowerCase();
  if (!words) return groups;
  return groups
    .map((group) =>
      group.council.name.toLowerCase().includes(words)
        ? group
        : { ...group, journeys: group.journeys.filter((journey) => journey.title.toLowerCase().includes(words)) },
    )
    .filter((group) => group.journeys.length > 0);
}

/** GET /: every council and its journeys, with links to start them and a filter by name. */
export function indexRoute(journeys: readonly CompiledJourney[], env: nunjucks.Environment): Router {
  const router = Router();
  const councils = groupByCouncil(journeys);

  router.get('/', (req, res) => {
    const filter = typeof req.query.filter === 'string' ? req.query.filter.slice(0, 100) : '';
    res.type('html').send(
      env.render('index.njk', {
        councils: filterGroups(councils, filter),
        filter,
        pageTitle: 'Journey Kit prototypes',
        cspNonce: res.locals.cspNonce,
      }),
    );
  });
  return router;
}
