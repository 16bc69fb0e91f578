import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import session from 'express-session';
import { csrfSync } from 'csrf-sync';
import { pinoHttp } from 'pino-http';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { ClaimStore } from '../stores/claim-store.js';
import { openDatabase } from '../stores/database.js';
import { SqliteSessionStore } from '../stores/sqlite-session-store.js';
import type { KitConfig } from './config.js';
import { errorPages, notFound } from './error-pages.js';
import { indexRoute } from './index-route.js';
import { createJourneyViews } from './journey-views.js';
import { journeyRoutes, type ServedJourney } from './journey-routes.js';
import type { Logger } from './logger.js';
import { cspNonce, securityHeaders } from './security.js';
import { loadSessionSecret } from './session-secret.js';
import { staticAssets } from './static-assets.js';
import { createViewEnvironment } from './view-environment.js';

export interface KitApp {
  app: Express;
  claims: ClaimStore;
  /** Stops timers and closes the database. */
  close: () => void;
}

const sessionMaxAgeMs = 24 * 60 * 60 * 1000;

/** Assembles the kit's Express app, step by step, for the given journeys. */
export function createApp(
  config: KitConfig,
  journeys: readonly CompiledJourney[],
  logger: Logger,
): KitApp {
  const app = express();
  const db = openDatabase(config.dataDir, 'journey-kit.sqlite');
  const claims = new ClaimStore({ db });
  const sessionStore = new SqliteSessionStore({
    db,
    ttlMs: sessionMaxAgeMs,
    onCorrupt: (sid) => logger.warn({ sid: sid.slice(0, 8) }, 'stored session is not valid JSON, so it was ignored'),
    onCleanupError: (error) => logger.error({ err: error }, 'deleting expired sessions failed'),
  });
  const env = createViewEnvironment();
  const served = new Map<string, ServedJourney>(
    journeys.map((journey) => [
      `${journey.council.id}/${journey.id}`,
      { journey, views: createJourneyViews(journey) },
    ]),
  );
  const csrf = csrfSync({
    getTokenFromRequest: (req) => (req.body as { _csrf?: string } | undefined)?._csrf,
  });

  app.disable('x-powered-by');
  if (config.production) app.set('trust proxy', 1);

  app.use(pinoHttp({ logger, genReqId: () => randomUUID(), autoLogging: false }));
  app.use(cspNonce);
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.type('text').send('ok');
  });
  app.use(staticAssets());

  app.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 500 }));
  app.use(
    session({
      name: 'journey-kit.sid',
      secret: loadSessionSecret(config.dataDir, config.sessionSecret),
      store: sessionStore,
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
  app.use(csrf.csrfSynchronisedProtection);

  app.use(indexRoute(journeys, env));
  app.use(
    journeyRoutes({
      journeys: served,
      claims,
      logger,
      csrfToken: (req) => csrf.generateToken(req),
    }),
  );
  app.use(notFound(env));
  app.use(errorPages(env));

  return {
    app,
    claims,
    close: () => {
      sessionStore.close();
      db.close();
    },
  };
}
