import { randomUUID } from 'node:crypto';
import type { Express, Request } from 'express';
import type { Logger } from './logger.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Random id of the request, shown on error pages and in its log lines. */
      readonly id: string;
      /** Logger whose lines carry the request's id, method and URL. */
      readonly log: Logger;
    }
  }
}

const requestIdKey = Symbol('requestId');
const requestLogKey = Symbol('requestLog');

type LoggedRequest = Request & { [requestIdKey]?: string; [requestLogKey]?: Logger };

/**
 * Adds `req.id` and `req.log` to every request of the app. Both are created
 * when first read, so the many requests that log nothing do not pay for them.
 * Log lines name the request by id, method and URL only, because its
 * headers contain the session cookie.
 */
export function addRequestLogger(app: Express, logger: Logger): void {
  Object.defineProperties(app.request, {
    id: {
      configurable: true,
      get(this: LoggedRequest): string {
        return (this[requestIdKey] ??= randomUUID());
      },
    },
    log: {
      configurable: true,
      get(this: LoggedRequest): Logger {
        return (this[requestLogKey] ??= logger.child({
          req: { id: this.id, method: this.method, url: this.originalUrl },
        }));
      },
    },
  });
}
