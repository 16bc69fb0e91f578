import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import type nunjucks from 'nunjucks';
import type { Logger } from '../server/logger.js';

/** Environment variable that `npm run dev` (scripts/dev.js) sets to '1' for the server it starts. */
export const devModeVariable = 'JOURNEY_KIT_DEV';

/** URL of the Server-Sent Events stream that sends pages the id of the running build. */
export const devEventsUrl = '/dev/events';

/** Delay in milliseconds before a browser reconnects to a restarted server. */
const retryMs = 500;
/** A comment line every 15 s keeps proxies and the browser from closing an idle stream. */
const keepAliveMs = 15_000;

/**
 * True when the server runs under `npm run dev`: JOURNEY_KIT_DEV is '1' and
 * neither NODE_ENV=production nor a test runner (NODE_ENV=test, VITEST) is set.
 */
export function devModeEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env[devModeVariable] === '1' &&
    env.NODE_ENV !== 'production' &&
    env.NODE_ENV !== 'test' &&
    env.VITEST === undefined
  );
}

export interface DevReload {
  /** Serves the events stream at /dev/events. */
  router: Router;
  /** Random id of this server process, which changes on every restart. */
  buildId: string;
  /** Adds the `devReload` template variable, which makes layouts/base.njk load assets/dev-reload.js. */
  addTo: (envs: Iterable<nunjucks.Environment>) => void;
  /** Ends every open events stream, so that the HTTP server can close. */
  close: () => void;
}

/**
 * Creates the dev-mode reload endpoint. Each page opens an EventSource to
 * /dev/events, which sends this process's build id at once. When `npm run dev`
 * restarts the server, the browser reconnects, receives the new id and reloads.
 * SIGINT and SIGTERM end the open streams, because an HTTP server does not finish
 * closing while a response is still streaming.
 */
export function createDevReload(logger: Logger): DevReload {
  const buildId = randomUUID();
  const streams = new Set<Response>();
  const router = Router();

  router.get(devEventsUrl, (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.write(`retry: ${retryMs}\nevent: build\ndata: ${buildId}\n\n`);
    streams.add(res);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
    req.on('close', () => {
      clearInterval(keepAlive);
      streams.delete(res);
    });
  });

  const close = () => {
    for (const res of streams) {
      res.end();
      res.socket?.destroy();
    }
    streams.clear();
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  logger.info({ buildId, events: devEventsUrl }, 'dev mode: pages reload when the server restarts');

  return {
    router,
    buildId,
    addTo: (envs) => {
      for (const env of envs) env.addGlobal('devReload', { buildId, eventsUrl: devEventsUrl });
    },
    close,
  };
}
