import type Database from 'better-sqlite3';
import type { SessionData, Store } from 'express-session';

import type { SqliteSessionStore } from '../../../src/stores/sqlite-session-store.js';

// Promise wrappers around the callback API of session stores, for the session store tests.

export const FILE_NAME = 'sessions.sqlite';

/** Builds session data with the given top-level fields and cookie properties. */
export function sessionWith(
  fields: Record<string, unknown>,
  cookie: Record<string, unknown>,
): SessionData {
  const data = { ...fields, cookie: { originalMaxAge: null, path: '/', ...cookie } };
  return data as unknown as SessionData;
}

export function get(
  store: Store,
  sid: string,
): Promise<SessionData | null | undefined> {
  return new Promise((resolve, reject) => {
    store.get(sid, (error, data) => (error ? reject(error) : resolve(data)));
  });
}

export function set(store: Store, sid: string, data: SessionData): Promise<void> {
  return new Promise((resolve, reject) => {
    store.set(sid, data, (error) => (error ? reject(error) : resolve()));
  });
}

export function destroy(store: Store, sid: string): Promise<void> {
  return new Promise((resolve, reject) => {
    store.destroy(sid, (error) => (error ? reject(error) : resolve()));
  });
}

export function touch(store: SqliteSessionStore, sid: string, data: SessionData): Promise<void> {
  return new Promise((resolve, reject) => {
    store.touch(sid, data, (error) => (error ? reject(error) : resolve()));
  });
}

export function length(store: SqliteSessionStore): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    store.length((error, count) => (error ? reject(error) : resolve(count)));
  });
}

export function all(store: SqliteSessionStore): Promise<Record<string, SessionData> | undefined> {
  return new Promise((resolve, reject) => {
    store.all((error, sessions) => (error ? reject(error) : resolve(sessions)));
  });
}

export function clear(store: SqliteSessionStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.clear((error) => (error ? reject(error) : resolve()));
  });
}

export function countRows(db: Database.Database): number {
  return db.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number;
}
