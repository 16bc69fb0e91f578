import type { ErrorRequestHandler, RequestHandler } from 'express';
import type nunjucks from 'nunjucks';
import { safeReturnPath } from '../auth/return-path.js';
import { SessionStoreUnavailableError } from '../stores/session-store-unavailable-error.js';
import type { JourneyHeader } from './journey-header.js';

/** Where a failed request was in a journey, for logs. It contains no answers. */
export interface JourneyLocation {
  journey: string;
  council: string;
  /** State id of the page. */
  state?: string;
}

export interface ErrorPageOptions {
  /** Finds the journey page that a path such as /council/journey/page belongs to. */
  locate?: (path: string) => JourneyLocation | undefined;
  /** Returns the header values (council and service name) of the journey that a path belongs to. */
  headerFor?: (path: string) => JourneyHeader | undefined;
}

/** Returns a handler that sends the styled 404 page, with the council's header under a journey's path. */
export function notFound(env: nunjucks.Environment, options: ErrorPageOptions = {}): RequestHandler {
  return (req, res) => {
    const header = options.headerFor?.(req.path);
    res.status(404).type('html').send(env.render('errors/not-found.njk', { ...header, cspNonce: res.locals.cspNonce }));
  };
}

function isHttpError(error: unknown): error is { status: number; code?: string; type?: string } {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** Returns the URL that starts the request's journey (/council/journey redirects to its first page), else the index. */
function startUrlOf(location: JourneyLocation | undefined): string {
  return location ? `/${location.council}/${location.journey}` : '/';
}

/**
 * Turns errors into GOV.UK-styled pages:
 * - a form whose session has gone (expired, or its cookie was not sent) gets
 *   a page that explains this and links to the journey's start, rather than back to a form that
 *   would fail again;
 * - a form with a missing or wrong CSRF token in a live session explains
 *   itself and links back to the page;
 * - a body that is too large gets 413, other bad requests 400;
 * - an unreachable session store gets 503, and anything else 500. Both are
 *   logged with the request id and journey, council and state, never answers.
 */
export function errorPages(env: nunjucks.Environment, options: ErrorPageOptions = {}): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const location = options.locate?.(req.path);
    // A request for '//host/path' reaches the kit, but a link to it would lead to another site.
    const retryUrl = safeReturnPath(req.originalUrl);
    const requestId = String(req.id ?? '');
    const locals = { ...options.headerFor?.(req.path), cspNonce: res.locals.cspNonce, requestId };
    const send = (status: number, template: string, extra: Record<string, unknown> = {}) => {
      if (res.headersSent) return;
      res.status(status).type('html').send(env.render(template, { ...locals, ...extra }));
    };

    if (isHttpError(error) && error.code === 'EBADCSRFTOKEN') {
      const sessionGone = req.session?.csrfToken === undefined;
      req.log?.warn({ path: req.path, sessionGone }, 'form rejected: missing or wrong CSRF token');
      if (sessionGone) return send(403, 'errors/session-ended.njk', { startUrl: startUrlOf(location) });
      return send(403, 'errors/form-out-of-date.njk', { retryUrl });
    }
    if (isHttpError(error) && error.status === 413) {
      req.log?.warn({ path: req.path, type: error.type }, 'request body too large');
      return send(413, 'errors/too-large.njk', { retryUrl });
    }
    if (isHttpError(error) && error.status === 404) {
      return send(404, 'errors/not-found.njk');
    }
    if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      req.log?.warn({ path: req.path, status: error.status, type: error.type }, 'request rejected');
      return send(error.status, 'errors/bad-request.njk', { retryUrl });
    }

    if (error instanceof SessionStoreUnavailableError) {
      req.log?.warn({ err: error, path: req.path, ...location }, 'session store unavailable');
      res.setHeader('Retry-After', '10');
      return send(503, 'errors/unavailable.njk');
    }
    req.log?.error({ err: error, path: req.path, ...location }, 'request failed');
    send(500, 'errors/problem.njk');
  };
}
