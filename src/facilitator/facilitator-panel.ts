import { Router, type Request, type RequestHandler } from 'express';
import { isProgress } from '../engine/progress.js';
import type { CompiledJourney, CompiledPage } from '../journeys/compiled-journey.js';
import type { ServedJourney } from '../server/journey-routes.js';
import { facilitatorViewIsOn, recordShownPage, sessionLabelOf } from './facilitator-session.js';
import { facilitatorHome, jumpUrl, toolUrl } from './facilitator-urls.js';

/** Template variable `facilitator` of views/facilitator/panel.njk. */
export interface FacilitatorPanel {
  label?: string;
  /** The page's notes, one string per paragraph. */
  notes: string[];
  mapUrl: string;
  jumpUrl: string;
  startAgainUrl: string;
  settingsUrl: string;
}

function paragraphsOf(notes: string | undefined): string[] {
  return (notes ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** True when the session's progress would let this browser see the page. */
function isShown(req: Request, key: string, journey: CompiledJourney, page: CompiledPage): boolean {
  const stored = req.session.progress?.[key];
  if (!isProgress(stored)) return page.id === journey.initial;
  return stored.route.includes(page.id);
}

/**
 * Adds the facilitator panel to every journey page while the facilitator
 * view is on in this browser, through res.locals.viewContext, and records
 * which page was shown so the journey map can mark it. Does nothing for
 * browsers where the view is off.
 */
export function facilitatorPanel(journeys: ReadonlyMap<string, ServedJourney>): Router {
  const router = Router();

  const addPanel: RequestHandler = (req, res, next) => {
    if (!facilitatorViewIsOn(req)) return next();
    const { council, journey: journeyId, page: slug } = req.params as Record<string, string>;
    const key = `${council}/${journeyId}`;
    const journey = journeys.get(key)?.journey;
    const page = journey?.pagesBySlug.get(slug!);
    if (!journey || !page) return next();

    if (req.method === 'GET' && isShown(req, key, journey, page)) {
      recordShownPage(req, key, page.id);
    }
    const label = sessionLabelOf(req);
    const panel: FacilitatorPanel = {
      ...(label ? { label } : {}),
      notes: paragraphsOf(page.notes),
      mapUrl: toolUrl(journey, 'map'),
      jumpUrl: jumpUrl(journey, page.id),
      startAgainUrl: toolUrl(journey, 'start-again'),
      settingsUrl: facilitatorHome,
    };
    const context = res.locals.viewContext as Record<string, unknown> | undefined;
    res.locals.viewContext = { ...context, facilitator: panel };
    next();
  };

  router.route('/:council/:journey/:page').get(addPanel).post(addPanel);
  return router;
}
