import { Router, type Request, type Response } from 'express';
import { validatePage } from '../fields/index.js';
import type { FieldError, FormBody } from '../fields/types.js';
import { frontierOf, restoreProgress, submitPage } from '../engine/journey-engine.js';
import type { JourneyProgress } from '../engine/progress.js';
import { pageOfType } from '../engine/page-of-type.js';
import { newProgress } from '../engine/progress.js';
import { resolveFields } from '../engine/resolve-fields.js';
import type { CompiledJourney, CompiledPage } from '../journeys/compiled-journey.js';
import type { ClaimStore } from '../stores/claim-store.js';
import type { JourneyViews } from './journey-views.js';
import type { Logger } from './logger.js';
import { renderPage } from './render-page.js';
import { submitClaim } from './submit-claim.js';
import './session-types.js';
import { pageUrl } from './urls.js';

export interface ServedJourney {
  journey: CompiledJourney;
  views: JourneyViews;
}

/** Something a participant did on a journey page, for recording and research. */
export interface JourneyEvent {
  kind: 'pageView' | 'submission';
  req: Request;
  journey: CompiledJourney;
  page: CompiledPage;
  /** Progress after the event. */
  progress: JourneyProgress;
  /** Submissions only: the fields that failed validation, empty when valid. */
  errors?: FieldError[];
  /** Valid submissions only: the state the participant was sent to. */
  next?: string;
}

export interface JourneyRouteOptions {
  journeys: ReadonlyMap<string, ServedJourney>;
  claims: ClaimStore;
  logger: Logger;
  csrfToken: (req: Request) => string;
  /** Called after each page view and each submission; must not throw. */
  onEvent?: (event: JourneyEvent) => void;
}

interface Located {
  served: ServedJourney;
  page: CompiledPage;
  key: string;
  progress: JourneyProgress;
}

// express-session saves the whole session when the response ends, so requests of
// one session are ordered by queueSessionRequests (session-queue.ts).
function saveProgress(req: Request, key: string, progress: JourneyProgress): void {
  req.session.progress = { ...req.session.progress, [key]: progress };
}

function locate(
  req: Request,
  journeys: ReadonlyMap<string, ServedJourney>,
): Located | undefined {
  const { council, journey, page } = req.params as Record<string, string>;
  const key = `${council}/${journey}`;
  const served = journeys.get(key);
  const compiledPage = served?.journey.pagesBySlug.get(page!);
  if (!served || !compiledPage) return undefined;

  const restored = restoreProgress(served.journey, req.session.progress?.[key]);
  if (restored.restarted) {
    req.log?.info({ journey: served.journey.id, council }, 'stored progress no longer fits the journey, so it restarted');
  }
  return { served, page: compiledPage, key, progress: restored.progress };
}

function pageOf(located: Located) {
  return { journey: located.served.journey, page: located.page, progress: located.progress };
}

function confirmationOf(journey: CompiledJourney): string {
  return pageOfType(journey, 'confirmation') ?? journey.initial;
}

/** Returns the URL a request for this page must go to instead, or undefined to serve it. */
function redirectFor(located: Located): string | undefined {
  const { served, page, progress } = located;
  const { journey } = served;

  if (progress.submitted) {
    const allowed = page.id === journey.initial || page.definition.type === 'confirmation';
    return allowed ? undefined : pageUrl(journey, confirmationOf(journey));
  }
  return progress.route.includes(page.id)
    ? undefined
    : pageUrl(journey, frontierOf(progress));
}

/** Routes for every page of every council's journey: GET shows, POST submits. */
export function journeyRoutes(options: JourneyRouteOptions): Router {
  const router = Router();

  const show = (req: Request, res: Response, located: Located, status = 200, submitted?: Parameters<typeof renderPage>[0]['submitted']) => {
    const html = renderPage({
      ...located.served,
      page: located.page,
      progress: located.progress,
      csrfToken: options.csrfToken(req),
      cspNonce: res.locals.cspNonce as string,
      change: req.query.change === 'true',
      ...(submitted ? { submitted } : {}),
      extraContext: res.locals.viewContext as Record<string, unknown> | undefined,
    });
    if (located.progress.notice) {
      const { notice: _shown, ...rest } = located.progress;
      saveProgress(req, located.key, rest);
    }
    // Pages can show a participant's answers, so no browser or proxy may keep a copy.
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).type('html').send(html);
  };

  router.get('/:council/:journey', (req, res, next) => {
    const { council, journey } = req.params;
    const served = options.journeys.get(`${council}/${journey}`);
    if (!served) return next();
    res.redirect(pageUrl(served.journey, served.journey.initial));
  });

  router.get('/:council/:journey/:page', (req, res, next) => {
    const located = locate(req, options.journeys);
    if (!located) return next();

    if (located.progress !== req.session.progress?.[located.key]) {
      saveProgress(req, located.key, located.progress);
    }
    const redirect = redirectFor(located);
    if (redirect) return res.redirect(redirect);
    show(req, res, located);
    // Express sends HEAD requests to this route too, and a HEAD response shows no page, so it is not a view.
    if (req.method !== 'HEAD') options.onEvent?.({ kind: 'pageView', req, ...pageOf(located) });
  });

  router.post('/:council/:journey/:page', (req, res, next) => {
    let located = locate(req, options.journeys);
    if (!located) return next();
    const { journey } = located.served;
    const startsAgain = located.progress.submitted && located.page.id === journey.initial;
    if (startsAgain) {
      located = { ...located, progress: newProgress(journey.initial, journey.fingerprint) };
    }

    const redirect = redirectFor(located);
    if (redirect) return res.redirect(303, redirect);

    const body = (req.body ?? {}) as FormBody;
    const fields = resolveFields(journey, located.page, located.progress.answers);
    const validation = validatePage(fields, body, {
      today: new Date(),
      ...(located.page.definition.rules ? { rules: located.page.definition.rules } : {}),
    });
    if (!validation.ok) {
      req.log?.info({ journey: journey.id, council: journey.council.id, state: located.page.id, fields: validation.errors.map((e) => e.field) }, 'submission invalid');
      show(req, res, located, 400, validation);
      options.onEvent?.({ kind: 'submission', req, ...pageOf(located), errors: validation.errors });
      return;
    }

    const change = req.query.change === 'true';
    const result = submitPage(journey, located.progress, located.page.id, validation.answers, { change });
    let progress = result.progress;
    if (result.completedAnswers) {
      const submitted = submitClaim(options.claims, journey, progress, result.completedAnswers);
      progress = submitted.progress;
      req.log?.info({ journey: journey.id, council: journey.council.id, created: submitted.created }, 'claim submitted');
    }
    saveProgress(req, located.key, progress);
    options.onEvent?.({ kind: 'submission', req, ...pageOf({ ...located, progress }), errors: [], next: result.next });

    // A change that opens new pages carries on through them, interruption pages
    // included, so the participant still returns to check answers at the end.
    const nextPage = journey.pages.get(result.next);
    const keepChange = change && !nextPage?.final && nextPage?.definition.type !== 'checkAnswers';
    res.redirect(303, pageUrl(journey, result.next) + (keepChange ? '?change=true' : ''));
  });

  return router;
}
