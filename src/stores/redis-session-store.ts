import { RedisStore } from 'connect-redis';
import type { SessionData } from 'express-session';
import { createClient } from 'redis';
import type { Logger } from 'pino';
import { redactRedisUrl } from './redis-url.js';
import { SessionStoreUnavailableError } from './session-store-unavailable-error.js';

export interface RedisSessionStoreOptions {
  /** redis:// or rediss:// URL, such as redis://127.0.0.1:6379/0. */
  url: string;
  /** Lifetime in seconds of a session whose cookie has no expiry. */
  ttlSeconds: number;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Milliseconds a session read or write may take before it fails. Defaults to 2000. */
  timeoutMs?: number;
  /** Milliseconds between warnings while Redis stays unreachable. Defaults to 30 s. */
  outageWarningIntervalMs?: number;
}

export interface RedisSessions {
  store: RedisSessionStore;
  /** Resolves once the first connection is made; it keeps retrying until then. */
  connected: Promise<void>;
  /**
   * Promise that resolves when the first connection attempt has succeeded or
   * failed, or after timeoutMs, whichever comes first. Commands sent before
   * then would fail at once, because the client does not queue them offline.
   */
  firstAttempt: Promise<void>;
  /** Closes the connection at once, failing commands still waiting. */
  close: () => void;
}

// The shape connect-redis 9 declares; `any` lets express-session pass its typed callbacks.
type Callback = (error?: unknown, data?: any) => any;

const KEY_PREFIX = 'journey-kit:sess:';
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * connect-redis store whose failures are SessionStoreUnavailableError, so that
 * a participant gets a 503 page while Redis is unreachable or not replying.
 * Parse errors of a stored session are passed on unchanged.
 */
export class RedisSessionStore extends RedisStore {
  private readonly timeoutMs: number;

  constructor(options: ConstructorParameters<typeof RedisStore>[0] & { timeoutMs: number }) {
    super(options);
    this.timeoutMs = options.timeoutMs;
  }

  override get(sid: string, callback?: Callback) {
    return super.get(sid, this.guard('reading the session', callback));
  }

  override set(sid: string, session: SessionData, callback?: Callback) {
    return super.set(sid, session, this.guard('saving the session', callback));
  }

  override touch(sid: string, session: SessionData, callback?: Callback) {
    return super.touch(sid, session, this.guard('extending the session', callback));
  }

  override destroy(sid: string, callback?: Callback) {
    return super.destroy(sid, this.guard('deleting the session', callback));
  }

  /**
   * Wraps a callback so that it gets SessionStoreUnavailableError on a Redis
   * failure, or after timeoutMs without a reply. node-redis 5.12 times out
   * only commands still waiting to be sent, so a Redis that accepts commands
   * but does not reply would otherwise hold the request open. A late reply
   * is dropped.
   */
  private guard(operation: string, callback: Callback | undefined): Callback | undefined {
    if (!callback) return undefined;
    let called = false;
    const timer = setTimeout(() => {
      called = true;
      callback(new SessionStoreUnavailableError(operation, new Error(`Redis did not reply within ${this.timeoutMs} ms`)));
    }, this.timeoutMs);

    return (error, data) => {
      if (called) return;
      called = true;
      clearTimeout(timer);
      if (error && !(error instanceof SyntaxError)) {
        return callback(new SessionStoreUnavailableError(operation, error));
      }
      return callback(error, data);
    };
  }
}

/**
 * Creates a Redis client and a session store on it, and starts connecting.
 *
 * The kit keeps running while Redis is away: commands fail at once instead of
 * queueing (disableOfflineQueue), session reads and writes fail after
 * timeoutMs without a reply, and the client reconnects every 0.1 to 2 s
 * until Redis is back. Connection errors are logged once when the connection
 * is lost, then as a warning with a count at most once per interval.
 */
export function createRedisSessions(options: RedisSessionStoreOptions): RedisSessions {
  const { logger } = options;
  const target = redactRedisUrl(options.url);
  const warningIntervalMs = options.outageWarningIntervalMs ?? 30_000;

  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    // Bounds the commands that a Redis which does not reply can leave waiting.
    commandsQueueMaxLength: 10_000,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(100 * (retries + 1), MAX_RECONNECT_DELAY_MS),
    },
  });

  let everReady = false;
  let down = true;
  let failedAttempts = 0;
  let lastWarningAt = 0;

  const timeoutMs = options.timeoutMs ?? 2000;
  let settleFirstAttempt!: () => void;
  const firstAttempt = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    settleFirstAttempt = () => {
      clearTimeout(timer);
      resolve();
    };
  });

  client.on('error', (error: unknown) => {
    settleFirstAttempt();
    failedAttempts += 1;
    const now = Date.now();
    if (!down) {
      down = true;
      lastWarningAt = now;
      logger.error({ err: error, redis: target }, 'lost the connection to Redis, so pages show a 503 until it reconnects');
    } else if (now - lastWarningAt >= warningIntervalMs) {
      lastWarningAt = now;
      logger.warn({ err: error, redis: target, failedAttempts }, 'still cannot connect to Redis, retrying');
    }
  });
  client.on('ready', () => {
    settleFirstAttempt();
    logger.info(
      { redis: target, failedAttempts },
      everReady ? 'connected to Redis again' : 'connected to Redis',
    );
    everReady = true;
    down = false;
    failedAttempts = 0;
  });

  const connected = client.connect().then(
    () => undefined,
    (error: unknown) => {
      logger.error({ err: error, redis: target }, 'connecting to Redis failed');
    },
  );

  const store = new RedisSessionStore({
    client,
    prefix: KEY_PREFIX,
    ttl: options.ttlSeconds,
    // Cookies are not rolling, so a touch would only rewrite the key's expiry.
    disableTouch: true,
    timeoutMs,
  });

  return {
    store,
    connected,
    firstAttempt,
    close: () => {
      if (client.isOpen) client.destroy();
    },
  };
}
