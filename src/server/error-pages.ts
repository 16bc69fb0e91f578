import type { ErrorRequestHandler, RequestHandler } from 'express';
import type nunjucks from 'nunjucks';

/** Styled 404 page for any request no route served. */
export function notFound(env: nunjucks.Environment): RequestHandler {
  return (_req, res) => {
    res.status(404).type('html').send(env.render('errors/not-found.njk', { cspNonce: res.locals.cspNonce }));
  };
}

function isHttpError(error: unknown): error is { status: number; code?: string; type?: string } {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * Turns errors into GOV.UK-styled pages: an out-of-date form (bad CSRF token)
 * explains itself and lets the participant go back; request bodies that are
 * too large or malformed get 400 or 413; anything else is logged and gets 500.
 */
export function errorPages(env: nunjucks.Environment): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const locals = { cspNonce: res.locals.cspNonce, requestId: String(req.id ?? '') };

    if (isHttpError(error) && error.code === 'EBADCSRFTOKEN') {
      req.log?.warn({ path: req.path }, 'form rejected: missing or wrong CSRF token');
      const html = env.render('errors/session-expired.njk', { ...locals, retryUrl: req.originalUrl });
      return res.status(403).type('html').send(html);
    }
    if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      req.log?.warn({ path: req.path, status: error.status, type: error.type }, 'request rejected');
      const html = env.render('errors/not-found.njk', locals);
      return res.status(error.status === 404 ? 404 : error.status).type('html').send(html);
    }

    req.log?.error({ err: error, path: req.path }, 'request failed');
    if (res.headersSent) return;
    res.status(500).type('html').send(env.render('errors/problem.njk', locals));
  };
}
