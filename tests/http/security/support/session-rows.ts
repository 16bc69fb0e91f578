import Database from 'better-sqlite3';
import path from 'node:path';

/** The session id inside a Set-Cookie header of the kit's signed session cookie. */
export function sessionIdFromSetCookie(setCookie: string[] | string | undefined): string {
  const header = [setCookie ?? []].flat().find((cookie) => cookie.startsWith('journey-kit.sid='));
  if (!header) throw new Error('The response set no journey-kit.sid cookie');
  const value = decodeURIComponent(header.split(';')[0]!.slice('journey-kit.sid='.length));
  // express-session signs cookies as "s:<session id>.<signature>".
  return value.slice(2, value.lastIndexOf('.'));
}

/** Reads stored sessions from a kit's SQLite file, through a read-only connection. */
export class SessionRows {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    this.db = new Database(path.join(dataDir, 'journey-kit.sqlite'), { readonly: true });
  }

  /** The stored session, parsed, or undefined when there is none. */
  read(sid: string): Record<string, unknown> | undefined {
    const row = this.db.prepare('SELECT data FROM sessions WHERE sid = ?').get(sid) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
  }

  /** The answers stored for one council's journey, or an empty object. */
  answers(sid: string, key: string): Record<string, unknown> {
    return this.answersIn(this.read(sid) ?? {}, key);
  }

  /** The answers in a session read before, for the journey keyed '<council>/<journey>'. */
  answersIn(session: Record<string, unknown>, key: string): Record<string, unknown> {
    const progress = (session.progress as Record<string, { answers?: Record<string, unknown> }> | undefined)?.[key];
    return progress?.answers ?? {};
  }

  close(): void {
    this.db.close();
  }
}
