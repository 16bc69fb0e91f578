import type Database from 'better-sqlite3';
import type { Store } from 'express-session';
import { DeferredSessionStore } from '../stores/deferred-session-store.js';
import type { RedisSessions } from '../stores/redis-session-store.js';
import { redactRedisUrl } from '../stores/redis-url.js';
import { SqliteSessionStore } from '../stores/sqlite-session-store.js';
import { ConfigurationError } from './config.js';
import type { Logger } from './logger.js';

export type SessionStoreSetting = { kind: 'sqlite' } | { kind: 'redis'; url: string };

export interface KitSessionStore {
  kind: SessionStoreSetting['kind'];
  store: Store;
  /** Stops timers and closes connections; the SQLite database stays open. */
  close: () => void;
}

export interface SessionStoreOptions {
  setting: SessionStoreSetting;
  /** The kit's database, used by the SQLite store. */
  db: Database.Database;
  ttlMs: number;
  logger: Logger;
}

/**
 * Reads SESSION_STORE: unset, empty or `sqlite` keeps sessions in the kit's
 * SQLite file, and a redis:// or rediss:// URL keeps them in Redis.
 */
export function parseSessionStoreSetting(value: string | undefined): SessionStoreSetting {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'sqlite') return { kind: 'sqlite' };
  // The Redis client is created after start-up, so the URL is checked here to stop the kit at once.
  if (/^rediss?:\/\//i.test(text) && URL.canParse(text)) return { kind: 'redis', url: text };
  throw new ConfigurationError(
    `SESSION_STORE must be 'sqlite' or a Redis URL such as redis://127.0.0.1:6379, not '${redactRedisUrl(text)}'`,
  );
}

/** Creates the session store that the setting names. */
export function createSessionStore(options: SessionStoreOptions): KitSessionStore {
  const { setting, logger } = options;

  if (setting.kind === 'redis') return redisSessionStore(setting.url, options);

  // Session cookies are not rolling, so touching an unchanged session would
  // only cost a write on every request without moving its expiry.
  const sqlite = new SqliteSessionStore({
    db: options.db,
    ttlMs: options.ttlMs,
    touch: false,
    onCorrupt: (sid) => logger.warn({ sid: sid.slice(0, 8) }, 'stored session is not valid JSON, so it was ignored'),
    onCleanupError: (error) => logger.error({ err: error }, 'deleting expired sessions failed'),
  });
  return { kind: 'sqlite', store: sqlite, close: () => sqlite.close() };
}

/**
 * Creates the Redis store behind a stand-in, because the `redis` package takes
 * about a tenth of a second to import and a kit with SQLite sessions never
 * needs it. Requests that arrive before it is loaded, or before its first
 * connection attempt has ended, wait for it. Without that wait, a request in
 * the kit's first moments would get a 503 even though Redis is up.
 */
function redisSessionStore(url: string, options: SessionStoreOptions): KitSessionStore {
  const sessions: Promise<RedisSessions> = import('../stores/redis-session-store.js').then((redis) =>
    redis.createRedisSessions({ url, ttlSeconds: Math.ceil(options.ttlMs / 1000), logger: options.logger }),
  );
  sessions.catch((error: unknown) => options.logger.error({ err: error }, 'loading the Redis session store failed'));
  return {
    kind: 'redis',
    store: new DeferredSessionStore(sessions.then((created) => created.firstAttempt.then(() => created.store))),
    close: () => void sessions.then((created) => created.close(), () => undefined),
  };
}
