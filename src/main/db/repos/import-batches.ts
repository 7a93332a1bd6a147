import type { Database } from 'sql.js';
import type { ImportBatchInfo } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { TABLES } from '../tables';
import { columnOf } from './batch-writer';
import { selectAll } from './rows';

export function createBatch(db: Database, source: string, createdAt: string): number {
  db.run('INSERT INTO import_batches (created_at, source) VALUES (?, ?)', [createdAt, source]);
  return Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
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

/**
 * Restores every row the batch touched to its before-image, newest change first. Refused when a
 * later batch that is still applied touched the same rows, since undoing under it would lose data.
 */
export function undoBatch(db: Database, id: number, undoneAt: string): ImportBatchInfo {
  const batch = listBatches(db).find((b) => b.id === id);
  if (!batch) throw new AppError('NOT_FOUND', `There is no import batch ${id}.`);
  if (batch.undoneAt) throw new AppError('CONFLICT', `Import batch ${id} was already undone.`);
  const overlap = selectAll(
    db,
    `SELECT DISTINCT later.batch_id AS id FROM import_batch_changes later
     JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
     JOIN import_batch_changes mine ON mine.batch_id = ? AND mine.tbl = later.tbl AND mine.row_key = later.row_key
     WHERE later.batch_id > ?`,
    [id, id],
  );
  if (overlap.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Undo the later import ${overlap.map((r) => String(r.id)).join(', ')} first: it changed the same rows.`,
    );
  }
  const specs = Object.values(TABLES);
  const changes = selectAll(
    db,
    'SELECT tbl, row_key, before FROM import_batch_changes WHERE batch_id = ? ORDER BY seq DESC',
    [id],
  );
  for (const change of changes) {
    const spec = specs.find((s) => s.table === change.tbl);
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
  db.run('UPDATE import_batches SET undone_at = ? WHERE id = ?', [undoneAt, id]);
  return { ...batch, undoneAt };
}
