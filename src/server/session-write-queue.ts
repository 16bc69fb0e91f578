import type { RequestHandler } from 'express';

/** Returns the raw value of the cookie named `name`, or undefined when the request has none. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0 && part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim();
  }
  return undefined;
}

/**
 * Runs the POST requests of one session one after another, each from loading
 * the session until it is saved.
 *
 * express-session loads the session when a request starts and saves all of it
 * when the response ends, so two tabs posting different pages at once would
 * each save the session they loaded, and the later save would drop the other
 * tab's answer. Each POST now waits for the one before it, and so loads a
 * session that already holds the earlier answer. Requests of other sessions,
 * and GET requests, do not wait.
 *
 * NOTE: the queue is kept in this process only. Kits behind a load balancer
 * that share Redis sessions can still lose an answer when one participant's
 * simultaneous posts reach different kits.
 */
export function queueSessionWrites(cookieName: string): RequestHandler {
  const lastInQueue = new Map<string, Promise<void>>();

  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const session = cookieValue(req.headers.cookie, cookieName);
    if (session === undefined) return next();

    // express-session, mounted after this, wraps res.end to save the session
    // first, so the end wrapped here runs once the session is saved. 'close'
    // covers a client that leaves before the response ends.
    const ended = new Promise<void>((resolve) => {
      const end = res.end;
      res.end = function endAfterSave(this: typeof res, ...args: Parameters<typeof res.end>) {
        resolve();
        return end.apply(this, args);
      } as typeof res.end;
      res.once('close', resolve);
    });
    const previous = lastInQueue.get(session);
    // A request whose client left while queued releases the next one only after every earlier request has ended.
    const done = previous ? Promise.all([previous, ended]).then(() => undefined) : ended;
    lastInQueue.set(session, done);
    void done.then(() => {
      if (lastInQueue.get(session) === done) lastInQueue.delete(session);
    });

    if (previous) previous.then(() => next());
    else next();
  };
}
