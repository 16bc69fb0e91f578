import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

/**
 * Opens (creating if needed) the SQLite file `fileName` inside `dataDir`, creating the
 * folder too. The connection uses WAL journal mode with `synchronous = NORMAL`, a 5 s
 * busy timeout for writers from other connections, and foreign key enforcement.
 * SQLite's PRAGMA synchronous documentation says that WAL with NORMAL is safe from
 * corruption but may roll back the last commits after a power loss or OS crash.
 *
 * Throws if `fileName` is not a plain file name, or if SQLite cannot switch to WAL
 * (as on some network file systems).
 */
export function openDatabase(dataDir: string, fileName: string): Database.Database {
  if (!fileName || path.basename(fileName) !== fileName || fileName === '.' || fileName === '..') {
    throw new Error(`Invalid database file name "${fileName}": expected a name without folders.`);
  }

  mkdirSync(dataDir, { recursive: true });
  const filePath = path.join(dataDir, fileName);
  const db = new Database(filePath);
  // The file holds participants' answers, so only the kit's own user may read it.
  chmodSync(filePath, 0o600);

  try {
    const journalMode = db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal') {
      throw new Error(
        `SQLite could not use WAL journal mode for ${filePath} (got "${String(journalMode)}"). ` +
          'Set DATA_DIR to a folder on a local disk.',
      );
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }

  return db;
}
