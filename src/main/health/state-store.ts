import type { Database } from 'sql.js';
import { selectValue } from '../db/repos/rows';

export type StateKey =
  'playbook_version' | 'computed_fingerprint' | 'computed_at' | 'computed_from';

export function readState(db: Database, key: StateKey): string | null {
  const value = selectValue(db, 'SELECT value FROM health_state WHERE key = ?', [key]);
  return value === null ? null : String(value);
}

export function writeState(db: Database, key: StateKey, value: string): void {
  db.run(
    'INSERT INTO health_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    [key, value],
  );
}
