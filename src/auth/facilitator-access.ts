import { Router, type Request, type RequestHandler } from 'express';
import type nunjucks from 'nunjucks';
import { checkFacilitatorPassword, type KitConfig } from '../server/config.js';
import type { Logger } from '../server/logger.js';
import type { SignInLimiter } from './attempt-limiter.js';
import { facilitatorCookieName, facilitatorToken } from './auth-cookie.js';
import { signInForm } from './sign-in-form.js';

/**
 * Access rule for the facilitator tools (/facilitator and the facilitator
 * panel) and the research dashboard (/research):
 * - 'password': FACILITATOR_PASSWORD is set, and they ask for it;
 * - 'off': the prototype is shared (NODE_ENV=production, PROTOTYPE_PASSWORD
 *   set, or HOST other than a loopback address) without FACILITATOR_PASSWORD,
 *   so they respond with 403;
 * - 'open': a local run without FACILITATOR_PASSWORD, listening on loopback
 *   only, where anyone who opens the kit on this computer may use them.
 */
export type FacilitatorAccessMode = 'password' | 'off' | 'open';

type AccessSettings = Pick<KitConfig, 'facilitatorPassword' | 'prototypePassword' | 'production' | 'host'>;

/** Returns true for a HOST that only this computer can reach. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export const facilitatorSignInPath = '/facilitator/sign-in';
export const facilitatorSignOutPath = '/facilitator/sign-out';

/** Paths only facilitators may open, each with every path under it. */
export const facilitatorOnlyPaths = ['/facilitator', '/research'];

/** How long a facilitator stays signed in: 12 hours, enough for one day of research sessions. */
const cookieMaxAgeMs = 12 * 60 * 60 * 1000;

/** Returns the access mode for the settings. Throws a ConfigurationError when both passwords are the same. */
export function facilitatorAccessModeOf(settings: AccessSettings): FacilitatorAccessMode {
  checkFacilitatorPassword(settings);
  if (settings.facilitatorPassword) return 'password';
  const shared = settings.production || Boolean(settings.prototypePassword) || !isLoopback(settings.host);
  return shared ? 'off' : 'open';
}

export interface FacilitatorAccessOptions {
  config: AccessSettings;
  /** Key of the facilitator cookie's HMAC: the session secret. */
  secret: string;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
  /** Wrong attempts per client, shared with the prototype sign-in. */
  limiter: SignInLimiter;
  logger: Logger;
}

/** Template variable `facilitatorSignOut` of views/facilitator/sign-out.njk, in res.locals. */
export interface FacilitatorSignOut {
  url: string;
  csrfToken: string;
}

export interface FacilitatorAccess {
  mode: FacilitatorAccessMode;
  /**
   * Sign-in and sign-out pages and the check on facilitatorOnlyPaths. Mount it
   * after the session and CSRF middleware and before the facilitator and
   * research routes.
   */
  router: Router;
  /** Wraps `handler` so that it runs for facilitators only and passes other requests on. */
  onlyForFacilitators: (handler: RequestHandler) => RequestHandler;
}

/**
 * Creates the facilitator sign-in, separate from PROTOTYPE_PASSWORD because
 * participants are given that one. In 'password' mode, GET and POST
 * /facilitator/sign-in show and check the form and set the
 * journey-kit.facilitator cookie, POST /facilitator/sign-out removes it, and
 * other requests to facilitatorOnlyPaths without the cookie are redirected to
 * sign in.
 */
export function facilitatorAccess(options: FacilitatorAccessOptions): FacilitatorAccess {
  const mode = facilitatorAccessModeOf(options.config);
  const router = Router();

  if (mode === 'open') {
    return { mode, router, onlyForFacilitators: (handler) => handler };
  }

  if (mode === 'off') {
    options.logger.warn(
      'facilitator tools and research dashboard are switched off: set FACILITATOR_PASSWORD to switch them on',
    );
    router.use(facilitatorOnlyPaths, (_req, res) => {
      res.status(403).type('html').send(
        options.env.render('auth/facilitator-tools-off.njk', {
          pageTitle: 'Facilitator tools are switched off',
          cspNonce: res.locals.cspNonce,
        }),
      );
    });
    const passOn: RequestHandler = (_req, _res, next) => next();
    return { mode, router, onlyForFacilitators: () => passOn };
  }

  const form = signInForm({
    path: facilitatorSignInPath,
    defaultReturnPath: '/facilitator',
    kind: 'facilitator',
    template: 'auth/facilitator-sign-in.njk',
    pageTitle: 'Sign in as a facilitator',
    cookieName: facilitatorCookieName,
    tokenOf: (password) => facilitatorToken(password, options.secret),
    password: options.config.facilitatorPassword!,
    cookieMaxAgeMs,
    secureCookie: options.config.production,
    env: options.env,
    csrfToken: options.csrfToken,
    limiter: options.limiter,
  });

  router.use(form.router);
  router.post(facilitatorSignOutPath, (req, res) => {
    form.signOut(res);
    req.log?.info('facilitator signed out');
    res.redirect(303, facilitatorSignInPath);
  });
  router.use(facilitatorOnlyPaths, (req, res, next) => {
    if (form.isSignedIn(req)) {
      const signOut: FacilitatorSignOut = { url: facilitatorSignOutPath, csrfToken: options.csrfToken(req) };
      res.locals.facilitatorSignOut = signOut;
      return next();
    }
    const requested = req.method === 'GET' || req.method === 'HEAD' ? form.returnPathOf(req.originalUrl) : '/facilitator';
    const query = requested === '/facilitator' ? '' : `?returnTo=${encodeURIComponent(requested)}`;
    res.redirect(303, `${facilitatorSignInPath}${query}`);
  });

  const onlyForFacilitators = (handler: RequestHandler): RequestHandler => (req, res, next) => {
    if (!form.isSignedIn(req)) return next();
    return handler(req, res, next);
  };
  return { mode, router, onlyForFacilitators };
}
