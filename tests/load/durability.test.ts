import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadJourneys } from '../../src/journeys/load-journeys.js';
import { ClaimStore } from '../../src/stores/claim-store.js';
import { openDatabase } from '../../src/stores/database.js';
import { simulateRoute } from '../http/security/support/offline-walk.js';
import { checkClaims } from './support/claim-check.js';
import { startKitProcess, waitForHealthy, type KitProcess } from './support/kit-process.js';
import { loadParticipant, runLoad } from './support/load-run.js';

// 20 participants keep this near 15 s; `npm run load-test -- --kill-after 0.5` runs it at full size.
const PARTICIPANTS = Number(process.env.DURABILITY_PARTICIPANTS ?? 20);
const PORT = 3310;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-durability-'));
const started: KitProcess[] = [];

afterAll(async () => {
  for (const kit of started) await kit.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every participant and claim through a SIGKILL', async () => {
  const journeys = (await loadJourneys()).filter((journey) => journey.id === 'benefit-claim');
  let kit = await startKitProcess({ port: PORT, dataDir });
  started.push(kit);
  const routes = new Map(journeys.map((journey) => [journey, simulateRoute(journey, loadParticipant(0, journey).answers)]));
  const requestsPerClaim = Math.max(...[...routes.values()].map((route) => route.length * 2));
  const killAt = Math.round((PARTICIPANTS * requestsPerClaim) / 2);
  let restart: Promise<void> | undefined;
  let killedAfter = 0;

  const { participants, stats } = await runLoad({
    baseUrl: () => kit.url,
    participants: PARTICIPANTS,
    journeys,
    deadlineMs: 90_000,
    onResponse: (count) => {
      if (count !== killAt) return;
      killedAfter = count;
      restart = (async () => {
        await kit.kill();
        kit = await startKitProcess({ port: PORT, dataDir });
        started.push(kit);
      })();
    },
    recover: async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await waitForHealthy(kit.url, 60_000);
    },
  });
  await restart;
  await kit.stop();

  expect(killedAfter, 'the kit was killed mid-run').toBe(killAt);
  expect(participants.filter((participant) => participant.error).map((participant) => participant.error)).toEqual([]);
  expect([...stats.statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  const landings = participants.flatMap((participant) => participant.landings.map((landing) => ({ participant, landing })));
  expect(landings.length, 'participants whose request the kill cut off').toBeGreaterThan(0);
  for (const { participant, landing } of landings) {
    const route = routes.get(participant.journey)!;
    const expected = landing.status === 200 ? landing.was : route[route.indexOf(landing.was) + 1];
    expect(landing.landed, `participant ${participant.index} after losing ${landing.was} (${landing.status})`).toBe(expected);
  }

  const db = openDatabase(dataDir, 'journey-kit.sqlite');
  const claims = new ClaimStore({ db }).list();
  db.close();
  expect(checkClaims(claims, participants)).toEqual([]);
  expect(claims).toHaveLength(PARTICIPANTS);
}, 120_000);
