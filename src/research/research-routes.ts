import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { participantTimeline, summariseJourney } from './dashboard-data.js';
import {
  dashboardView,
  journeyListView,
  participantName,
  participantUrl,
  researchUrl,
  timelineView,
} from './dashboard-view.js';
import { eventsCsv } from './events-csv.js';
import type { ResearchStore } from './research-store.js';

export interface ResearchRouteOptions {
  store: ResearchStore;
  journeys: readonly CompiledJourney[];
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
}

/** Research ids are progress run ids, which are random UUIDs. */
const researchIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const serviceName = 'Research dashboard';
const serviceUrl = '/research';

/**
 * Routes of the research dashboard, to mount at /research: a list of journeys, a
 * dashboard per council's journey, its events as CSV, each participant's timeline,
 * and deleting one participant's data after a confirmation page. They do not
 * check the request's sign-in, so mount them after facilitatorAccess
 * (src/auth/facilitator-access.ts).
 */
export function researchRoutes(options: ResearchRouteOptions): Router {
  const { store, env } = options;
  const router = Router();
  const journeys = new Map(options.journeys.map((journey) => [`${journey.council.id}/${journey.id}`, journey]));

  const render = (res: Response, template: string, context: Record<string, unknown>, status = 200) => {
    res.status(status).type('html').send(
      env.render(template, {
        serviceName,
        serviceUrl,
        cspNonce: res.locals.cspNonce,
        facilitatorSignOut: res.locals.facilitatorSignOut,
        ...context,
      }),
    );
  };

  const journeyOf = (req: Request): CompiledJourney | undefined => {
    const { council, journey } = req.params as Record<string, string>;
    return journeys.get(`${council}/${journey}`);
  };

  /** Returns the participant's events, or undefined when the id is malformed or has none. */
  const participantOf = (req: Request, journey: CompiledJourney) => {
    const researchId = (req.params as Record<string, string>).researchId ?? '';
    if (!researchIdPattern.test(researchId)) return undefined;
    const events = store.participantEvents({ council: journey.council.id, journey: journey.id, researchId });
    if (events.length === 0) return undefined;
    const label = events.findLast((event) => event.label !== undefined)?.label;
    return { researchId, events, name: participantName({ researchId, ...(label === undefined ? {} : { label }) }) };
  };

  const breadcrumbsOf = (journey: CompiledJourney, extra: Array<{ text: string; href: string }> = []) => [
    { text: 'Research', href: serviceUrl },
    { text: `${journey.title} (${journey.council.name})`, href: researchUrl(journey) },
    ...extra,
  ];

  // Research data is private to the team, so no response may be kept by a shared cache.
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/', (_req, res) => {
    const activity = new Map(store.activity().map((entry) => [`${entry.council}/${entry.journey}`, entry]));
    const entries = options.journeys.map((journey) => {
      const recorded = activity.get(`${journey.council.id}/${journey.id}`);
      return { journey, participants: recorded?.participants ?? 0, ...(recorded ? { lastAt: recorded.lastAt } : {}) };
    });
    render(res, 'research/index.njk', { pageTitle: 'Research sessions', journeys: journeyListView(entries) });
  });

  router.get('/:council/:journey', (req, res, next) => {
    const journey = journeyOf(req);
    if (!journey) return next();
    const research = summariseJourney(journey, store.journeyEvents(journey.council.id, journey.id));
    render(res, 'research/dashboard.njk', {
      pageTitle: `${journey.title} (${journey.council.name})`,
      journeyTitle: journey.title,
      councilName: journey.council.name,
      csvUrl: `${researchUrl(journey)}/events.csv`,
      deleted: req.query.deleted === '1',
      breadcrumbs: [{ text: 'Research', href: serviceUrl }],
      ...dashboardView(journey, research),
    });
  });

  router.get('/:council/:journey/events.csv', (req, res, next) => {
    const journey = journeyOf(req);
    if (!journey) return next();
    const csv = eventsCsv(journey, store.journeyEvents(journey.council.id, journey.id));
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${journey.council.id}-${journey.id}-events.csv`)
      .send(csv);
  });

  router.get('/:council/:journey/participants/:researchId', (req, res, next) => {
    const journey = journeyOf(req);
    const participant = journey && participantOf(req, journey);
    if (!journey || !participant) return next();
    render(res, 'research/participant.njk', {
      pageTitle: participant.name,
      councilName: journey.council.name,
      journeyTitle: journey.title,
      researchId: participant.researchId,
      deleteUrl: `${participantUrl(journey, participant.researchId)}/delete`,
      timeline: timelineView(journey, participantTimeline(journey, participant.events)),
      breadcrumbs: breadcrumbsOf(journey),
    });
  });

  router.get('/:council/:journey/participants/:researchId/delete', (req, res, next) => {
    const journey = journeyOf(req);
    const participant = journey && participantOf(req, journey);
    if (!journey || !participant) return next();
    render(res, 'research/delete.njk', {
      pageTitle: `Are you sure you want to delete the data of ${participant.name}?`,
      name: participant.name,
      eventCount: participant.events.length,
      csrfToken: options.csrfToken(req),
      cancelUrl: participantUrl(journey, participant.researchId),
      breadcrumbs: breadcrumbsOf(journey, [
        { text: participant.name, href: participantUrl(journey, participant.researchId) },
      ]),
    });
  });

  router.post('/:council/:journey/participants/:researchId/delete', (req, res, next) => {
    const journey = journeyOf(req);
    const participant = journey && participantOf(req, journey);
    if (!journey || !participant) return next();
    const deleted = store.deleteParticipant({
      council: journey.council.id,
      journey: journey.id,
      researchId: participant.researchId,
    });
    req.log?.info({ council: journey.council.id, journey: journey.id, researchId: participant.researchId, deleted }, 'research participant deleted');
    res.redirect(303, `${researchUrl(journey)}?deleted=1`);
  });

  return router;
}
