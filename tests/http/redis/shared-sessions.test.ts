import Database from 'better-sqlite3';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { ClaimStore } from '../../../src/stores/claim-store.js';
import { openDatabase } from '../../../src/stores/database.js';
import { checkClaims } from '../../load/support/claim-check.js';
import { completeJourney } from '../../load/support/claim-walk.js';
import { HttpParticipant } from '../../load/support/http-participant.js';
import { startKitProcess, type KitProcess } from '../../load/support/kit-process.js';
import { loadParticipant, runLoad } from '../../load/support/load-run.js';
import { makeTempDir } from '../security/support/temp-dir.js';
import { startRedis, type RedisProcess } from './support/redis-server.js';

const REDIS_PORT = 6390;
const KIT_PORTS = [3320, 3321];

const dataDir = makeTempDir('journey-kit-redis-');
const redisDir = makeTempDir('journey-kit-redis-data-');
let redis: RedisProcess;
const kits: KitProcess[] = [];
let journeys: CompiledJourney[];

beforeAll(async () => {
  redis = await startRedis({ port: REDIS_PORT, dir: redisDir.path, persistence: false });
  // Instances behind one load balancer share the session secret, the Redis URL and the data folder.
  const env = { SESSION_STORE: redis.url, SESSION_SECRET: 'shared-secret-that-is-long-enough-to-use' };
  for (const port of KIT_PORTS) kits.push(await startKitProcess({ port, dataDir: dataDir.path, env }));
  journeys = (await loadJourneys()).filter((journey) => journey.id === 'benefit-claim');
}, 60_000);

afterAll(async () => {
  for (const kit of kits) await kit.stop();
  await redis?.stop();
  dataDir.remove();
  redisDir.remove();
});

function claims() {
  const db = openDatabase(dataDir.path, 'journey-kit.sqlite');
  const list = new ClaimStore({ db }).list();
  db.close();
  return list;
}

it('lets a participant alternate between two instances', async () => {
  const served = new Map<string, number>();
  let next = 0;
  const alternate = () => {
    const url = kits[next++ % kits.length]!.url;
    served.set(url, (served.get(url) ?? 0) + 1);
    return url;
  };
  const participant = loadParticipant(1000, journeys[0]!);
  const client = new HttpParticipant(alternate, participant.journey);

  const result = await completeJourney(client, participant.answers);
  participant.reference = result.reference;

  for (const kit of kits) expect(served.get(kit.url), kit.url).toBeGreaterThan(10);
  const stored = claims().filter((claim) => claim.answers.nationalInsuranceNumber === participant.expected.nationalInsuranceNumber);
  expect(checkClaims(stored, [participant])).toEqual([]);
});

it('keeps concurrent participants apart across instances', async () => {
  let next = 0;
  const { participants, stats } = await runLoad({
    baseUrl: () => kits[next++ % kits.length]!.url,
    participants: 10,
    journeys,
    deadlineMs: 60_000,
  });

  expect(participants.map((participant) => participant.error).filter(Boolean)).toEqual([]);
  expect([...stats.statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  const stored = claims().filter((claim) => claim.answers.nationalInsuranceNumber !== loadParticipant(1000, journeys[0]!).expected.nationalInsuranceNumber);
  expect(checkClaims(stored, participants)).toEqual([]);
});

it('keeps sessions in Redis, not in SQLite', async () => {
  const client = createClient({ url: redis.url });
  await client.connect();
  const keys = await client.keys('journey-kit:sess:*');
  client.destroy();
  const db = new Database(path.join(dataDir.path, 'journey-kit.sqlite'), { readonly: true });
  const sessionsTable = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
  db.close();

  expect(keys.length).toBeGreaterThanOrEqual(11);
  expect(sessionsTable).toBeUndefined();
  for (const kit of kits) expect(kit.running()).toBe(true);
});
