import type Database from 'better-sqlite3';
import session from 'express-session';
import type { SessionData } from 'express-session';

export interface SqliteSessionStoreOptions {
  /** Open connection. The store creates its table but never closes the connection. */
  db: Database.Database;
  /** Lifetime in milliseconds of a session whose cookie has no expiry. Defaults to 24 hours. */
  ttlMs?: number;
  /** Milliseconds between deletions of expired rows. Defaults to 15 minutes, and 0 turns it off. */
  cleanupIntervalMs?: number;
  /**
   * Callback for a stored session that is not valid JSON, which then reads as missing.
   * The sid is as secret as the session cookie, so do not log it whole.
   */
  onCorrupt?: (sid: string, error: unknown) => void;
  /** Callback for a failed periodic deletion of expired rows. */
  onCleanupError?: (error: unknown) => void;
  /**
   * False hides `touch`, so express-session no longer rewrites an unchanged
   * session after each request. That suits cookies that are not rolling, whose
   * expiry (and so the row's) never moves. Defaults to true.
   */
  touch?: boolean;
}

type Callback<T> = (error: unknown, value?: T) => void;

interface SessionRow {
  sid: string;
  data: string;
}

const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;
const DEFAULT_CLEANUP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * express-session store that keeps each session as a JSON row in SQLite.
 *
 * A row expires at the session cookie's `expires` date, or `maxAge` from now, or
 * `ttlMs` from now when the cookie has neither. Expired rows read as missing and are
 * deleted by a timer, which `close()` stops.
 */
export class SqliteSessionStore extends session.Store {
  private readonly ttlMs: number;
  private readonly onCorrupt: (sid: string, error: unknown) => void;
  private readonly onCleanupError: (error: unknown) => void;
  private readonly cleanupTimer: NodeJS.Timeout | undefined;

  private readonly selectSession: Database.Statement<[string, number], { data: string }>;
  private readonly upsertSession: Database.Statement<[string, string, number]>;
  private readonly deleteSession: Database.Statement<[string]>;
  private readonly touchSession: Database.Statement<[string, number, string, number]>;
  private readonly countSessions: Database.Statement<[number], number>;
  private readonly deleteAllSessions: Database.Statement<[]>;
  private readonly selectAllSessions: Database.Statement<[number], SessionRow>;
  private readonly deleteExpiredSessions: Database.Statement<[number]>;

