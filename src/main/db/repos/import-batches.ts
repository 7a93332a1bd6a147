import type { Database } from 'sql.js';
import type { ImportBatchInfo } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { TABLES } from '../tables';
import { columnOf } from './batch-writer';
import { selectAll } from './rows';
import { writtenRowsWatcher } from '../written-rows';

export function createBatch(db: Database, source: string, createdAt: string): number {
  db.run('INSERT INTO import_batches (created_at, source) VALUES (?, ?)', [createdAt, source]);
  const id = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
  writtenRowsWatcher(db)?.batchCreated(id);
  return id;
}

export function finishBatch(db: Database, id: number, inserted: number, updated: number): void {
  db.run('UPDATE import_batches SET inserted = ?, updated = ? WHERE id = ?', [
    inserted,
    updated,
    id,
  ]);
}

export function listBatches(db: Database): ImportBatchInfo[] {
  return selectAll(
    db,
    'SELECT id, created_at, source, inserted, updated, undone_at FROM import_batches ORDER BY id DESC',
  ).map((r) => ({
    id: Number(r.id),
    createdAt: String(r.created_at),
    source: String(r.source),
    inserted: Number(r.inserted),
    updated: Number(r.updated),
    undoneAt: r.undone_at === null ? null : String(r.undone_at),
  }));
}

/** Every row key a batch touched, as (tbl, k) with k the key's JSON in SQLite's own spelling. */
const touchedBy = (batch: string) => `
  SELECT tbl, json(row_key) AS k FROM import_batch_changes WHERE batch_id = ${batch}
  UNION ALL
  SELECT i.tbl, json(j.value) AS k FROM import_batch_inserts i, json_each(i.row_keys) j
  WHERE i.batch_id = ${batch}`;

/**
 * Restores every row the batch touched: updated rows to their before-images, newest change
 * first, then removes the rows it inserted. Refused when a later batch that is still applied
 * touched the same rows, since undoing under it would lose data.
 */
export function undoBatch(db: Database, id: number, undoneAt: string): ImportBatchInfo {
  const batch = listBatches(db).find((b) => b.id === id);
  if (!batch) throw new AppError('NOT_FOUND', `There is no import batch ${id}.`);
  if (batch.undoneAt) throw new AppError('CONFLICT', `Import batch ${id} was already undone.`);
  const overlap = selectAll(
    db,
    `WITH mine AS (${touchedBy('?1')}),
     later AS (
       SELECT c.batch_id AS id, c.tbl, json(c.row_key) AS k FROM import_batch_changes c
       JOIN import_batches b ON b.id = c.batch_id AND b.undone_at IS NULL WHERE c.batch_id > ?1
       UNION ALL
       SELECT i.batch_id, i.tbl, json(j.value) FROM import_batch_inserts i
       JOIN import_batches b ON b.id = i.batch_id AND b.undone_at IS NULL, json_each(i.row_keys) j
       WHERE i.batch_id > ?1
     )
     SELECT DISTINCT later.id FROM later JOIN mine ON mine.tbl = later.tbl AND mine.k = later.k
     ORDER BY later.id`,
    [id],
  );
  if (overlap.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Undo the later import ${overlap.map((r) => String(r.id)).join(', ')} first: it changed the same rows.`,
    );
  }
  const specs = new Map(Object.values(TABLES).map((s) => [s.table, s]));
  const changes = selectAll(
    db,
    'SELECT tbl, row_key, before FROM import_batch_changes WHERE batch_id = ? ORDER BY seq DESC',
    [id],
  );
  for (const change of changes) {
    const spec = specs.get(String(change.tbl));
    if (!spec) continue;
    const keyValues = JSON.parse(String(change.row_key)) as (string | number | null)[];
    const where = spec.key.map((field) => `${columnOf(spec, field)} = ?`).join(' AND ');
    db.run(`DELETE FROM ${spec.table} WHERE ${where}`, keyValues);
    if (change.before !== null) {
      const before = JSON.parse(String(change.before)) as Record<string, string | number | null>;
      const cols = spec.columns.map((col) => col.column);
      db.run(
        `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        cols.map((col) => before[col] ?? null),
      );
    }
  }
  // A row inserted and then updated within the batch was restored above; it goes here.
  for (const insert of selectAll(
    db,
    'SELECT tbl, row_keys FROM import_batch_inserts WHERE batch_id = ? ORDER BY seq DESC',
    [id],
  )) {
    const spec = specs.get(String(insert.tbl));
    if (!spec) continue;
    const cols = spec.key.map((field) => columnOf(spec, field)).join(', ');
    const unpacked = spec.key.map((_, i) => `value ->> ${i}`).join(', ');
    // Row-value IN over the primary key: one index probe per listed key, not a table scan.
    db.run(`DELETE FROM ${spec.table} WHERE (${cols}) IN (SELECT ${unpacked} FROM json_each(?))`, [
      String(insert.row_keys),
    ]);
  }
  db.run('UPDATE import_batches SET undone_at = ? WHERE id = ?', [undoneAt, id]);
  return { ...batch, undoneAt };
}
