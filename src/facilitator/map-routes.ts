import { Router } from 'express';
import type nunjucks from 'nunjucks';
import { JourneyMapCache } from '../map/journey-map.js';
import { mapOutline } from '../map/map-outline.js';
import type { ServedJourney } from '../server/journey-routes.js';
import { pageUrl } from '../server/urls.js';
import { currentPageOf, sessionLabelOf } from './facilitator-session.js';
import { facilitatorHome, jumpUrl, toolUrl } from './facilitator-urls.js';
import { locateJourney } from './located-journey.js';

export interface MapRouteOptions {
  journeys: ReadonlyMap<string, ServedJourney>;
  env: nunjucks.Environment;
}

/**
 * GET /facilitator/<council>/<journey>/map shows the journey map with this
 * browser's current page and route marked, each page linking to the jump
 * form, followed by the same map as a list. map.svg is the diagram alone.
 */
export function mapRoutes(options: MapRouteOptions): Router {
  const router = Router();
  const maps = new JourneyMapCache({ linkFor: jumpUrl });

  router.get(`${facilitatorHome}/:council/:journey/map`, async (req, res, next) => {
    const located = locateJourney(req, options.journeys);
    if (!located) return next();
    const { journey, key, progress } = located;
    const current = currentPageOf(req, key, progress);
    const marks = { currentState: current, routeStates: progress.route };
    const currentPage = journey.pages.get(current)!;

    res.type('html').send(
      options.env.render('facilitator/map.njk', {
        pageTitle: 'Journey map',
        council: journey.council,
        journeyTitle: journey.title,
        label: sessionLabelOf(req),
        svg: await maps.marked(journey, marks),
        outline: mapOutline(journey, marks),
        current: { title: currentPage.definition.title, url: pageUrl(journey, current) },
        routeLength: progress.route.length,
        svgUrl: toolUrl(journey, 'map.svg'),
        jumpUrl: (stateId: string) => jumpUrl(journey, stateId),
        cspNonce: res.locals.cspNonce,
      }),
    );
  });

  router.get(`${facilitatorHome}/:council/:journey/map.svg`, async (req, res, next) => {
    const located = locateJourney(req, options.journeys);
    if (!located) return next();
    const { journey, key, progress } = located;
    const marks = { currentState: currentPageOf(req, key, progress), routeStates: progress.route };
    res.type('image/svg+xml').send(await maps.marked(journey, marks));
  });

  return router;
}
