import Database from 'better-sqlite3';
import type { SessionData, Store } from 'express-session';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSessionStore, type KitSessionStore } from '../../../src/server/session-store.js';
import { makeTempDir } from '../security/support/temp-dir.js';
import { startRedis, type RedisProcess } from './support/redis-server.js';

const REDIS_PORT = 6393;
const DOWN_PORT = 6394;

const redisDir = makeTempDir('journey-kit-redis-first-');
const db = new Database(':memory:');
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as never;
const stores: KitSessionStore[] = [];
let redis: RedisProcess;

beforeAll(async () => {
  redis = await startRedis({ port: REDIS_PORT, dir: redisDir.path, persistence: false });
}, 60_000);

afterAll(async () => {
  for (const store of stores) store.close();
  await redis?.stop();
  redisDir.remove();
  db.close();
});

function storeFor(url: string): Store {
  const created = createSessionStore({ setting: { kind: 'redis', url }, db, ttlMs: 60_000, logger });
  stores.push(created);
  return created.store;
}

function callStore<T>(run: (callback: (error?: unknown, data?: T) => void) => void): Promise<{ error?: unknown; data?: T }> {
  return new Promise((resolve) => run((error, data) => resolve({ error, data })));
}

const session = { cookie: { originalMaxAge: null }, answers: { name: 'Sam' } } as unknown as SessionData;

it('serves requests sent before connecting', async () => {
  const store = storeFor(redis.url);

  const [read, write] = await Promise.all([
    callStore<SessionData | null>((done) => store.get('first-read', done)),
    callStore((done) => store.set('first-write', session, done)),
  ]);

  expect(read.error ?? null).toBeNull();
  expect(read.data ?? null).toBeNull();
  expect(write.error ?? null).toBeNull();
  const stored = await callStore<SessionData | null>((done) => store.get('first-write', done));
  expect(stored.data).toMatchObject({ answers: { name: 'Sam' } });
});

it('fails at once without Redis', async () => {
  const store = storeFor(`redis://127.0.0.1:${DOWN_PORT}`);
  const started = Date.now();

  const read = await callStore((done) => store.get('no-redis', done));

  expect(read.error).toBeInstanceOf(Error);
  expect((read.error as Error).name).toBe('SessionStoreUnavailableError');
  expect(Date.now() - started).toBeLessThan(5_000);
});
