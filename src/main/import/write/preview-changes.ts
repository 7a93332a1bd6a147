import type { Database, Statement } from 'sql.js';
import type { ChangedRow, ChangeValue, SheetChanges } from '../../../shared/ipc/contract';
import type { TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';
import { mergeStored, TableStatements } from './bulk-writer';
import type { EntitiesOfRow } from './distinct-keys';
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
 *
 * Every entity is looked up as it comes, a repeated key too: which entities repeat a key is
 * known only at the end (DistinctKeys, in memory that does not grow with the rows, where a set
 * of every key's text did), and each repeat is then looked up again and taken back out of the
 * counts, so the first entity of each key is the one that counts. A repeat taken out of the
 * changed rows shown leaves one fewer shown.
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
  /** Entities to look up: counted in (1), or a repeat taken back out (-1). */
  private chunk: { row: number; values: ReturnType<typeof toSql>[]; key: string; sign: 1 | -1 }[] =
    [];

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
    this.distinct.add(row, entity);
    // Nothing stored: the distinct keys are the new rows, counted at the end without a key
    // string per row (the JSON keys cost ~0.3 s per 200k rows, #19.5).
    if (!this.empty) this.lookUp(row, entity, 1);
  };

  /**
   * The counts over every entity given, the first of each key counting (a repeated key is
   * written once, writeSheet); `entitiesOfRow` makes a row's entities again where keys may meet.
   * The statements and the keys' spill file are freed.
   */
  finish(entitiesOfRow: EntitiesOfRow): SheetChanges {
    try {
      if (this.empty) this.changes.newRows = this.distinct.count(entitiesOfRow);
      else {
        this.flush();
        this.distinct.count(entitiesOfRow, (row, entity) => this.lookUp(row, entity, -1));
        this.flush();
      }
    } finally {
      this.dispose();
    }
    return this.changes;
  }

  /** Frees the statements and the keys' spill file (a check that failed half way gives no counts). */
  dispose(): void {
    for (const st of this.statements) st.free();
    this.statements.length = 0;
    this.distinct.dispose();
  }

  private lookUp(row: number, entity: Record<string, unknown>, sign: 1 | -1): void {
    const values = this.spec.columns.map((col) => toSql(col.type, entity[col.field]));
    const key = JSON.stringify(this.t.keyIndexes.map((k) => values[k] ?? null));
    this.chunk.push({ row, values, key, sign });
    if (this.chunk.length === CHUNK) this.flush();
  }

  private flush(): void {
    const { chunk, t, spec, changes } = this;
    this.chunk = [];
    if (chunk.length === 0) return;
    const existing = t.lookup(chunk.map((c) => t.keyIndexes.map((k) => c.values[k]!)));
    for (const { row, values: given, key, sign } of chunk) {
      const before = existing.get(key);
      if (!before) {
        changes.newRows += sign;
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
        const count = (changes.fieldCounts[col.field] ?? 0) + sign;
        if (count === 0) delete changes.fieldCounts[col.field];
        else changes.fieldCounts[col.field] = count;
      });
      if (fields.length === 0) {
        changes.unchanged += sign;
        continue;
      }
      changes.changed += sign;
      const keyText = t.keyIndexes.map((k) => String(given[k] ?? '')).join(' / ');
      if (sign < 0) {
        // The last shown with its row and key: a repeat comes after the entity it repeats.
        for (let i = changes.rows.length - 1; i >= 0; i--) {
          const shown = changes.rows[i]!;
          if (shown.row !== row || shown.key !== keyText) continue;
          changes.rows.splice(i, 1);
          break;
        }
      } else if (changes.rows.length < CHANGED_ROWS_SHOWN)
        changes.rows.push({ row, key: keyText, fields });
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
