import type { RequestHandler, Response } from 'express';

/** A request that waits for its turn. */
interface Waiting {
  isPost: boolean;
  start: () => void;
}

/** The requests of one session that are running or waiting. */
interface SessionQueue {
  /** Page views running now. */
  views: number;
  /** True while a POST runs. */
  post: boolean;
  /** Requests in the order they arrived. */
  waiting: Waiting[];
}

/** Returns the cookie named `name` as the browser would decode it, or undefined when the request has none. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0 || part.slice(0, equals).trim() !== name) continue;
    const raw = part.slice(equals + 1).trim();
    if (!raw.includes('%')) return raw;
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

function canStart(queue: SessionQueue, isPost: boolean): boolean {
  return isPost ? !queue.post && queue.views === 0 : !queue.post;
}

/**
 * Calls `onEnd` once, when the session has been saved and the response is
 * ending, or when the client leaves first.
 *
 * express-session, mounted after this, wraps res.end to save the session
 * first, so the end wrapped here runs once the session is saved.
 */
function whenEnded(res: Response, onEnd: () => void): void {
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const end = res.end;
  res.end = function endAfterSave(this: Response, ...args: Parameters<Response['end']>) {
    finish();
    return end.apply(this, args);
  } as Response['end'];
  res.once('close', finish);
}

/**
 * Orders the requests of one session so that no request saves a copy of the
 * session that is older than another request's save.
 *
 * express-session loads the session when a request starts and saves all of
 * it when the response ends. Two tabs posting different pages at once would
 * each save the session they loaded, and the later save would drop the other
 * tab's answer. A page view can save the session too, for example to record
 * the page shown while the facilitator view is on.
 *
 * So a POST waits until the session's earlier requests have ended, and a page
 * view (any other method) waits for the POSTs before it. Page views do not
 * wait for each other, and requests of other sessions never wait. A request
 * whose client leaves while it waits is dropped, because nobody is left to
 * see its response.
 *
 * NOTE: the queue is kept in this process only. Kits behind a load balancer
 * that share Redis sessions can still lose an answer when one participant's
 * simultaneous posts reach different kits.
 */
export function queueSessionRequests(cookieName: string): RequestHandler {
  const queues = new Map<string, SessionQueue>();

  /** Starts the waiting requests whose turn has come, and forgets a queue with nothing left. */
  const startWaiting = (session: string, queue: SessionQueue) => {
    while (queue.waiting.length > 0 && canStart(queue, queue.waiting[0]!.isPost)) {
      queue.waiting.shift()!.start();
    }
    if (queue.views === 0 && !queue.post && queue.waiting.length === 0) queues.delete(session);
  };

  return (req, res, next) => {
    const session = cookieValue(req.headers.cookie, cookieName);
    if (session === undefined) return next();

    let queue = queues.get(session);
    if (!queue) {
      queue = { views: 0, post: false, waiting: [] };
      queues.set(session, queue);
    }
    const current = queue;
    const isPost = req.method === 'POST';

    const start = () => {
      if (isPost) current.post = true;
      else current.views += 1;
      whenEnded(res, () => {
        if (isPost) current.post = false;
        else current.views -= 1;
        startWaiting(session, current);
      });
      next();
    };

    if (current.waiting.length === 0 && canStart(current, isPost)) return start();

    const waiting: Waiting = { isPost, start };
    current.waiting.push(waiting);
    res.once('close', () => {
      const index = current.waiting.indexOf(waiting);
      if (index === -1) return;
      current.waiting.splice(index, 1);
      startWaiting(session, current);
    });
  };
}
