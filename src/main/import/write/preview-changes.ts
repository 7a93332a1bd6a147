import type { Database, Statement } from 'sql.js';
import type { ChangedRow, ChangeValue, SheetChanges } from '../../../shared/ipc/contract';
import type { TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';
import { mergeStored, TableStatements } from './bulk-writer';
import { DistinctKeys } from './distinct-keys';

/** Changed rows the preview lists field by field; the rest are counted. */
export const CHANGED_ROWS_SHOWN = 50;
const CHUNK = 2_000;

/**
 * What importing a sheet's valid entities would do to the workspace, without touching it: how
 * many rows are new, unchanged and changed, and for changed rows which fields change from what to
 * what (the first CHANGED_ROWS_SHOWN, with a count per field over all of them). Reads as the
 * writer writes: the first row of each key counts, and columns not from the file keep their
 * stored value. Entities are given one at a time as the check makes them (`add`), looked up in
 * chunks, and not kept; `finish` gives the counts and frees the statements.
 */
export class ChangePreview {
  private readonly changes: SheetChanges = {
    newRows: 0,
    unchanged: 0,
    changed: 0,
    fieldCounts: {},
    rows: [],
  };
  private readonly statements: Statement[] = [];
  private readonly t: TableStatements;
  private readonly keyColumns: TableSpec['columns'];
  /** Nothing stored to compare with: every distinct key is a new row. */
  private readonly empty: boolean;
  private readonly distinct: DistinctKeys;
  private readonly seen = new Set<string>();
  private chunk: { row: number; values: ReturnType<typeof toSql>[]; key: string }[] = [];

  constructor(
    db: Database,
    private readonly spec: TableSpec,
    private readonly fromFile: readonly boolean[],
  ) {
    this.t = new TableStatements((sql) => {
      const st = db.prepare(sql);
      this.statements.push(st);
      return st;
    }, spec);
    this.keyColumns = this.t.keyIndexes.map((k) => spec.columns[k]!);
    this.distinct = new DistinctKeys(this.keyColumns);
    this.empty = db.exec(`SELECT 1 FROM ${spec.table} LIMIT 1`).length === 0;
  }

  /** One valid entity of sheet row `row`, in row order. */
  readonly add = (row: number, entity: Record<string, unknown>): void => {
    if (this.empty) {
      // Counted without a key string per row (the JSON keys and their set cost ~0.3 s per
      // 200k rows, #19.5).
      if (this.distinct.add(entity)) this.changes.newRows++;
      return;
    }
    const keyValues = this.keyColumns.map((col) => toSql(col.type, entity[col.field]));
    const key = JSON.stringify(keyValues);
    // A repeated key is written once (writeSheet): its first row is the one that counts.
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const values = this.spec.columns.map((col) => toSql(col.type, entity[col.field]));
    this.chunk.push({ row, values, key });
    if (this.chunk.length === CHUNK) this.flush();
  };

  /** The counts over every entity given; the statements are freed. */
  finish(): SheetChanges {
    try {
      this.flush();
    } finally {
      this.dispose();
    }
    return this.changes;
  }

  /** Frees the statements (a check that failed half way gives no counts). */
  dispose(): void {
    for (const st of this.statements) st.free();
    this.statements.length = 0;
  }

  private flush(): void {
    const { chunk, t, spec, changes } = this;
    this.chunk = [];
    if (chunk.length === 0) return;
    const existing = t.lookup(chunk.map((c) => t.keyIndexes.map((k) => c.values[k]!)));
    for (const { row, values: given, key } of chunk) {
      const before = existing.get(key);
      if (!before) {
        changes.newRows++;
        continue;
      }
      const after = mergeStored(given, before, this.fromFile);
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
}

/** A stored value as the preview shows it: yes/no for flags, text for lists. */
function shown(type: TableSpec['columns'][number]['type'], value: unknown): ChangeValue {
  if (value === null || value === undefined) return null;
  if (type === 'bool') return Boolean(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}
