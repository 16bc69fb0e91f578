import type Database from 'better-sqlite3';
import type { PasswordKind, SignInLimiter } from '../auth/attempt-limiter.js';

export interface SignInAttemptStoreOptions {
  /** Open connection. The store creates its table but never closes the connection. */
  db: Database.Database;
  /** Wrong attempts each client may make, at both forms together, before it is blocked. */
  maxFailures: number;
  /** Length of each window, from the first wrong attempt at a form, in milliseconds. */
  windowMs: number;
  now?: () => number;
}

interface WindowRow {
  failures: number;
  started_at: number;
}

/**
 * Counts wrong sign-in attempts per client and form in the `sign_in_failures`
 * table. Each client and form has a fixed window that starts at its first
 * wrong attempt and lasts `windowMs`. A client is blocked while the wrong
 * attempts in its open windows add up to `maxFailures` or more.
 *
 * The counts survive a restart and are shared by every kit process that uses
 * the same SQLite file. Ended windows are deleted at start-up and on each
 * wrong attempt, so the table holds only clients that failed in the last
 * `windowMs`.
 */
export class SignInAttemptStore implements SignInLimiter {
  private readonly now: () => number;
  private readonly selectWindows: Database.Statement<[string, number], WindowRow>;
  private readonly upsertFailure: Database.Statement<{ client: string; kind: PasswordKind; now: number }>;
  private readonly deleteWindow: Database.Statement<[string, PasswordKind]>;
  private readonly deleteEnded: Database.Statement<[number]>;

  constructor(private readonly options: SignInAttemptStoreOptions) {
    const { db } = options;
    this.now = options.now ?? (() => Date.now());

    db.exec(`
      CREATE TABLE IF NOT EXISTS sign_in_failures (
        client TEXT NOT NULL,
        kind TEXT NOT NULL,
        failures INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        PRIMARY KEY (client, kind)
      );
      CREATE INDEX IF NOT EXISTS sign_in_failures_started_at ON sign_in_failures (started_at);
    `);

    this.selectWindows = db.prepare(`
      SELECT failures, started_at FROM sign_in_failures
      WHERE client = ? AND started_at > ?
      ORDER BY started_at
    `);
    this.upsertFailure = db.prepare(`
      INSERT INTO sign_in_failures (client, kind, failures, started_at) VALUES (@client, @kind, 1, @now)
      ON CONFLICT (client, kind) DO UPDATE SET failures = failures + 1
    `);
    this.deleteWindow = db.prepare('DELETE FROM sign_in_failures WHERE client = ? AND kind = ?');
    this.deleteEnded = db.prepare('DELETE FROM sign_in_failures WHERE started_at <= ?');
    this.deleteEnded.run(this.endedAtOrBefore());
  }

  /**
   * Returns the milliseconds until enough of the client's windows end for its
   * wrong attempts to fall below `maxFailures`, or 0 when they already are.
   */
  retryAfterMs(client: string): number {
    const windows = this.selectWindows.all(client, this.endedAtOrBefore());
    let failures = windows.reduce((sum, window) => sum + window.failures, 0);
    if (failures < this.options.maxFailures) return 0;
    for (const window of windows) {
      failures -= window.failures;
      if (failures < this.options.maxFailures) return window.started_at + this.options.windowMs - this.now();
    }
    return 0;
  }

  /** Deletes every ended window, so that the client's ended window starts again, then counts the failure. */
  recordFailure(client: string, kind: PasswordKind): void {
    this.deleteEnded.run(this.endedAtOrBefore());
    this.upsertFailure.run({ client, kind, now: this.now() });
  }

  recordSuccess(client: string, kind: PasswordKind): void {
    this.deleteWindow.run(client, kind);
  }

  /** Windows that started at or before this time have ended. */
  private endedAtOrBefore(): number {
    return this.now() - this.options.windowMs;
  }
}
