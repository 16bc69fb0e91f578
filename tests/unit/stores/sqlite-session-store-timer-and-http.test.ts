import type Database from 'better-sqlite3';
import express from 'express';
import session from 'express-session';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { openDatabase } from '../../../src/stores/database.js';
import { SqliteSessionStore } from '../../../src/stores/sqlite-session-store.js';
import { countRows, FILE_NAME, length } from './session-store-helpers.js';
import { createTempDir } from './temp-dir.js';

describe('SqliteSessionStore cleanup timer', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database.Database;

  beforeEach(() => {
    temp = createTempDir('session-cleanup');
    db = openDatabase(temp.dir, FILE_NAME);
  });

  afterEach(() => {
    if (db.open) {
      db.close();
    }
    temp.remove();
  });

  function insertExpiredRow(sid: string): void {
    db.prepare('INSERT INTO sessions (sid, data, expires_at) VALUES (?, ?, ?)').run(
      sid,
      '{}',
      Date.now() - 1,
    );
  }

  it('deletes expired rows periodically', async () => {
    const store = new SqliteSessionStore({ db, cleanupIntervalMs: 20 });
    insertExpiredRow('old');

    await vi.waitFor(() => {
      expect(countRows(db)).toBe(0);
    });
    store.close();
  });

  it('stops after close', async () => {
    const store = new SqliteSessionStore({ db, cleanupIntervalMs: 20 });
    store.close();
    insertExpiredRow('old');

    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(countRows(db)).toBe(1);
  });

  it('reports cleanup errors', async () => {
    const onCleanupError = vi.fn();
    const store = new SqliteSessionStore({ db, cleanupIntervalMs: 20, onCleanupError });
    db.exec('DROP TABLE sessions');

    await vi.waitFor(() => {
      expect(onCleanupError).toHaveBeenCalled();
    });
    store.close();
  });
});

describe('SqliteSessionStore with express-session', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database.Database;
  let store: SqliteSessionStore;

  beforeEach(() => {
    temp = createTempDir('session-http');
    db = openDatabase(temp.dir, FILE_NAME);
    store = new SqliteSessionStore({ db, cleanupIntervalMs: 0 });
  });

  afterEach(() => {
    store.close();
    db.close();
    temp.remove();
  });

  it('keeps a session between requests', async () => {
    const app = express();
    app.use(
      session({
        store,
        secret: 'test secret',
        resave: false,
        saveUninitialized: false,
        cookie: { maxAge: 60_000 },
      }),
    );
    app.get('/visits', (req, res) => {
      const fields = req.session as unknown as { visits?: number };
      fields.visits = (fields.visits ?? 0) + 1;
      res.json({ visits: fields.visits });
    });
    app.get('/visits/current', (req, res) => {
      const fields = req.session as unknown as { visits?: number };
      res.json({ visits: fields.visits ?? 0 });
    });

    const first = await request(app).get('/visits');
    const cookies = first.get('Set-Cookie') ?? [];
    expect(first.body).toEqual({ visits: 1 });
    expect(cookies).toHaveLength(1);

    const second = await request(app)
      .get('/visits')
      .set('Cookie', cookies);
    expect(second.body).toEqual({ visits: 2 });
    expect(await length(store)).toBe(1);

    // An unchanged session is touched rather than saved, which must keep its fields.
    const touchSpy = vi.spyOn(store, 'touch');
    const third = await request(app)
      .get('/visits/current')
      .set('Cookie', cookies);
    expect(third.body).toEqual({ visits: 2 });
    expect(touchSpy).toHaveBeenCalledTimes(1);

    const fourth = await request(app)
      .get('/visits')
      .set('Cookie', cookies);
    expect(fourth.body).toEqual({ visits: 3 });
  });
});
