import { Router, type Request } from 'express';
import type nunjucks from 'nunjucks';
import type { ServedJourney } from '../server/journey-routes.js';
import type { ClaimStore } from '../stores/claim-store.js';
import { facilitatorViewIsOn } from './facilitator-session.js';
import { facilitatorHome } from './facilitator-urls.js';
import { jumpRoutes } from './jump-routes.js';
import { mapRoutes } from './map-routes.js';
import { settingsRoutes } from './settings-routes.js';

export interface FacilitatorRouteOptions {
  journeys: ReadonlyMap<string, ServedJourney>;
  claims: ClaimStore;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
}

/**
 * Creates every /facilitator route. The journey tools under
 * /facilitator/<council>/<journey>/ respond only while the facilitator view
 * is on in this browser, and redirect other browsers to /facilitator.
 */
export function facilitatorRoutes(options: FacilitatorRouteOptions): Router {
  const router = Router();

  router.use(settingsRoutes(options));
  router.use(`${facilitatorHome}/:council/:journey`, (req, res, next) => {
    if (facilitatorViewIsOn(req)) return next();
    res.redirect(303, facilitatorHome);
  });
  router.use(mapRoutes(options));
  router.use(jumpRoutes(options));
  return router;
}
