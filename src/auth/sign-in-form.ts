import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import type { PasswordKind, SignInLimiter } from './attempt-limiter.js';
import { readCookie, signInCookieIsValid, signInCookieValue, tokensMatch } from './auth-cookie.js';
import { safeReturnPath } from './return-path.js';

export interface SignInFormOptions {
  /** Path of the sign-in page, such as '/sign-in'. */
  path: string;
  /** Path to go back to when the request names no safe one. */
  defaultReturnPath: string;
  /** The password the form checks, named in logs and in the attempt counts. */
  kind: PasswordKind;
  template: string;
  pageTitle: string;
  cookieName: string;
  /** Returns the key that signs the cookie for a password. Only the right password's key is accepted. */
  tokenOf: (password: string) => string;
  password: string;
  cookieMaxAgeMs: number;
  /** True in production, where the kit is served over HTTPS. */
  secureCookie: boolean;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
  limiter: SignInLimiter;
}

export interface SignInForm {
  /** GET and POST of the sign-in page. */
  router: Router;
  isSignedIn: (req: Request) => boolean;
  /** Returns the same-site path to go back to after signing in, never the sign-in page itself. */
  returnPathOf: (value: unknown) => string;
  /** Sets an expired cookie, which signs the browser out. */
  signOut: (res: Response) => void;
}

/** Returns the client's IP address, the key of the attempt counts. */
export function clientOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Creates a password sign-in page: GET shows the GOV.UK form, POST checks the
 * password and sets an HttpOnly cookie signed with the password's token,
 * which the server accepts for `cookieMaxAgeMs`.
 * Wrong passwords count against the client in `limiter`, and a client over
 * the limit gets 429 with Retry-After.
 */
export function signInForm(options: SignInFormOptions): SignInForm {
  const router = Router();
  const expected = options.tokenOf(options.password);
  const { limiter } = options;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookie,
    path: '/',
  };

  const isSignedIn = (req: Request) =>
    signInCookieIsValid(readCookie(req.headers.cookie, options.cookieName), expected, options.cookieMaxAgeMs, Date.now());

  const returnPathOf = (value: unknown) => {
    const path = safeReturnPath(value, options.defaultReturnPath);
    return path.split('?')[0] === options.path ? options.defaultReturnPath : path;
  };

  const showSignIn = (req: Request, res: Response, status: number, returnTo: string, error?: string) => {
    res.status(status).type('html').send(
      options.env.render(options.template, {
        pageTitle: options.pageTitle,
        signInPath: options.path,
        returnTo,
        errorList: error ? [{ text: error, href: '#password' }] : [],
        error,
        csrfToken: options.csrfToken(req),
        cspNonce: res.locals.cspNonce,
      }),
    );
  };

  /** Sends the 429 page and returns true when the client has made too many wrong attempts. */
  const rejectIfLimited = (req: Request, res: Response): boolean => {
    const waitMs = limiter.retryAfterMs(clientOf(req));
    if (waitMs <= 0) return false;
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
    res.status(429).type('html').send(
      options.env.render('auth/too-many-attempts.njk', {
        pageTitle: 'Too many attempts to sign in',
        minutes,
        signInPath: options.path,
        cspNonce: res.locals.cspNonce,
      }),
    );
    return true;
  };

  router.get(options.path, (req, res) => {
    const returnTo = returnPathOf(req.query.returnTo);
    if (isSignedIn(req)) return res.redirect(303, returnTo);
    if (rejectIfLimited(req, res)) return;
    showSignIn(req, res, 200, returnTo);
  });

  router.post(options.path, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const returnTo = returnPathOf(body.returnTo);
    if (rejectIfLimited(req, res)) return;

    const password = typeof body.password === 'string' ? body.password : '';
    if (password === '') return showSignIn(req, res, 400, returnTo, 'Enter the password');
    if (!tokensMatch(options.tokenOf(password), expected)) {
      const client = clientOf(req);
      limiter.recordFailure(client, options.kind);
      req.log?.warn({ client, kind: options.kind }, 'sign-in rejected: wrong password');
      if (limiter.retryAfterMs(client) > 0) {
        req.log?.warn({ client, kind: options.kind }, 'sign-in blocked for this client after too many wrong passwords');
      }
      return showSignIn(req, res, 400, returnTo, 'The password is not correct');
    }

    limiter.recordSuccess(clientOf(req), options.kind);
    res.cookie(options.cookieName, signInCookieValue(expected, Date.now()), { ...cookieOptions, maxAge: options.cookieMaxAgeMs });
    req.log?.info({ kind: options.kind }, 'signed in');
    res.redirect(303, returnTo);
  });

  return {
    router,
    isSignedIn,
    returnPathOf,
    signOut: (res) => {
      res.clearCookie(options.cookieName, cookieOptions);
    },
  };
}