  constructor(options: SqliteSessionStoreOptions) {
    super();
    const { db } = options;
    if (options.touch === false) {
      // express-session touches only stores whose `touch` is a function.
      Object.defineProperty(this, 'touch', { value: undefined });
    }
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.onCorrupt =
      options.onCorrupt ??
      ((_sid, error) => {
        console.error('A stored session is not valid JSON and was treated as missing:', error);
      });
    this.onCleanupError =
      options.onCleanupError ??
      ((error) => {
        console.error('Failed to delete expired sessions:', error);
      });

    db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        sid TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS sessions_expires_at ON sessions (expires_at);
    `);

    this.selectSession = db.prepare('SELECT data FROM sessions WHERE sid = ? AND expires_at > ?');
    this.upsertSession = db.prepare(`
      INSERT INTO sessions (sid, data, expires_at) VALUES (?, ?, ?)
      ON CONFLICT (sid) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at
    `);
    this.deleteSession = db.prepare('DELETE FROM sessions WHERE sid = ?');
    // Touch replaces only the stored cookie, so that a request which did not change the
    // session cannot overwrite the changes that a concurrent request saved.
    this.touchSession = db.prepare(`
      UPDATE sessions SET data = json_set(data, '$.cookie', json(?)), expires_at = ?
      WHERE sid = ? AND expires_at > ? AND json_valid(data)
    `);
    this.countSessions = db
      .prepare<[number], number>('SELECT COUNT(*) FROM sessions WHERE expires_at > ?')
      .pluck();
    this.deleteAllSessions = db.prepare('DELETE FROM sessions');
    this.selectAllSessions = db.prepare(
      'SELECT sid, data FROM sessions WHERE expires_at > ? ORDER BY sid',
    );
    this.deleteExpiredSessions = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

    const cleanupIntervalMs = options.cleanupIntervalMs ?? DEFAULT_CLEANUP_INTERVAL_MS;
    if (cleanupIntervalMs > 0) {
      this.cleanupTimer = setInterval(() => {
        this.runCleanup(db);
      }, cleanupIntervalMs);
      this.cleanupTimer.unref();
    }
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.respond(callback, () => {
      const row = this.selectSession.get(sid, Date.now());
      if (!row) {
        return null;
      }
      return this.parseSession(sid, row.data);
    });
  }

  override set(sid: string, sessionData: SessionData, callback?: (error?: unknown) => void): void {
    this.respond(callback, () => {
      const now = Date.now();
      this.upsertSession.run(sid, JSON.stringify(sessionData), this.expiryOf(sessionData, now));
    });
  }

  override destroy(sid: string, callback?: (error?: unknown) => void): void {
    this.respond(callback, () => {
      this.deleteSession.run(sid);
    });
  }

  /**
   * Extends a live session's expiry and stores its new cookie. Expired or missing
   * sessions stay gone.
   */
  override touch(
    sid: string,
    sessionData: SessionData,
    callback?: (error?: unknown) => void,
  ): void {
    this.respond(callback, () => {
      const now = Date.now();
      const cookieJson = JSON.stringify(sessionData.cookie ?? {});
      this.touchSession.run(cookieJson, this.expiryOf(sessionData, now), sid, now);
    });
  }

  override length(callback: Callback<number>): void {
    this.respond(callback, () => this.countSessions.get(Date.now()) ?? 0);
  }

  override clear(callback?: (error?: unknown) => void): void {
    this.respond(callback, () => {
      this.deleteAllSessions.run();
    });
  }

  /** Passes every live session keyed by session ID. Rows that are not valid JSON are left out. */
  override all(callback: Callback<Record<string, SessionData>>): void {
    this.respond(callback, () => {
      const sessions: Record<string, SessionData> = {};
      for (const row of this.selectAllSessions.all(Date.now())) {
        const parsed = this.parseSession(row.sid, row.data);
        if (parsed) {
          sessions[row.sid] = parsed;
        }
      }
      return sessions;
    });
  }

  /** Deletes rows whose expiry has passed and returns how many were deleted. */
  deleteExpired(): number {
    return this.deleteExpiredSessions.run(Date.now()).changes;
  }

  /** Stops the periodic deletion of expired rows. The database connection stays open. */
  close(): void {
    if (this.cleanupTimer) {
      clearInterval(this.cleanupTimer);
    }
  }

  private runCleanup(db: Database.Database): void {
    if (!db.open) {
      // The owner closed the connection without calling close(), so stop quietly.
      this.close();
      return;
    }
    try {
      this.deleteExpired();
    } catch (error) {
      this.onCleanupError(error);
    }
  }

  private parseSession(sid: string, data: string): SessionData | null {
    try {
      return JSON.parse(data) as SessionData;
    } catch (error) {
      this.onCorrupt(sid, error);
      return null;
    }
  }

  /** Returns the expiry in epoch milliseconds for a session being stored at `now`. */
  private expiryOf(sessionData: SessionData, now: number): number {
    const cookie = sessionData.cookie as Partial<SessionData['cookie']> | undefined;
    if (cookie?.expires) {
      // A Cookie object contains a Date, but a session read back from JSON contains an ISO string.
      const expiresAt = new Date(cookie.expires).getTime();
      if (Number.isFinite(expiresAt)) {
        return expiresAt;
      }
    }
    if (typeof cookie?.maxAge === 'number') {
      return now + cookie.maxAge;
    }
    return now + this.ttlMs;
  }

  /**
   * Runs the synchronous `work` and passes its result or error to `callback` on a later
   * turn of the event loop, as express-session's MemoryStore does. Calling back outside
   * the try block keeps an exception thrown by the callback from being reported twice.
   */
  private respond<T>(callback: Callback<T> | undefined, work: () => T): void {
    let result: T;
    try {
      result = work();
    } catch (error) {
      if (callback) {
        setImmediate(callback, error);
      }
      return;
    }
    if (callback) {
      setImmediate(callback, null, result);
    }
  }
}
