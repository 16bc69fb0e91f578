import type { NextFunction, Request, RequestHandler } from 'express';

type Send = (...args: unknown[]) => unknown;

/** True when the request carried a cookie with this name. */
function hasCookie(req: Request, name: string): boolean {
  return (req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`));
}

/** True when the session contains anything besides its cookie, so express-session would store it. */
function hasData(req: Request): boolean {
  return req.session !== undefined && Object.keys(req.session).some((key) => key !== 'cookie');
}

/** Saves the session, then runs `respond`; a failed save goes to the error pages instead. */
function saveThen(req: Request, next: NextFunction, respond: () => void): void {
  req.session.save((error) => {
    if (!error) return respond();
    // req.next is the next function of the handler that is responding, so the
    // error takes the same path as one the handler passed on itself.
    (req.next ?? next)(error);
  });
}

/**
 * Saves the session before the response is sent in the two cases where
 * express-session's own save, made while the response ends, could hide a
 * failure, because when saving fails it still sends the response. Here the
 * error pages respond instead, so that a participant
 * - is not redirected onwards after a POST whose answers were not stored, and
 * - does not get a page (and a CSRF token) from a new session that was not
 *   stored, whose next form would then be rejected.
 * Sessions that already exist and do not change are not saved twice.
 */
export function saveSessionBeforeResponse(cookieName: string): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST') {
      const redirect = res.redirect.bind(res) as Send;
      res.redirect = ((...args: unknown[]) => {
        if (!req.session) return redirect(...args);
        saveThen(req, next, () => redirect(...args));
      }) as typeof res.redirect;
    }

    if (!hasCookie(req, cookieName)) {
      const send = res.send.bind(res) as Send;
      res.send = ((...args: unknown[]) => {
        // Restored first, so that an error page sent after a failed save is not wrapped again.
        res.send = send as typeof res.send;
        if (!hasData(req)) return send(...args);
        saveThen(req, next, () => send(...args));
        return res;
      }) as typeof res.send;
    }
    next();
  };
}
