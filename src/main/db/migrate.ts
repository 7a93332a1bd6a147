import type { Database } from 'sql.js';
import { AppError } from '../../shared/ipc/result';
import type { Clock } from '../platform/clock';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';

export function schemaVersion(db: Database): number {
  const exists = db.exec(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
  );
  if (exists.length === 0) return 0;
  const rows = db.exec('SELECT MAX(version) FROM schema_migrations');
  return Number(rows[0]?.values[0]?.[0] ?? 0);
}

/**
 * Brings a database up to the newest schema. A database written by a newer app is refused
 * before anything is touched, so an older app can never damage it.
 */
export function migrate(
  db: Database,
  clock: Clock,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `This workspace was saved by a newer version of QBR Studio (schema ${current}; this app knows up to ${latest}). Update the app to open it; the file was not changed.`,
    );
  }
  db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  let migrated = false;
  for (const m of migrations) {
    if (m.version <= current) continue;
    migrated = true;
    db.run('BEGIN');
    try {
      db.exec(m.sql);
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        clock.now().toISOString(),
      ]);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw err;
    }
  }
  if (migrated) compactIfMostlyFree(db);
  return schemaVersion(db);
}

/**
 * A migration that rebuilds a table leaves the old one's pages free, and every save would write
 * them: compact once when a quarter of the file is free. VACUUM cannot run in a transaction, so
 * it comes after the migrations; it copies the live pages only (2 M usage rows: under a second).
 */
function compactIfMostlyFree(db: Database): void {
  const pages = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0] ?? 0);
  const free = Number(db.exec('PRAGMA freelist_count')[0]?.values[0]?.[0] ?? 0);
  if (free > 0 && 4 * free >= pages) db.run('VACUUM');
}
