import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { ClaimStore } from '../../../src/stores/claim-store.js';
import { openDatabase } from '../../../src/stores/database.js';
import { csrfTokenOf, headingOf } from '../../support/participant.js';
import { checkClaims } from '../../load/support/claim-check.js';
import { completeJourney, walkUntil } from '../../load/support/claim-walk.js';
import { HttpParticipant, type Exchange } from '../../load/support/http-participant.js';
import { startKitProcess, type KitProcess } from '../../load/support/kit-process.js';
import { loadParticipant } from '../../load/support/load-run.js';
import { makeTempDir } from '../security/support/temp-dir.js';
import { startRedis, type RedisProcess } from './support/redis-server.js';

const REDIS_PORT = 6391;
const LATE_REDIS_PORT = 6392;
const KIT_PORT = 3322;
const LATE_KIT_PORT = 3323;

const folders = [makeTempDir('journey-kit-redis-'), makeTempDir('journey-kit-redis-data-'), makeTempDir('journey-kit-redis-data-')];
const [dataDir, redisDir, otherRedisDir] = folders as [ReturnType<typeof makeTempDir>, ReturnType<typeof makeTempDir>, ReturnType<typeof makeTempDir>];
const kits: KitProcess[] = [];
const redisServers: RedisProcess[] = [];
let kit: KitProcess;
let journey: CompiledJourney;

async function redisOn(port: number, dir: string, persistence: boolean): Promise<RedisProcess> {
  const redis = await startRedis({ port, dir, persistence });
  redisServers.push(redis);
  return redis;
}

beforeAll(async () => {
  await redisOn(REDIS_PORT, redisDir.path, true);
  kit = await startKitProcess({ port: KIT_PORT, dataDir: dataDir.path, env: { SESSION_STORE: `redis://127.0.0.1:${REDIS_PORT}`, LOG_LEVEL: 'info' } });
  kits.push(kit);
  journey = (await loadJourneys()).find((candidate) => candidate.id === 'benefit-claim' && candidate.council.id === 'lambeth')!;
}, 60_000);

afterAll(async () => {
  for (const started of kits) await started.stop();
  for (const redis of redisServers) await redis.stop();
  for (const folder of folders) folder.remove();
});

/** Repeats `request` every 200 ms until it gives a status other than 503, for up to 15 s. */
async function untilNot503(request: () => Promise<Exchange>): Promise<Exchange> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await request();
    if (response.status !== 503 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function expectUnavailablePage(response: Exchange): void {
  expect(response.status).toBe(503);
  expect(headingOf(response.text)).toBe('Sorry, there is a problem with the service');
  expect(response.text).toContain('Try again in a few minutes.');
  expect(response.text).toContain('We have saved your answers up to the last page you completed.');
  expect(response.text).toMatch(/quote the reference [0-9a-f-]{36}/);
}

describe('a Redis restart mid-journey', () => {
  it('shows 503 until Redis returns', async () => {
    const participant = loadParticipant(2000, journey);
    const client = new HttpParticipant(() => kit.url, journey);
    const partner = await walkUntil(client, participant.answers, 'partner');

    await redisServers[0]!.stop();
    const shown = await client.get(client.pathOf('partner'));
    const posted = await client.post(client.pathOf('partner'), { partner: 'no', _csrf: csrfTokenOf(partner.text) });

    expectUnavailablePage(shown);
    expectUnavailablePage(posted);
    expect(kit.running()).toBe(true);
    expect(kit.output()).toContain('lost the connection to Redis');
    expect(kit.output()).not.toContain('journey-kit.sid');

    await redisOn(REDIS_PORT, redisDir.path, true);
    const back = await untilNot503(() => client.get(client.pathOf('partner')));
    expect(back.status).toBe(200);
    expect(headingOf(back.text)).toBe('Do you live with a partner?');
    expect(kit.output()).toContain('connected to Redis again');

    participant.reference = (await completeJourney(client, participant.answers, { from: 'partner' })).reference;
    const db = openDatabase(dataDir.path, 'journey-kit.sqlite');
    const claims = new ClaimStore({ db }).list();
    db.close();
    expect(checkClaims(claims, [participant])).toEqual([]);
  });

  it('shows 503 while Redis hangs', async () => {
    const participant = loadParticipant(2002, journey);
    const client = new HttpParticipant(() => kit.url, journey);
    await walkUntil(client, participant.answers, 'partner');
    const redis = redisServers.at(-1)!;

    redis.pause();
    let duringPause: Exchange;
    try {
      duringPause = await client.get(client.pathOf('partner'));
    } finally {
      redis.resume();
    }

    expectUnavailablePage(duringPause);
    const back = await untilNot503(() => client.get(client.pathOf('partner')));
    expect(back.status).toBe(200);
    expect(headingOf(back.text)).toBe('Do you live with a partner?');
  });

  it('restarts journeys Redis did not keep', async () => {
    const participant = loadParticipant(2001, journey);
    const client = new HttpParticipant(() => kit.url, journey);
    const partner = await walkUntil(client, participant.answers, 'partner');

    await redisServers.at(-1)!.stop();
    await redisOn(REDIS_PORT, otherRedisDir.path, false);
    const page = await untilNot503(() => client.get(client.pathOf('partner')));
    const posted = await client.post(client.pathOf('partner'), { partner: 'no', _csrf: csrfTokenOf(partner.text) });

    expect(page.status).toBe(302);
    expect(page.location).toBe(client.pathOf('start'));
    expect(posted.status).toBe(403);
    expect(headingOf(posted.text)).toBe('You need to start again');
    expect(kit.running()).toBe(true);
  });
});

it('serves 503 until Redis starts', async () => {
  const late = await startKitProcess({ port: LATE_KIT_PORT, dataDir: dataDir.path, env: { SESSION_STORE: `redis://127.0.0.1:${LATE_REDIS_PORT}` } });
  kits.push(late);
  const client = new HttpParticipant(() => late.url, journey);

  const before = await client.get(client.pathOf('start'));
  expectUnavailablePage(before);
  expect(late.output()).toContain('still cannot connect to Redis');

  await redisOn(LATE_REDIS_PORT, otherRedisDir.path, false);
  const after = await untilNot503(() => client.get(client.pathOf('start')));
  expect(after.status).toBe(200);
  expect(late.running()).toBe(true);
});
