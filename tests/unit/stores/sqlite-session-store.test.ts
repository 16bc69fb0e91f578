import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { openDatabase } from '../../../src/stores/database.js';
import { SqliteSessionStore } from '../../../src/stores/sqlite-session-store.js';
import {
  all,
  clear,
  countRows,
  destroy,
  FILE_NAME,
  get,
  length,
  sessionWith,
  set,
  touch,
} from './session-store-helpers.js';
import { createTempDir } from './temp-dir.js';

const START = new Date('2026-03-02T09:00:00Z');

describe('SqliteSessionStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database.Database;
  let store: SqliteSessionStore;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    temp = createTempDir('sessions');
    db = openDatabase(temp.dir, FILE_NAME);
    store = new SqliteSessionStore({ db, ttlMs: 60_000, cleanupIntervalMs: 0 });
  });

  afterEach(() => {
    store.close();
    if (db.open) {
      db.close();
    }
    temp.remove();
    vi.useRealTimers();
  });

  it('get returns a stored session', async () => {
    await set(store, 'sid-1', sessionWith({ council: 'harbourside', step: 3 }, { maxAge: 10_000 }));

    const stored = await get(store, 'sid-1');

    expect(stored).toMatchObject({ council: 'harbourside', step: 3 });
    expect(stored?.cookie.originalMaxAge).toBeNull();
  });

  it('get returns null for an unknown sid', async () => {
    expect(await get(store, 'missing')).toBeNull();
  });

  it('set replaces an existing session', async () => {
    await set(store, 'sid-1', sessionWith({ step: 1 }, {}));
    await set(store, 'sid-1', sessionWith({ step: 2 }, {}));

    expect(await get(store, 'sid-1')).toMatchObject({ step: 2 });
    expect(countRows(db)).toBe(1);
  });

  it('destroy removes a session', async () => {
    await set(store, 'sid-1', sessionWith({ step: 1 }, {}));
    await set(store, 'sid-2', sessionWith({ step: 1 }, {}));

    await destroy(store, 'sid-1');

    expect(await get(store, 'sid-1')).toBeNull();
    expect(await get(store, 'sid-2')).not.toBeNull();
  });

  it('expiry follows cookie.expires', async () => {
    const expires = new Date(START.getTime() + 5_000);
    await set(store, 'date', sessionWith({}, { expires }));
    await set(store, 'string', sessionWith({}, { expires: expires.toISOString() }));

    vi.setSystemTime(START.getTime() + 4_999);
    expect(await get(store, 'date')).not.toBeNull();
    expect(await get(store, 'string')).not.toBeNull();

    vi.setSystemTime(START.getTime() + 5_000);
    expect(await get(store, 'date')).toBeNull();
    expect(await get(store, 'string')).toBeNull();
  });

  it('expiry follows cookie.maxAge', async () => {
    await set(store, 'sid-1', sessionWith({}, { maxAge: 2_000 }));

    vi.setSystemTime(START.getTime() + 1_999);
    expect(await get(store, 'sid-1')).not.toBeNull();

    vi.setSystemTime(START.getTime() + 2_000);
    expect(await get(store, 'sid-1')).toBeNull();
  });

  it('expiry falls back to ttlMs', async () => {
    await set(store, 'sid-1', sessionWith({}, { expires: null }));

    vi.setSystemTime(START.getTime() + 59_999);
    expect(await get(store, 'sid-1')).not.toBeNull();

    vi.setSystemTime(START.getTime() + 60_000);
    expect(await get(store, 'sid-1')).toBeNull();
  });

  it('touch extends the expiry', async () => {
    await set(store, 'sid-1', sessionWith({ step: 1 }, { maxAge: 2_000 }));

    vi.setSystemTime(START.getTime() + 1_500);
    await touch(store, 'sid-1', sessionWith({ step: 1 }, { maxAge: 2_000 }));

    vi.setSystemTime(START.getTime() + 3_000);
    expect(await get(store, 'sid-1')).not.toBeNull();

    vi.setSystemTime(START.getTime() + 3_500);
    expect(await get(store, 'sid-1')).toBeNull();
  });

  it('touch keeps stored fields', async () => {
    await set(store, 'sid-1', sessionWith({ step: 2 }, { maxAge: 2_000 }));

    // A request that loaded the session at step 1 finishes after one that saved step 2.
    await touch(store, 'sid-1', sessionWith({ step: 1 }, { maxAge: 9_000, path: '/apply' }));

    const stored = await get(store, 'sid-1');
    expect(stored).toMatchObject({ step: 2 });
    expect(stored?.cookie.path).toBe('/apply');
  });

  it('touch leaves expired sessions gone', async () => {
    await set(store, 'sid-1', sessionWith({}, { maxAge: 1_000 }));

    vi.setSystemTime(START.getTime() + 1_000);
    await touch(store, 'sid-1', sessionWith({}, { maxAge: 1_000 }));

    expect(await get(store, 'sid-1')).toBeNull();
  });

  it('touch ignores an unknown sid', async () => {
    await touch(store, 'missing', sessionWith({}, { maxAge: 1_000 }));

    expect(countRows(db)).toBe(0);
  });

  it('corrupt row reads as missing', async () => {
    const onCorrupt = vi.fn();
    store.close();
    store = new SqliteSessionStore({ db, cleanupIntervalMs: 0, onCorrupt });
    db.prepare('INSERT INTO sessions (sid, data, expires_at) VALUES (?, ?, ?)').run(
      'broken',
      '{"cookie": {',
      START.getTime() + 60_000,
    );
    await set(store, 'fine', sessionWith({ step: 1 }, {}));

    expect(await get(store, 'broken')).toBeNull();
    expect(onCorrupt).toHaveBeenCalledTimes(1);
    expect(onCorrupt).toHaveBeenCalledWith('broken', expect.any(SyntaxError));

    const sessions = await all(store);
    expect(Object.keys(sessions ?? {})).toEqual(['fine']);

    await touch(store, 'broken', sessionWith({}, { maxAge: 1_000 }));
    expect(db.prepare('SELECT data FROM sessions WHERE sid = ?').pluck().get('broken')).toBe(
      '{"cookie": {',
    );
  });

  it('length and all skip expired sessions', async () => {
    await set(store, 'short', sessionWith({ step: 1 }, { maxAge: 1_000 }));
    await set(store, 'long', sessionWith({ step: 2 }, { maxAge: 5_000 }));
    expect(await length(store)).toBe(2);

    vi.setSystemTime(START.getTime() + 1_000);

    expect(await length(store)).toBe(1);
    const sessions = await all(store);
    expect(Object.keys(sessions ?? {})).toEqual(['long']);
    expect(sessions?.long).toMatchObject({ step: 2 });
  });

  it('clear removes every session', async () => {
    await set(store, 'sid-1', sessionWith({}, {}));
    await set(store, 'sid-2', sessionWith({}, {}));

    await clear(store);

    expect(await length(store)).toBe(0);
    expect(countRows(db)).toBe(0);
  });

  it('deleteExpired removes only expired rows', async () => {
    await set(store, 'short', sessionWith({}, { maxAge: 1_000 }));
    await set(store, 'long', sessionWith({}, { maxAge: 5_000 }));

    vi.setSystemTime(START.getTime() + 1_000);

    expect(store.deleteExpired()).toBe(1);
    expect(countRows(db)).toBe(1);
    expect(await get(store, 'long')).not.toBeNull();
  });

  it('callbacks receive database errors', async () => {
    db.close();

    await expect(get(store, 'sid-1')).rejects.toThrow(/database connection is not open/);
    await expect(set(store, 'sid-1', sessionWith({}, {}))).rejects.toThrow(
      /database connection is not open/,
    );
  });

  it('sessions persist across reopening', async () => {
    await set(store, 'sid-1', sessionWith({ council: 'harbourside' }, { maxAge: 10_000 }));
    store.close();
    db.close();

    db = openDatabase(temp.dir, FILE_NAME);
    store = new SqliteSessionStore({ db, cleanupIntervalMs: 0 });

    expect(await get(store, 'sid-1')).toMatchObject({ council: 'harbourside' });
  });
});
