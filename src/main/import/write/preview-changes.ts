import type { Database, Statement } from 'sql.js';
import type { ChangedRow, ChangeValue, SheetChanges } from '../../../shared/ipc/contract';
import type { TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';
import { mergeStored, TableStatements } from './bulk-writer';
import type { ValidRow } from '../check/validate';

/** Changed rows the preview lists field by field; the rest are counted. */
export const CHANGED_ROWS_SHOWN = 50;
const CHUNK = 2_000;

/**
 * What importing `valid` would do to the workspace, without touching it: how many rows are new,
 * unchanged and changed, and for changed rows which fields change from what to what (the first
 * CHANGED_ROWS_SHOWN, with a count per field over all of them). Reads as the writer writes: the
 * first row of each key counts, and columns not from the file keep their stored value.
 */
export function previewChanges(
  db: Database,
  spec: TableSpec,
  valid: readonly ValidRow[],
  fromFile: readonly boolean[],
): SheetChanges {
  const changes: SheetChanges = {
    newRows: 0,
    unchanged: 0,
    changed: 0,
    fieldCounts: {},
    rows: [],
  };
  const statements: Statement[] = [];
  const t = new TableStatements((sql) => {
    const s = db.prepare(sql);
    statements.push(s);
    return s;
  }, spec);
  try {
    const empty = db.exec(`SELECT 1 FROM ${spec.table} LIMIT 1`).length === 0;
    const keyColumns = t.keyIndexes.map((k) => spec.columns[k]!);
    if (empty) {
      // Nothing stored to compare with: every distinct key is a new row. Counted without a key
      // string per row (the JSON keys and their set cost ~0.3 s per 200k rows, #19.5).
      changes.newRows = distinctKeys(valid, keyColumns);
      return changes;
    }
    const seen = new Set<string>();
    for (let start = 0; start < valid.length; start += CHUNK) {
      const chunk: { row: number; values: ReturnType<typeof toSql>[]; key: string }[] = [];
      for (const { row, entity } of valid.slice(start, start + CHUNK)) {
        const keyValues = keyColumns.map((col) => toSql(col.type, entity[col.field]));
        const key = JSON.stringify(keyValues);
        // A repeated key is written once (writeSheet): its first row is the one that counts.
        if (seen.has(key)) continue;
        seen.add(key);
        const values = spec.columns.map((col) => toSql(col.type, entity[col.field]));
        chunk.push({ row, values, key });
      }
      if (chunk.length === 0) continue;
      const existing = t.lookup(chunk.map((c) => t.keyIndexes.map((k) => c.values[k]!)));
      for (const { row, values: given, key } of chunk) {
        const before = existing.get(key);
        if (!before) {
          changes.newRows++;
          continue;
        }
        const after = mergeStored(given, before, fromFile);
        const fields: ChangedRow['fields'] = [];
        spec.columns.forEach((col, c) => {
          if (after[c] === (before[c] ?? null)) return;
          fields.push({
            field: col.field,
            from: shown(col.type, before[c] ?? null),
            to: shown(col.type, after[c] ?? null),
          });
          changes.fieldCounts[col.field] = (changes.fieldCounts[col.field] ?? 0) + 1;
        });
        if (fields.length === 0) {
          changes.unchanged++;
          continue;
        }
        changes.changed++;
        if (changes.rows.length < CHANGED_ROWS_SHOWN) {
          const keyText = t.keyIndexes.map((k) => String(given[k] ?? '')).join(' / ');
          changes.rows.push({ row, key: keyText, fields });
        }
      }
    }
  } finally {
    for (const s of statements) s.free();
  }
  return changes;
}

type KeyLevel = Map<unknown, KeyLevel | true>;

/** How many distinct keys `valid` holds, compared as stored (toSql), one map per key column. */
function distinctKeys(valid: readonly ValidRow[], keyColumns: TableSpec['columns']): number {
  const root: KeyLevel = new Map();
  const last = keyColumns.length - 1;
  let count = 0;
  for (const { entity } of valid) {
    let level = root;
    for (let k = 0; k < last; k++) {
      const col = keyColumns[k]!;
      const value = toSql(col.type, entity[col.field]);
      let next = level.get(value) as KeyLevel | undefined;
      if (!next) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const col = keyColumns[last]!;
    const value = toSql(col.type, entity[col.field]);
    if (!level.has(value)) {
      level.set(value, true);
      count++;
    }
  }
  return count;
}

/** A stored value as the preview shows it: yes/no for flags, text for lists. */
function shown(type: TableSpec['columns'][number]['type'], value: unknown): ChangeValue {
  if (value === null || value === undefined) return null;
  if (type === 'bool') return Boolean(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}
