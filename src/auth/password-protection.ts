import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import { AttemptLimiter } from './attempt-limiter.js';
import { authCookieName, authToken, readCookie, tokensMatch } from './auth-cookie.js';
import { safeReturnPath } from './return-path.js';

export const signInPath = '/sign-in';

export interface PasswordProtectionOptions {
  password: string;
  /** Key of the sign-in cookie's HMAC: the session secret. */
  secret: string;
  /** True in production, where the kit is served over HTTPS. */
  secureCookie: boolean;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
  /** Defaults to 5 wrong attempts per client IP address in 15 minutes. */
  limiter?: AttemptLimiter;
}

/** How long a browser stays signed in. */
const cookieMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/** Returns the same-site path to go back to after signing in, never the sign-in page itself. */
function returnPathOf(value: unknown): string {
  const path = safeReturnPath(value);
  return path.split('?')[0] === signInPath ? '/' : path;
}

function clientOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Asks for PROTOTYPE_PASSWORD before any page: GET and POST /sign-in show and
 * check the sign-in form, and every other request without a valid sign-in
 * cookie is redirected there with the path it asked for. Mount it after the
 * session and CSRF middleware (the form has a CSRF token) and after the
 * routes that stay open: /healthz and static assets.
 */
export function passwordProtection(options: PasswordProtectionOptions): Router {
  const router = Router();
  const expected = authToken(options.password, options.secret);
  const limiter =
    options.limiter ?? new AttemptLimiter({ maxFailures: 5, windowMs: 15 * 60 * 1000 });

  const signedIn = (req: Request) => tokensMatch(readCookie(req.headers.cookie, authCookieName), expected);

  const showSignIn = (req: Request, res: Response, status: number, returnTo: string, error?: string) => {
    res.status(status).type('html').send(
      options.env.render('auth/sign-in.njk', {
        pageTitle: 'Sign in to see this prototype',
        returnTo,
        errorList: error ? [{ text: error, href: '#password' }] : [],
        error,
        csrfToken: options.csrfToken(req),
        cspNonce: res.locals.cspNonce,
      }),
    );
  };

  /** Sends the 429 page when the client has made too many wrong attempts; returns true if it did. */
  const rejectIfLimited = (req: Request, res: Response): boolean => {
    const waitMs = limiter.retryAfterMs(clientOf(req));
    if (waitMs <= 0) return false;
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
    res.status(429).type('html').send(
      options.env.render('auth/too-many-attempts.njk', {
        pageTitle: 'Too many attempts to sign in',
        minutes,
        cspNonce: res.locals.cspNonce,
      }),
    );
    return true;
  };

  router.get(signInPath, (req, res) => {
    const returnTo = returnPathOf(req.query.returnTo);
    if (signedIn(req)) return res.redirect(303, returnTo);
    if (rejectIfLimited(req, res)) return;
    showSignIn(req, res, 200, returnTo);
  });

  router.post(signInPath, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const returnTo = returnPathOf(body.returnTo);
    if (rejectIfLimited(req, res)) return;

    const password = typeof body.password === 'string' ? body.password : '';
    if (password === '') return showSignIn(req, res, 400, returnTo, 'Enter the password');
    if (!tokensMatch(authToken(password, options.secret), expected)) {
      const client = clientOf(req);
      limiter.recordFailure(client);
      req.log?.warn({ client }, 'sign-in rejected: wrong password');
      if (limiter.retryAfterMs(client) > 0) {
        req.log?.warn({ client }, 'sign-in blocked for this client after too many wrong passwords');
      }
      return showSignIn(req, res, 400, returnTo, 'The password is not correct');
    }

    limiter.recordSuccess(clientOf(req));
    res.cookie(authCookieName, expected, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookie,
      maxAge: cookieMaxAgeMs,
      path: '/',
    });
    res.redirect(303, returnTo);
  });

  router.use((req, res, next) => {
    if (signedIn(req)) return next();
    const requested = req.method === 'GET' || req.method === 'HEAD' ? returnPathOf(req.originalUrl) : '/';
    const query = requested === '/' ? '' : `?returnTo=${encodeURIComponent(requested)}`;
    res.redirect(303, `${signInPath}${query}`);
  });

  return router;
}
