import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import { jumpToPage, type JumpResult } from '../engine/jump-to-page.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { journeyGraph, pageTypeLabels } from '../map/journey-graph.js';
import type { ServedJourney } from '../server/journey-routes.js';
import { pageUrl } from '../server/urls.js';
import type { ClaimStore } from '../stores/claim-store.js';
import { answersFor, type Scenario } from '../testing/scenarios.js';
import { clearJourneyProgress, currentPageOf, recordShownPage } from './facilitator-session.js';
import { facilitatorHome, toolUrl } from './facilitator-urls.js';
import { locateJourney, type LocatedJourney } from './located-journey.js';
import { personasOf } from './personas.js';
import { submitClaim } from '../server/submit-claim.js';

export interface JumpRouteOptions {
  journeys: ReadonlyMap<string, ServedJourney>;
  claims: ClaimStore;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
}

interface JumpForm {
  page?: string;
  persona?: string;
  errors: { page?: string; persona?: string };
  /** Titles of the pages on the chosen persona's route, when it misses the page. */
  personaRoute?: string[];
}

function titleOf(journey: CompiledJourney, stateId: string): string {
  return journey.pages.get(stateId)?.definition.title ?? stateId;
}

function stringField(req: Request, name: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Error messages for a jump that failed, on the form field they concern. */
function jumpErrors(journey: CompiledJourney, persona: Scenario, target: string, result: JumpResult & { ok: false }): JumpForm['errors'] {
  const targetTitle = titleOf(journey, target);
  if (result.reason === 'unknownPage') return { page: 'Select a page' };
  if (result.reason === 'notOnRoute') {
    const end = titleOf(journey, result.route[result.route.length - 1]!);
    return { page: `${persona.title} does not reach ‘${targetTitle}’: their route ends on ‘${end}’. Select a page on their route or another persona` };
  }
  const failed = titleOf(journey, result.pageId);
  const reason = result.errors.map((error) => error.text).join('; ');
  return {
    persona: `${persona.title} cannot get past ‘${failed}’ because their answers are not valid there (${reason}). Correct journeys/${journey.id}/scenarios/${persona.name}.json`,
  };
}

/**
 * GET /facilitator/<council>/<journey>/jump shows the form that starts the
 * journey again as a persona and lands on a chosen page; POST does it.
 * POST .../start-again clears this browser's progress in the journey.
 */
export function jumpRoutes(options: JumpRouteOptions): Router {
  const router = Router();
  const path = `${facilitatorHome}/:council/:journey`;

  const show = (req: Request, res: Response, located: LocatedJourney, form: JumpForm, status = 200) => {
    const { journey } = located;
    const personas = personasOf(journey.id);
    const errorList = [
      ...(form.errors.page ? [{ text: form.errors.page, href: '#page' }] : []),
      ...(form.errors.persona ? [{ text: form.errors.persona, href: `#persona` }] : []),
    ];
    const current = currentPageOf(req, located.key, located.progress);

    res.status(status).type('html').send(
      options.env.render('facilitator/jump.njk', {
        pageTitle: 'Jump to a page as a persona',
        council: journey.council,
        journeyTitle: journey.title,
        backUrl: pageUrl(journey, current),
        mapUrl: toolUrl(journey, 'map'),
        actionUrl: toolUrl(journey, 'jump'),
        pageItems: journeyGraph(journey).nodes.map((node) => ({
          value: node.slug,
          text: `${node.title} (${pageTypeLabels[node.type]})`,
          selected: node.slug === form.page,
        })),
        personaItems: personas.map((persona) => ({
          value: persona.name,
          text: persona.title,
          hint: { text: [persona.description, `Ends on: ${titleOf(journey, persona.ends)}.`].filter(Boolean).join(' ') },
          checked: persona.name === form.persona,
        })),
        errors: form.errors,
        errorList,
        personaRoute: form.personaRoute,
        csrfToken: options.csrfToken(req),
        cspNonce: res.locals.cspNonce,
      }),
    );
  };

  router.get(`${path}/jump`, (req, res, next) => {
    const located = locateJourney(req, options.journeys);
    if (!located) return next();
    const page = typeof req.query.page === 'string' ? req.query.page : undefined;
    show(req, res, located, { ...(page ? { page } : {}), errors: {} });
  });

  router.post(`${path}/jump`, (req, res, next) => {
    const located = locateJourney(req, options.journeys);
    if (!located) return next();
    const { journey, key } = located;
    const slug = stringField(req, 'page');
    const personaName = stringField(req, 'persona');
    const target = slug === undefined ? undefined : journey.pagesBySlug.get(slug);
    const persona = personasOf(journey.id).find((candidate) => candidate.name === personaName);
    const form: JumpForm = {
      ...(slug ? { page: slug } : {}),
      ...(personaName ? { persona: personaName } : {}),
      errors: {
        ...(target ? {} : { page: 'Select a page' }),
        ...(persona ? {} : { persona: 'Select a persona' }),
      },
    };
    if (!target || !persona) return show(req, res, located, form, 400);

    const values = answersFor(persona, journey.examples);
    const result = jumpToPage(journey, values, target.id, { today: new Date() });
    if (!result.ok) {
      req.log?.info({ journey: journey.id, council: journey.council.id, persona: persona.name, state: target.id, reason: result.reason }, 'jump to page failed');
      const personaRoute = result.reason === 'notOnRoute' ? result.route.map((id) => titleOf(journey, id)) : undefined;
      return show(req, res, located, { ...form, errors: jumpErrors(journey, persona, target.id, result), ...(personaRoute ? { personaRoute } : {}) }, 400);
    }

    let progress = result.progress;
    if (result.completedAnswers) {
      progress = submitClaim(options.claims, journey, progress, result.completedAnswers).progress;
    }
    req.session.progress = { ...req.session.progress, [key]: progress };
    recordShownPage(req, key, target.id);
    req.log?.info({ journey: journey.id, council: journey.council.id, persona: persona.name, state: target.id }, 'jumped to a page as a persona');
    res.redirect(303, pageUrl(journey, target.id));
  });

  router.post(`${path}/start-again`, (req, res, next) => {
    const located = locateJourney(req, options.journeys);
    if (!located) return next();
    clearJourneyProgress(req, located.key);
    req.log?.info({ journey: located.journey.id, council: located.journey.council.id }, 'facilitator started the journey again');
    res.redirect(303, pageUrl(located.journey, located.journey.initial));
  });

  return router;
}
