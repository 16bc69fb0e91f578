import { parse as parseCookies } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';

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

function canStart(queue: SessionQueue, isPost: boolean): boolean {
  return isPost ? !queue.post && queue.views === 0 : !queue.post;
}

export interface SessionQueueOptions {
  /**
   * Milliseconds a request whose client has left may still run before the
   * next request of its session goes ahead anyway. The kit's handlers always
   * end the response, so this only bounds the wait if one does not. Defaults
   * to 10 s.
   */
  leftClientGraceMs?: number;
}

/**
 * Calls `onEnd` once, when the session has been saved and the response is
 * ending. express-session, mounted after this, wraps res.end to save the
 * session first, so the end wrapped here runs once the session is saved.
 *
 * A client that leaves does not end the request early, because its handler
 * still runs and saves the session.
 */
function whenEnded(res: Response, graceMs: number, onEnd: () => void): void {
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
  res.once('close', () => {
    if (!ended) setTimeout(finish, graceMs).unref();
  });
}

/** True when the client has gone, so the response can no longer be delivered. */
function clientLeft(req: Request, res: Response): boolean {
  return res.destroyed || req.socket.destroyed;
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
 * see its response. A request that has started runs to its end.
 *
 * NOTE: the queue is kept in this process only. Kits behind a load balancer
 * that share Redis sessions can still lose an answer when one participant's
 * simultaneous posts reach different kits.
 */
export function queueSessionRequests(cookieName: string, options: SessionQueueOptions = {}): RequestHandler {
  const graceMs = options.leftClientGraceMs ?? 10_000;
  const queues = new Map<string, SessionQueue>();

  /**
   * Starts the waiting requests whose turn has come, and deletes a queue with
   * nothing left. Each starts in a microtask of its own, so a long queue of
   * requests that end at once does not nest one start inside another.
   */
  const startWaiting = (session: string, queue: SessionQueue) => {
    while (queue.waiting.length > 0 && canStart(queue, queue.waiting[0]!.isPost)) {
      const request = queue.waiting.shift()!;
      if (request.isPost) queue.post = true;
      else queue.views += 1;
      queueMicrotask(request.start);
    }
    if (queue.views === 0 && !queue.post && queue.waiting.length === 0) queues.delete(session);
  };

  return (req, res, next) => {
    const header = req.headers.cookie;
    // The cookie package is the parser express-session uses, so both see the same session.
    const session = header ? parseCookies(header)[cookieName] : undefined;
    if (session === undefined) return next();

    let queue = queues.get(session);
    if (!queue) {
      queue = { views: 0, post: false, waiting: [] };
      queues.set(session, queue);
    }
    const current = queue;
    const isPost = req.method === 'POST';

    const ended = () => {
      if (isPost) current.post = false;
      else current.views -= 1;
      startWaiting(session, current);
    };
    /** Runs the request, once startWaiting or the check below has counted it as running. */
    const run = () => {
      if (clientLeft(req, res)) return ended();
      whenEnded(res, graceMs, ended);
      next();
    };

    if (current.waiting.length === 0 && canStart(current, isPost)) {
      if (isPost) current.post = true;
      else current.views += 1;
      return run();
    }

    const waiting: Waiting = { isPost, start: run };
    current.waiting.push(waiting);
    res.once('close', () => {
      const index = current.waiting.indexOf(waiting);
      if (index === -1) return;
      current.waiting.splice(index, 1);
      startWaiting(session, current);
    });
  };
}
