import { Router, type Request } from 'express';
import type nunjucks from 'nunjucks';
import type { SignInLimiter } from './attempt-limiter.js';
import { authCookieName, authToken } from './auth-cookie.js';
import { signInForm } from './sign-in-form.js';

export const signInPath = '/sign-in';

export interface PasswordProtectionOptions {
  password: string;
  /** Key of the sign-in cookie's HMAC: the session secret. */
  secret: string;
  /** True in production, where the kit is served over HTTPS. */
  secureCookie: boolean;
  env: nunjucks.Environment;
  csrfToken: (req: Request) => string;
  /** Wrong attempts per client, shared with the facilitator sign-in. */
  limiter: SignInLimiter;
}

/** How long a browser stays signed in. */
const cookieMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Asks for PROTOTYPE_PASSWORD before any page: GET and POST /sign-in show and
 * check the sign-in form, and every other request without a valid sign-in
 * cookie is redirected there with the path it asked for. Mount it after the
 * session and CSRF middleware (the form has a CSRF token) and after the
 * routes that stay open: /healthz and static assets.
 */
export function passwordProtection(options: PasswordProtectionOptions): Router {
  const router = Router();
  const form = signInForm({
    path: signInPath,
    defaultReturnPath: '/',
    kind: 'prototype',
    template: 'auth/sign-in.njk',
    pageTitle: 'Sign in to see this prototype',
    cookieName: authCookieName,
    tokenOf: (password) => authToken(password, options.secret),
    password: options.password,
    cookieMaxAgeMs,
    secureCookie: options.secureCookie,
    env: options.env,
    csrfToken: options.csrfToken,
    limiter: options.limiter,
  });

  router.use(form.router);
  router.use((req, res, next) => {
    if (form.isSignedIn(req)) return next();
    const requested = req.method === 'GET' || req.method === 'HEAD' ? form.returnPathOf(req.originalUrl) : '/';
    const query = requested === '/' ? '' : `?returnTo=${encodeURIComponent(requested)}`;
    res.redirect(303, `${signInPath}${query}`);
  });

  return router;
}
