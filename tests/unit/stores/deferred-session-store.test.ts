import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../src/stores/database.js';
import { DeferredSessionStore } from '../../../src/stores/deferred-session-store.js';
import { SqliteSessionStore } from '../../../src/stores/sqlite-session-store.js';
import { destroy, FILE_NAME, get, sessionWith, set } from './session-store-helpers.js';
import { createTempDir } from './temp-dir.js';

describe('DeferredSessionStore', () => {
  const cleanups: Array<() => void> = [];

  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function sqliteStore(): SqliteSessionStore {
    const temp = createTempDir('deferred-sessions');
    const db = openDatabase(temp.dir, FILE_NAME);
    const store = new SqliteSessionStore({ db, ttlMs: 60_000 });
    cleanups.push(() => {
      store.close();
      db.close();
      temp.remove();
    });
    return store;
  }

  it('queues early calls in order', async () => {
    let provide: (store: SqliteSessionStore) => void = () => undefined;
    const deferred = new DeferredSessionStore(new Promise((resolve) => (provide = resolve)));

    const saved = set(deferred, 'early', sessionWith({ answers: { postcode: 'SY1 1HA' } }, {}));
    const read = get(deferred, 'early');
    provide(sqliteStore());

    await saved;
    expect(await read).toMatchObject({ answers: { postcode: 'SY1 1HA' } });
    await destroy(deferred, 'early');
    expect(await get(deferred, 'early')).toBeNull();
  });

  it('fails calls when creation failed', async () => {
    const failure = new Error('Cannot find package redis');
    const deferred = new DeferredSessionStore(Promise.reject(failure));

    await expect(get(deferred, 'sid')).rejects.toBe(failure);
    await expect(set(deferred, 'sid', sessionWith({}, {}))).rejects.toBe(failure);
    await expect(destroy(deferred, 'sid')).rejects.toBe(failure);
  });

  it('has no touch method', () => {
    const deferred = new DeferredSessionStore(Promise.resolve(sqliteStore()));
    expect('touch' in deferred).toBe(false);
  });
});
