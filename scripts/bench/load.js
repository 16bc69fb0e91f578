// Load runs with autocannon: a warm-up that is thrown away, then the measured run.

import autocannon from 'autocannon';

/**
 * @typedef {object} LoadSettings
 * @property {number} connections
 * @property {number} durationS  length of the measured run in seconds
 * @property {number} warmupS  length of the discarded warm-up run in seconds, 0 for none
 *
 * @typedef {object} LoadResult
 * @property {number} rps  mean requests per second over the measured run
 * @property {number} p50  median latency in milliseconds
 * @property {number} p99  99th percentile latency in milliseconds
 * @property {number} requests  responses counted in the measured run
 * @property {number} unexpected  responses with another status, plus errors and timeouts
 * @property {Record<string, number>} statuses  response count by status code
 * @property {number} [cpuUsPerRequest]  server CPU time (user plus system) per response in microseconds
 */

/**
 * Runs autocannon. With several requests, connection i sends the headers and
 * body of requests[i % requests.length], all to the first request's path.
 *
 * @param {string} baseUrl
 * @param {import('./targets/targets.js').LoadRequest[]} requests
 * @param {number} connections
 * @param {number} durationS
 * @returns {Promise<any>} autocannon's result object
 */
function fire(baseUrl, requests, connections, durationS) {
  const [first] = requests;
  if (!first) {
    throw new Error('runLoad needs at least one request');
  }
  let nextClient = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${baseUrl}${first.path}`,
        method: first.method,
        headers: first.headers,
        ...(first.body === undefined ? {} : { body: first.body }),
        connections,
        pipelining: 1,
        duration: durationS,
        timeout: 10,
        ...(requests.length > 1
          ? {
              setupClient: (/** @type {any} */ client) => {
                const request = /** @type {import('./targets/targets.js').LoadRequest} */ (
                  requests[nextClient % requests.length]
                );
                nextClient += 1;
                client.setHeadersAndBody(request.headers, request.body);
              },
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * Runs `request` against `baseUrl` from `connections` connections: first for
 * `warmupS` seconds (results discarded), then for `durationS` seconds. Given
 * several requests (the same path, one per participant), the connections
 * take them in turn.
 *
 * @param {string} baseUrl
 * @param {import('./targets/targets.js').LoadRequest | import('./targets/targets.js').LoadRequest[]} request
 * @param {LoadSettings} settings
 * @param {{ cpuTimeMs: () => number }} [server] the server process, to measure its CPU time per request
 * @returns {Promise<LoadResult>}
 */
export async function runLoad(baseUrl, request, settings, server) {
  const requests = Array.isArray(request) ? request : [request];
  if (settings.warmupS > 0) {
    await fire(baseUrl, requests, settings.connections, settings.warmupS);
  }
  const cpuBefore = server?.cpuTimeMs();
  const result = await fire(baseUrl, requests, settings.connections, settings.durationS);
  const cpuAfter = server?.cpuTimeMs();

  /** @type {Record<string, number>} */
  const statuses = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[status] = /** @type {{ count: number }} */ (stats).count;
  }
  const expected = statuses[String(requests[0]?.expectedStatus)] ?? 0;
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);

  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    unexpected: answered - expected + result.errors + result.timeouts,
    statuses,
    ...(cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0
      ? {}
      : { cpuUsPerRequest: ((cpuAfter - cpuBefore) * 1000) / result.requests.total }),
  };
}
