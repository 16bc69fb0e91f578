// Cold start: from spawning the server process to the first 200 response of
// its postcode question page. Journey Kit's participant first opens and posts
// the start page, and those requests count towards its time.

import { retryUntilReady } from './server-process.js';

/**
 * Starts `target` on `port`, times it until `openQuestion` succeeds (retrying
 * every 10 ms while the server is not answering yet), stops it and returns
 * the time in milliseconds.
 *
 * @param {import('./targets/targets.js').Target} target
 * @param {number} port
 */
export async function measureColdStart(target, port) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = target.start(port);
  try {
    await retryUntilReady(server, () => target.openQuestion(baseUrl), { intervalMs: 10 });
    return performance.now() - started;
  } finally {
    await server.stop();
  }
}
