// Rows of the tables hand-made edits touch, read and written back whole by their key, so the
// undo log can keep a row as it was and put it back exactly. Table and column names come from
// this allow-list and the table's own schema, never from the stored log, which a hostile
// workspace file could have written.
import type { Database } from 'sql.js';
import { selectAll } from '../db/repos/rows';

export const UNDOABLE_TABLES = {
  csm_notes: ['id'],
  tasks: ['id'],
  goals: ['id'],
  goal_history: ['id'],
  qbr_narratives: ['account_id', 'quarter'],
} as const;
export type UndoableTable = keyof typeof UNDOABLE_TABLES;

export type CellValue = string | number | null;
export type RowKey = Record<string, CellValue>;
export type Row = Record<string, CellValue>;

function cell(value: unknown): CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`A ${typeof value} cell cannot be kept in the undo log.`);
}

/** The key's columns in the allow-list's order, refusing a key that names others. */
function keyColumns(table: UndoableTable, key: RowKey): { sql: string; params: CellValue[] } {
  const columns = UNDOABLE_TABLES[table];
  if (Object.keys(key).length !== columns.length || columns.some((c) => !(c in key)))
    throw new Error(`Not a key of ${table}: ${Object.keys(key).join(', ')}`);
  return {
    sql: columns.map((c) => `"${c}" = ?`).join(' AND '),
    params: columns.map((c) => key[c] ?? null),
  };
}

export function readRow(db: Database, table: UndoableTable, key: RowKey): Row | null {
  const where = keyColumns(table, key);
  const row = selectAll(db, `SELECT * FROM "${table}" WHERE ${where.sql}`, where.params)[0];
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, cell(value)]));
}

/** Equal rows: same columns with the same values (column order is the table's either way). */
export function sameRow(a: Row | null, b: Row | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function tableColumns(db: Database, table: UndoableTable): Set<string> {
  return new Set(selectAll(db, `PRAGMA table_info("${table}")`).map((r) => String(r.name)));
}

/** Makes the row at `key` be `row`: deleted when null, updated when present, inserted otherwise. */
export function writeRow(db: Database, table: UndoableTable, key: RowKey, row: Row | null): void {
  const where = keyColumns(table, key);
  if (row === null) {
    db.run(`DELETE FROM "${table}" WHERE ${where.sql}`, where.params);
    return;
  }
  const known = tableColumns(db, table);
  const columns = Object.keys(row);
  const unknown = columns.find((c) => !known.has(c));
  if (unknown !== undefined) throw new Error(`${table} has no column ${unknown}.`);
  if (UNDOABLE_TABLES[table].some((c) => row[c] !== key[c]))
    throw new Error(`The row kept for ${table} does not carry its own key.`);
  const values = columns.map((c) => row[c] ?? null);
  if (readRow(db, table, key) === null) {
    db.run(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map(() => '?').join(', ')})`,
      values,
    );
  } else {
    db.run(
      `UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where.sql}`,
      [...values, ...where.params],
    );
  }
}
