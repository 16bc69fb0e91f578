// Counts the write system calls that Journey Kit makes per request with
// `strace -c`. Unlike timings, the counts do not depend on what else the
// machine is doing. Needs strace (Debian package
// strace) and `npm run build` first. Uses 127.0.0.1 port 3445.
//
//   node scripts/bench/experiments/count-syscalls.js [--requests 2000]

import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { retryUntilReady } from '../server-process.js';
import { journeyKit } from '../targets/targets.js';

const port = 3445;
const baseUrl = `http://127.0.0.1:${port}`;
const traced = ['writev', 'write', 'pwrite64', 'fsync', 'fdatasync'];

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' } } });
const requestCount = Number(values.requests);

const variants = [{ name: 'as built', nodeArgs: [] }];

/**
 * Sends `amount` copies of `request` from 10 connections and resolves with
 * autocannon's result.
 *
 * @param {import('../targets/targets.js').LoadRequest} request
 * @param {number} amount
 * @returns {Promise<any>}
 */
function sendRequests(request, amount) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${baseUrl}${request.path}`,
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        connections: 10,
        amount,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * Returns the call count by system call name from the summary table that
 * `strace -c` prints on stderr.
 *
 * @param {string} summary
 */
function callCounts(summary) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const line of summary.split('\n')) {
    // Columns: % time, seconds, usecs/call, calls, [errors,] syscall.
    const match = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$/.exec(line);
    if (match?.[1] && match[2] && match[2] !== 'total') {
      counts[match[2]] = Number(match[1]);
    }
  }
  return counts;
}

for (const variant of variants) {
  for (const kind of /** @type {const} */ (['GET', 'POST'])) {
    const server = journeyKit.start(port, { nodeArgs: variant.nodeArgs });
    try {
      const participant = await retryUntilReady(server, () => journeyKit.openQuestion(baseUrl));
      const request = kind === 'GET' ? journeyKit.getRequest(participant) : journeyKit.postRequest(participant);
      await sendRequests(request, 500);

      const tracer = spawn('strace', ['-f', '-c', '-e', `trace=${traced.join(',')}`, '-p', String(server.pid)], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let summary = '';
      tracer.stderr.on('data', (chunk) => {
        summary += chunk;
      });
      const tracerExit = new Promise((resolve, reject) => {
        tracer.once('exit', resolve);
        tracer.once('error', reject);
      });
      // strace needs a moment to attach to every thread.
      await sleep(1000);
      const result = await sendRequests(request, requestCount);
      tracer.kill('SIGINT');
      await tracerExit;

      const counts = callCounts(summary);
      const perRequest = traced
        .filter((name) => counts[name] !== undefined)
        .map((name) => `${name} ${(/** @type {number} */ (counts[name]) / result.requests.total).toFixed(2)}`)
        .join(', ');
      process.stdout.write(`${variant.name}, ${kind}: ${result.requests.total} responses; per request: ${perRequest}\n`);
    } finally {
      await server.stop();
    }
  }
}
