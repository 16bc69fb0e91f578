// Compares builds of Journey Kit, such as this checkout and a git worktree of
// an earlier commit, each built with `npm run build`. The builds run
// interleaved in the same run, so that they share the machine's noise. It
// measures cold start, then GET and POST of the postcode question with the
// server's CPU time per request. Uses 127.0.0.1 ports 3441-3449 and 3451.
//
//   node scripts/bench/experiments/compare-builds.js [--rounds 5] [--duration 8] [--warmup 2] [--cold-runs 5] [--session-per-connection] CHECKOUT...
//
// Each CHECKOUT is a project folder whose dist/src/server.js is started;
// without any, this checkout alone is measured.

import path from 'node:path';
import { parseArgs } from 'node:util';

import { measureColdStart } from '../cold-start.js';
import { projectRoot } from '../paths.js';
import { runLoad } from '../load.js';
import { retryUntilReady } from '../server-process.js';
import { spreadOf } from '../stats.js';
import { journeyKit } from '../targets/targets.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    'cold-runs': { type: 'string', default: '5' },
    // Without it, all connections share one participant's session, as in `npm run bench`.
    'session-per-connection': { type: 'boolean', default: false },
  },
});
const checkouts = positionals.length > 0 ? positionals : [projectRoot];
const variants = checkouts.map((checkout) => ({
  name: checkout,
  entry: path.resolve(checkout, 'dist', 'src', 'server.js'),
}));
const settings = {
  connections: 50,
  durationS: Number(values.duration),
  warmupS: Number(values.warmup),
};

/** @param {number[]} numbers */
function spreadText(numbers) {
  const spread = spreadOf(numbers);
  return `${spread.median.toFixed(0)} [${spread.min.toFixed(0)}–${spread.max.toFixed(0)}]`;
}

/** Returns a Journey Kit target that starts the variant's build. */
function variantTarget(/** @type {typeof variants[number]} */ variant) {
  return {
    ...journeyKit,
    name: `Journey Kit ${variant.name}`,
    start: (/** @type {number} */ port) => journeyKit.start(port, { entry: variant.entry }),
  };
}

/** @type {Map<string, { cold: number[], GET: import('../load.js').LoadResult[], POST: import('../load.js').LoadResult[] }>} */
const results = new Map(variants.map((v) => [v.name, { cold: [], GET: [], POST: [] }]));

for (let run = 0; run < Number(values['cold-runs']); run += 1) {
  for (const variant of variants) {
    results.get(variant.name)?.cold.push(await measureColdStart(variantTarget(variant), 3451));
  }
}

const running = [];
try {
  for (const [index, variant] of variants.entries()) {
    const target = variantTarget(variant);
    const port = 3441 + index;
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = target.start(port);
    running.push(server);
    const participantCount = values['session-per-connection'] ? settings.connections : 1;
    const participants = [];
    for (let i = 0; i < participantCount; i += 1) {
      participants.push(await retryUntilReady(server, () => target.openQuestion(baseUrl)));
    }
    Object.assign(server, { variant, target, baseUrl, participants });
  }
  for (let round = 1; round <= Number(values.rounds); round += 1) {
    for (const kind of /** @type {const} */ (['GET', 'POST'])) {
      for (const server of /** @type {any[]} */ (running)) {
        const requests = server.participants.map((/** @type {any} */ participant) =>
          kind === 'GET' ? server.target.getRequest(participant) : server.target.postRequest(participant));
        const result = await runLoad(server.baseUrl, requests, settings, server);
        results.get(server.variant.name)?.[kind].push(result);
        process.stderr.write(`round ${round} ${kind} ${server.variant.name}: ${result.rps.toFixed(0)} requests/s, ${result.cpuUsPerRequest?.toFixed(0)} µs CPU per request\n`);
      }
    }
  }
} finally {
  for (const server of running) {
    await server.stop();
  }
}

process.stdout.write('median [min–max]; CPU is the server\'s user plus system time per response\n');
for (const [name, figures] of results) {
  process.stdout.write(`\n${name}\n  cold start ms          ${spreadText(figures.cold)}\n`);
  for (const kind of /** @type {const} */ (['GET', 'POST'])) {
    const runs = figures[kind];
    process.stdout.write(
      `  ${kind.padEnd(4)} requests/s ${spreadText(runs.map((r) => r.rps)).padEnd(20)} p99 ms ${spreadText(runs.map((r) => r.p99)).padEnd(16)} CPU µs/request ${spreadText(runs.map((r) => r.cpuUsPerRequest ?? Number.NaN))}\n`,
    );
  }
}
