import { existsSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../src/stores/database.js';
import { createTempDir } from './temp-dir.js';

describe('openDatabase', () => {
  let temp: ReturnType<typeof createTempDir>;

  beforeEach(() => {
    temp = createTempDir('database');
  });

  afterEach(() => {
    temp.remove();
  });

  it('creates missing folders and the file', () => {
    const dataDir = path.join(temp.dir, 'nested', 'data');
    const db = openDatabase(dataDir, 'app.sqlite');
    db.close();

    expect(existsSync(path.join(dataDir, 'app.sqlite'))).toBe(true);
  });

  it('sets the connection pragmas', () => {
    const db = openDatabase(temp.dir, 'app.sqlite');

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // SQLite reports synchronous as a number: 1 is NORMAL.
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('rejects file names with folders', () => {
    for (const fileName of ['../escape.sqlite', 'sub/app.sqlite', '', '.', '..']) {
      expect(() => openDatabase(temp.dir, fileName), fileName).toThrow(
        /Invalid database file name/,
      );
    }
  });
});
