import express, { type Express } from 'express';
import session from 'express-session';
import { csrfSync } from 'csrf-sync';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { facilitatorAccess } from '../auth/facilitator-access.js';
import { passwordProtection } from '../auth/password-protection.js';
import { facilitatorPanel } from '../facilitator/facilitator-panel.js';
import { facilitatorRoutes } from '../facilitator/facilitator-routes.js';
import { facilitatorHome } from '../facilitator/facilitator-urls.js';
import { createDevReload, devModeEnabled } from '../dev/dev-reload.js';
import { createResearchRecorder } from '../research/recorder.js';
import { researchRoutes } from '../research/research-routes.js';
import { ResearchStore } from '../research/research-store.js';
import { ClaimStore } from '../stores/claim-store.js';
import { openDatabase } from '../stores/database.js';
import { SignInAttemptStore } from '../stores/sign-in-attempt-store.js';
import type { KitConfig } from './config.js';
import { errorPages, notFound, type JourneyLocation } from './error-pages.js';
import { compareRoutes } from './compare-routes.js';
import { indexRoute } from './index-route.js';
import { createJourneyViews } from './journey-views.js';
import { journeyRoutes, type ServedJourney } from './journey-routes.js';
import type { Logger } from './logger.js';
import { addRequestLogger } from './request-logger.js';
import { cspNonce, securityHeaders } from './security.js';
import { journeyHeader } from './journey-header.js';
import { queueSessionRequests } from './session-queue.js';
import { saveSessionBeforeResponse } from './session-save.js';
import { loadSessionSecret } from './session-secret.js';
import { createSessionStore, parseSessionStoreSetting } from './session-store.js';
import { forPathsUnder } from './path-prefix.js';
import { staticAssetPaths, staticAssets } from './static-assets.js';
import { createViewEnvironment } from './view-environment.js';

export interface KitApp {
  app: Express;
  claims: ClaimStore;
  /** Recorded page views and submissions of research sessions. */
  research: ResearchStore;
  /** Stops timers and closes the database. */
  close: () => void;
}

const sessionMaxAgeMs = 24 * 60 * 60 * 1000;
const sessionCookieName = 'journey-kit.sid';

export interface AppOptions {
  /** SESSION_STORE: 'sqlite' (the default) or a redis:// URL. Defaults to process.env.SESSION_STORE. */
  sessionStore?: string;
}

/** Assembles the kit's Express app, step by step, for the given journeys. */
export function createApp(
  config: KitConfig,
  journeys: readonly CompiledJourney[],
  logger: Logger,
  options: AppOptions = {},
): KitApp {
  const app = express();
  const db = openDatabase(config.dataDir, 'journey-kit.sqlite');
  const claims = new ClaimStore({ db });
  const research = new ResearchStore({
    db,
    onWriteError: (error, lost) => logger.error({ err: error, lost }, 'writing research events failed, so they were dropped'),
  });
  const sessionStore = createSessionStore({
    setting: parseSessionStoreSetting(options.sessionStore ?? process.env.SESSION_STORE),
    db,
    ttlMs: sessionMaxAgeMs,
    logger,
  });
  const env = createViewEnvironment();
  const served = new Map<string, ServedJourney>(
    journeys.map((journey) => [
      `${journey.council.id}/${journey.id}`,
      { journey, views: createJourneyViews(journey) },
    ]),
  );
  const devReload = devModeEnabled() ? createDevReload(logger) : undefined;
  devReload?.addTo([env, ...[...served.values()].map((entry) => entry.views.env)]);
  const csrf = csrfSync({
    getTokenFromRequest: (req) => (req.body as { _csrf?: string } | undefined)?._csrf,
  });

  app.disable('x-powered-by');
  if (config.production) app.set('trust proxy', 1);

  // Journey pages are sent with Cache-Control: no-store, so an ETag would only cost a hash of every page.
  app.set('etag', false);
  addRequestLogger(app, logger);
  app.use(cspNonce);
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.type('text').send('ok');
  });
  app.use(forPathsUnder(staticAssetPaths, staticAssets()));
  if (devReload) app.use(devReload.router);

  app.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 500 }));
  app.use(queueSessionRequests(sessionCookieName));
  app.use(
    session({
      name: sessionCookieName,
      secret: loadSessionSecret(config.dataDir, config.sessionSecret),
      store: sessionStore.store,
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production ? 'auto' : false,
        maxAge: sessionMaxAgeMs,
      },
    }),
  );
  app.use(saveSessionBeforeResponse(sessionCookieName));
  app.use(csrf.csrfSynchronisedProtection);
  // Wrong passwords at both sign-in forms count together: 5 per client in 15 minutes.
  const signInAttempts = new SignInAttemptStore({ db, maxFailures: 5, windowMs: 15 * 60 * 1000 });
  if (config.prototypePassword) {
    app.use(
      passwordProtection({
        password: config.prototypePassword,
        secret: loadSessionSecret(config.dataDir, config.sessionSecret),
        secureCookie: config.production,
        env,
        csrfToken: (req) => csrf.generateToken(req),
        limiter: signInAttempts,
      }),
    );
  }
  const facilitator = facilitatorAccess({
    config,
    secret: loadSessionSecret(config.dataDir, config.sessionSecret),
    env,
    csrfToken: (req) => csrf.generateToken(req),
    limiter: signInAttempts,
    logger,
  });
  app.use(facilitator.router);

  app.use(indexRoute(journeys, env));
  app.use(forPathsUnder(['/compare'], compareRoutes(journeys, env)));
  app.use('/research', researchRoutes({ store: research, journeys, env, csrfToken: (req) => csrf.generateToken(req) }));
  app.use(forPathsUnder([facilitatorHome], facilitatorRoutes({ journeys: served, claims, env, csrfToken: (req) => csrf.generateToken(req) })));
  app.use(facilitator.onlyForFacilitators(facilitatorPanel(served)));
  app.use(
    journeyRoutes({
      journeys: served,
      claims,
      logger,
      csrfToken: (req) => csrf.generateToken(req),
      onEvent: createResearchRecorder({ store: research, logger }),
    }),
  );
  const errorPageOptions = {
    locate: (path: string) => locateJourneyPage(served, path),
    headerFor: (path: string) => {
      const journey = journeyOfPath(served, path);
      return journey ? journeyHeader(journey) : undefined;
    },
  };
  app.use(notFound(env, errorPageOptions));
  app.use(errorPages(env, errorPageOptions));

  return {
    app,
    claims,
    research,
    close: () => {
      devReload?.close();
      research.close();
      sessionStore.close();
      db.close();
    },
  };
}

/** Finds the council's journey that a path such as /shropshire/benefit-claim/date-of-birth is under. */
function journeyOfPath(served: ReadonlyMap<string, ServedJourney>, path: string): CompiledJourney | undefined {
  const [council, journeyId] = path.split('/').filter(Boolean);
  return served.get(`${council}/${journeyId}`)?.journey;
}

/** Finds the journey, council and state id of a path such as /shropshire/benefit-claim/date-of-birth. */
function locateJourneyPage(served: ReadonlyMap<string, ServedJourney>, path: string): JourneyLocation | undefined {
  const journey = journeyOfPath(served, path);
  if (!journey) return undefined;
  const slug = path.split('/').filter(Boolean)[2];
  const state = slug === undefined ? undefined : journey.pagesBySlug.get(slug)?.id;
  return { journey: journey.id, council: journey.council.id, ...(state ? { state } : {}) };
}
