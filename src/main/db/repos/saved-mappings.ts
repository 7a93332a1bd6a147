import type { Database } from 'sql.js';
import type { DataKind } from '../../../shared/domain/kinds';
import { selectAll } from './rows';

export type StoredMapping = Record<string, number | null>;

export function findMapping(db: Database, signature: string): StoredMapping | null {
  const row = selectAll(db, 'SELECT mapping FROM saved_mappings WHERE signature = ?', [
    signature,
  ])[0];
  return row ? (JSON.parse(String(row.mapping)) as StoredMapping) : null;
}

/**
 * The kind last confirmed for a header row, whatever the kind: a sheet the importer was not sure
 * of, once the user has chosen its kind, is read as that kind the next time the same headers come.
 * `headers` is the signature's header part (headerSignature without its kind).
 */
export function findKind(db: Database, headers: string): DataKind | null {
  const row = selectAll(
    db,
    `SELECT kind FROM saved_mappings WHERE substr(signature, length(kind) + 2) = ?
     ORDER BY updated_at DESC LIMIT 1`,
    [headers],
  )[0];
  return row ? (String(row.kind) as DataKind) : null;
}

export function saveMapping(
  db: Database,
  signature: string,
  kind: DataKind,
  mapping: StoredMapping,
  at: string,
): void {
  db.run(
    `INSERT INTO saved_mappings (signature, kind, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
    [signature, kind, JSON.stringify(mapping), at],
  );
}
