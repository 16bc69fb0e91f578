/**
 * Load test: starts the kit on a fresh data folder, runs one warm-up
 * participant per council and then N concurrent participants who each
 * complete the benefit claim with their own answers over HTTP on 127.0.0.1,
 * then checks every stored claim against what its participant entered.
 * Figures cover the N concurrent participants only.
 *
 *   npm run load-test -- [--participants 200] [--port 3300] [--max-seconds 300] [--kill-after 0.5]
 *
 * --kill-after F sends SIGKILL to the kit once a fraction F of the expected
 * requests is done, restarts it on the same data folder and lets every
 * participant carry on. SESSION_STORE in the environment is passed to the kit.
 * Exits 1 on any 5xx response, failed participant or claim that does not match.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadJourneys } from '../src/journeys/load-journeys.js';
import { ClaimStore } from '../src/stores/claim-store.js';
import { openDatabase } from '../src/stores/database.js';
import { checkClaims } from '../tests/load/support/claim-check.js';
import { startKitProcess, waitForHealthy, type KitProcess } from '../tests/load/support/kit-process.js';
import { percentile, runLoad } from '../tests/load/support/load-run.js';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '200' },
    port: { type: 'string', default: '3300' },
    'max-seconds': { type: 'string', default: '300' },
    'kill-after': { type: 'string' },
  },
});

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, not '${text}'`);
  }
  return value;
}

const participantCount = wholeNumber('participants', values.participants, 1, 10_000);
const port = wholeNumber('port', values.port, 1024, 65_535);
const maxSeconds = wholeNumber('max-seconds', values['max-seconds'], 1, 3600);
const killAfter = values['kill-after'] === undefined ? undefined : Number(values['kill-after']);
if (killAfter !== undefined && !(killAfter > 0 && killAfter < 1)) {
  throw new Error(`--kill-after must be a fraction between 0 and 1, such as 0.5, not '${values['kill-after']}'`);
}

const journeys = (await loadJourneys()).filter((journey) => journey.id === 'benefit-claim');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-load-'));
let kit: KitProcess = await startKitProcess({ port, dataDir });
const url = kit.url;
console.log(`kit pid ${kit.pid} at ${url}, data in ${dataDir}, session store ${process.env.SESSION_STORE || 'sqlite'}`);

// Each claim takes about 2 requests for each of its 20 or so pages.
const killAt = killAfter === undefined ? undefined : Math.round(killAfter * participantCount * 42);
let restart: Promise<void> | undefined;
let restarts = 0;

try {
  // One participant per council first, so that the timed run does not include the kit's
  // first compilation of each page's templates. Their claims are checked too.
  const warmUp = await runLoad({ baseUrl: () => url, participants: journeys.length, firstIndex: 100_000, journeys, deadlineMs: 60_000 });
  const { participants, stats } = await runLoad({
    baseUrl: () => url,
    participants: participantCount,
    journeys,
    deadlineMs: maxSeconds * 1000,
    onResponse: (count) => {
      if (killAt === undefined || count !== killAt) return;
      restart = (async () => {
        await kit.kill();
        console.log(`killed the kit with SIGKILL after ${count} responses`);
        kit = await startKitProcess({ port, dataDir });
        restarts += 1;
        console.log(`restarted the kit as pid ${kit.pid}`);
      })();
    },
    ...(killAt === undefined ? {} : { recover: async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await waitForHealthy(url, 60_000);
    } }),
  });
  await restart;
  await kit.stop();

  const db = openDatabase(dataDir, 'journey-kit.sqlite');
  const claims = new ClaimStore({ db }).list();
  db.close();
  const problems = checkClaims(claims, [...warmUp.participants, ...participants]);
  const failed = [...warmUp.participants, ...participants].filter((participant) => participant.error !== undefined);
  const serverErrors = [...stats.statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  const badLandings = participants.flatMap((participant) =>
    participant.landings.filter((landing) => landing.landed !== landing.was && landing.landed === participant.journey.initial),
  );
  const seconds = stats.durationMs / 1000;
  const ms = (fraction: number) => percentile(stats.latenciesMs, fraction).toFixed(1);

  const completed = participants.filter((participant) => participant.error === undefined).length;
  console.log(`participants: ${participantCount} (${completed} completed), after ${journeys.length} warm-up participants; ${failed.length} failed in all`);
  console.log(`requests: ${stats.requests} (${serverErrors} 5xx; by status ${JSON.stringify(Object.fromEntries(stats.statuses))})`);
  console.log(`duration: ${seconds.toFixed(1)} s`);
  console.log(`throughput: ${(stats.requests / seconds).toFixed(0)} requests/s`);
  console.log(`latency: p50 ${ms(0.5)} ms, p95 ${ms(0.95)} ms, p99 ${ms(0.99)} ms, max ${ms(1)} ms`);
  if (killAt !== undefined) {
    const recovered = participants.reduce((sum, participant) => sum + participant.landings.length, 0);
    console.log(`restarts: ${restarts}; ${recovered} participants lost a request, ${badLandings.length} of them were sent back to the start`);
  }
  console.log(`claims: ${claims.length} stored, ${problems.length} problems`);
  for (const participant of failed.slice(0, 10)) console.log(`  participant ${participant.index} failed: ${participant.error}`);
  for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);

  process.exitCode = serverErrors > 0 || failed.length > 0 || problems.length > 0 || badLandings.length > 0 ? 1 : 0;
} finally {
  await kit.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
