import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteSessionStore } from '../../../src/stores/sqlite-session-store.js';

describe('SqliteSessionStore touch option', () => {
  it('offers touch by default', () => {
    const store = new SqliteSessionStore({ db: new Database(':memory:'), cleanupIntervalMs: 0 });
    expect(typeof store.touch).toBe('function');
  });

  it('hides touch when turned off', () => {
    const store = new SqliteSessionStore({ db: new Database(':memory:'), cleanupIntervalMs: 0, touch: false });
    expect(store.touch).toBeUndefined();
  });
});
