import type { Database, Statement } from 'sql.js';
import type { TableSpec } from '../tables';
import { toSql } from '../tables';
import { writtenRowsWatcher } from '../written-rows';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

interface Prepared {
  select: Statement;
  insert: Statement;
  update: Statement | null;
}

/**
 * Writes one import batch: upserts rows on their natural key and logs each row's before-image
 * (null when the row is new) so the batch can be undone exactly. Statements live only as long as
 * the batch, because a save (db.export) invalidates prepared statements in sql.js.
 */
export class BatchWriter {
  private readonly prepared = new Map<string, Prepared>();
  private readonly logStmt: Statement;
  private seq = 0;

  constructor(
    private readonly db: Database,
    readonly batchId: number,
  ) {
    this.logStmt = db.prepare(
      'INSERT INTO import_batch_changes (batch_id, seq, tbl, row_key, before) VALUES (?, ?, ?, ?, ?)',
    );
  }

  upsert(spec: TableSpec, entity: Record<string, unknown>): UpsertOutcome {
    const p = this.statementsFor(spec);
    const keyValues = spec.key.map((field) => {
      const col = spec.columns.find((cc) => cc.field === field);
      return toSql(col?.type ?? 'text', entity[field]);
    });
    const values = spec.columns.map((col) => toSql(col.type, entity[col.field]));
    p.select.bind(keyValues);
    const existing = p.select.step() ? p.select.get() : null;
    p.select.reset();
    const rowKey = JSON.stringify(keyValues);
    if (!existing) {
      p.insert.run(values);
      this.log(spec.table, rowKey, null);
      writtenRowsWatcher(this.db)?.rowsWritten(this.batchId, spec, [values]);
      return 'inserted';
    }
    if (sameValues(existing, values) || !p.update) return 'unchanged';
    const before: Record<string, unknown> = {};
    spec.columns.forEach((col, i) => (before[col.column] = existing[i] ?? null));
    const nonKey = spec.columns.filter((col) => !spec.key.includes(col.field));
    p.update.run([...nonKey.map((col) => toSql(col.type, entity[col.field])), ...keyValues]);
    this.log(spec.table, rowKey, JSON.stringify(before));
    writtenRowsWatcher(this.db)?.rowsWritten(this.batchId, spec, [values]);
    return 'updated';
  }

  finish(): void {
    for (const p of this.prepared.values()) {
      p.select.free();
      p.insert.free();
      p.update?.free();
    }
    this.prepared.clear();
    this.logStmt.free();
  }

  private log(table: string, rowKey: string, before: string | null): void {
    this.logStmt.run([this.batchId, this.seq++, table, rowKey, before]);
  }

  private statementsFor(spec: TableSpec): Prepared {
    const cached = this.prepared.get(spec.table);
    if (cached) return cached;
    const cols = spec.columns.map((col) => col.column);
    const keyCols = spec.key.map((field) => columnOf(spec, field));
    const where = keyCols.map((col) => `${col} = ?`).join(' AND ');
    const nonKey = spec.columns.filter((col) => !spec.key.includes(col.field));
    const prepared: Prepared = {
      select: this.db.prepare(`SELECT ${cols.join(', ')} FROM ${spec.table} WHERE ${where}`),
      insert: this.db.prepare(
        `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      ),
      update:
        nonKey.length === 0
          ? null
          : this.db.prepare(
              `UPDATE ${spec.table} SET ${nonKey.map((col) => `${col.column} = ?`).join(', ')} WHERE ${where}`,
            ),
    };
    this.prepared.set(spec.table, prepared);
    return prepared;
  }
}

export function columnOf(spec: TableSpec, field: string): string {
  const col = spec.columns.find((cc) => cc.field === field);
  if (!col) throw new Error(`${spec.table} has no field ${field}`);
  return col.column;
}

function sameValues(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
