import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import type { ServedJourney } from '../server/journey-routes.js';
import { pageUrl } from '../server/urls.js';
import {
  facilitatorViewIsOn,
  maxLabelLength,
  sessionLabelOf,
  setFacilitatorView,
  setSessionLabel,
} from './facilitator-session.js';
import { facilitatorHome, toolUrl } from './facilitator-urls.js';

export interface SettingsRouteOptions {
  journeys: ReadonlyMap<string, ServedJourney>;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
}

interface LabelForm {
  value: string;
  error?: string;
}

interface CouncilJourneys {
  councilName: string;
  journeys: Array<{ title: string; startUrl: string; mapUrl: string }>;
}

/** Every served journey grouped by council, councils and journeys in name order. */
function journeysByCouncil(journeys: ReadonlyMap<string, ServedJourney>): CouncilJourneys[] {
  const groups = new Map<string, CouncilJourneys>();
  for (const { journey } of journeys.values()) {
    const group = groups.get(journey.council.id) ?? { councilName: journey.council.name, journeys: [] };
    group.journeys.push({
      title: journey.title,
      startUrl: pageUrl(journey, journey.initial),
      mapUrl: toolUrl(journey, 'map'),
    });
    groups.set(journey.council.id, group);
  }
  for (const group of groups.values()) group.journeys.sort((a, b) => a.title.localeCompare(b.title));
  return [...groups.values()].sort((a, b) => a.councilName.localeCompare(b.councilName));
}

function bodyOf(req: Request): Record<string, unknown> {
  return (req.body ?? {}) as Record<string, unknown>;
}

/**
 * GET /facilitator shows whether the facilitator view is on in this browser,
 * the session label and every journey; POST /facilitator/view switches the
 * view on or off and POST /facilitator/label sets the session label.
 */
export function settingsRoutes(options: SettingsRouteOptions): Router {
  const router = Router();
  const councils = journeysByCouncil(options.journeys);

  const show = (req: Request, res: Response, status = 200, labelForm?: LabelForm) => {
    const on = facilitatorViewIsOn(req);
    const label = sessionLabelOf(req);
    const errorList = labelForm?.error ? [{ text: labelForm.error, href: '#label' }] : [];
    res.status(status).type('html').send(
      options.env.render('facilitator/settings.njk', {
        pageTitle: 'Facilitator view',
        on,
        label,
        labelForm: labelForm ?? { value: label ?? '' },
        maxLabelLength,
        councils,
        errorList,
        csrfToken: options.csrfToken(req),
        facilitatorSignOut: res.locals.facilitatorSignOut,
        cspNonce: res.locals.cspNonce,
      }),
    );
  };

  router.get(facilitatorHome, (req, res) => {
    show(req, res);
  });

  router.post(`${facilitatorHome}/view`, (req, res) => {
    const view = bodyOf(req).view;
    if (view !== 'on' && view !== 'off') return show(req, res, 400);
    setFacilitatorView(req, view === 'on');
    req.log?.info({ on: view === 'on' }, 'facilitator view switched');
    res.redirect(303, facilitatorHome);
  });

  router.post(`${facilitatorHome}/label`, (req, res) => {
    const raw = bodyOf(req).label;
    // Control characters would reach the dashboard and its CSV, so they become spaces.
    const label = (typeof raw === 'string' ? raw : '')
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (label.length > maxLabelLength) {
      return show(req, res, 400, {
        value: label,
        error: `Session label must be ${maxLabelLength} characters or fewer`,
      });
    }
    setSessionLabel(req, label);
    res.redirect(303, `${facilitatorHome}#session-label`);
  });

  return router;
}
